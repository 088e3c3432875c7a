import { Stack, Table, Text } from '@mantine/core';
import type { HistoryView } from '../../../shared/cases/case-views.ts';
import { HISTORY_ACTION_LABELS, HISTORY_ENTITY_LABELS, historyFieldLabel } from '../../../shared/cases/field-labels.ts';
import { formatTimestamp, formatWon } from '../../components/format.ts';
import { caseKindLabel, type CaseKind } from '../../../shared/cases/case-kinds.ts';
import { OPINION_TYPES, PERSON_ROLES, WARD_SIDES, labelOf } from '../../../shared/cases/case-values.ts';
import { eventKindName } from '../../../shared/cases/event-kinds.ts';

const WON_FIELDS = new Set(['claimAmount', 'costAmount', 'awardAmount']);

/** A stored value as users read it: labels instead of codes, local times, amounts in 원. */
function show(value: unknown, field = '', entity = 'case'): string {
  if (value === null || value === undefined || value === '') return '(없음)';
  if (field === 'kind' && typeof value === 'string')
    return entity === 'event' ? eventKindName(value) : caseKindLabel(value as CaseKind);
  if (field === 'wardSide' && typeof value === 'string') return labelOf(WARD_SIDES, value);
  if (field === 'opinionType' && typeof value === 'string') return labelOf(OPINION_TYPES, value);
  if (field === 'doneAt' && typeof value === 'string') return formatTimestamp(value);
  if (WON_FIELDS.has(field) && typeof value === 'number') return formatWon(value);
  if (field === 'people' && Array.isArray(value))
    return value
      .map((v) => {
        const [role, name] = String(v).split(':');
        return `${name ?? ''}(${labelOf(PERSON_ROLES, role ?? '')})`;
      })
      .join(', ');
  if (Array.isArray(value))
    return value
      .map((v) =>
        typeof v === 'object' && v !== null && 'name' in v ? String((v as { name: unknown }).name) : String(v),
      )
      .join(', ');
  return String(value);
}

/** 변경 이력: when, who, what, and each field's old → new value. */
export function HistoryList({ history }: { history: HistoryView[] }) {
  if (history.length === 0) return <Text c="dimmed">변경 이력이 없습니다.</Text>;
  return (
    <Table aria-label="변경 이력" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>일시</Table.Th>
          <Table.Th w={120}>사용자</Table.Th>
          <Table.Th w={150}>내용</Table.Th>
          <Table.Th>변경 값</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{formatTimestamp(h.changedAt)}</Table.Td>
            <Table.Td>{h.changedBy}</Table.Td>
            <Table.Td>
              {HISTORY_ENTITY_LABELS[h.entity] ?? h.entity} {HISTORY_ACTION_LABELS[h.action]}
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                {Object.entries(h.changes)
                  .filter(
                    ([, [, after]]) =>
                      h.action !== 'create' ||
                      (after !== null && after !== '' && !(Array.isArray(after) && after.length === 0)),
                  )
                  .map(([field, [before, after]]) => (
                    <Text key={field} size="sm">
                      {historyFieldLabel(h.entity, field)}:{' '}
                      {h.action === 'create'
                        ? show(after, field, h.entity)
                        : `${show(before, field, h.entity)} → ${show(after, field, h.entity)}`}
                    </Text>
                  ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
