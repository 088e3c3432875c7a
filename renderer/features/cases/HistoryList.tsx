import { Stack, Table, Text } from '@mantine/core';
import type { HistoryView } from '../../../shared/cases/case-views.ts';
import { CASE_FIELD_LABELS, HISTORY_ACTION_LABELS, HISTORY_ENTITY_LABELS } from '../../../shared/cases/field-labels.ts';
import { formatTimestamp } from '../../components/format.ts';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(없음)';
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
                      {CASE_FIELD_LABELS[field] ?? field}:{' '}
                      {h.action === 'create' ? show(after) : `${show(before)} → ${show(after)}`}
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
