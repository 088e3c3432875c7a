import { Badge, Paper, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DraftDetail, TimelineStep } from '../../../shared/ordinances/ordinance-views.ts';
import { call } from '../../api.ts';

/** 입안 → … → 공포 → 시행: planned and actual dates; the rules' dates shown beside them. */
export function TimelinePanel({ detail, onChanged }: { detail: DraftDetail; onChanged: (next: DraftDetail) => void }) {
  const locked = detail.draft.status !== 'drafting';

  async function save(
    step: TimelineStep,
    patch: { plannedOn?: string; actualOn?: string; endOn?: string; promulgationNo?: string },
  ) {
    const current = detail.steps.find((s) => s.step === step);
    try {
      const next = await call('drafts:setStep', {
        id: detail.draft.id,
        step,
        plannedOn: current?.plannedOn ?? null,
        actualOn: current?.actualOn ?? null,
        endOn: current?.endOn ?? null,
        ...patch,
      });
      if (step === 'promulgation' && patch.actualOn)
        notifications.show({ color: 'green', message: '공포를 기록했습니다. 이 개정안이 새 현행 본문이 되었습니다.' });
      onChanged(next);
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  return (
    <Paper withBorder p="md">
      <Table aria-label="입법 일정">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>단계</Table.Th>
            <Table.Th>예정일</Table.Th>
            <Table.Th>실제일</Table.Th>
            <Table.Th>규정에 따른 날짜</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.steps.map((s) => (
            <Table.Tr key={s.step} opacity={s.applicable ? 1 : 0.4}>
              <Table.Td>
                <Text fw={600}>{s.label}</Text>
                {s.overdue && <Badge color="red">지연</Badge>}
                {!s.applicable && <Text size="xs">규칙은 해당 없음</Text>}
              </Table.Td>
              <Table.Td>
                <TextInput
                  type="date"
                  aria-label={`${s.label} 예정일`}
                  defaultValue={s.plannedOn ?? ''}
                  disabled={locked || !s.applicable}
                  onBlur={(e) =>
                    e.currentTarget.value !== (s.plannedOn ?? '') &&
                    void save(s.step, { plannedOn: e.currentTarget.value })
                  }
                />
                {s.step === 'notice' && (
                  <TextInput
                    mt={4}
                    type="date"
                    aria-label="입법예고 종료일"
                    description="종료일"
                    defaultValue={s.endOn ?? ''}
                    disabled={locked}
                    onBlur={(e) =>
                      e.currentTarget.value !== (s.endOn ?? '') && void save(s.step, { endOn: e.currentTarget.value })
                    }
                  />
                )}
              </Table.Td>
              <Table.Td>
                <TextInput
                  type="date"
                  aria-label={`${s.label} 실제일`}
                  defaultValue={s.actualOn ?? ''}
                  disabled={locked || !s.applicable}
                  onBlur={(e) => {
                    const value = e.currentTarget.value;
                    if (value === (s.actualOn ?? '')) return;
                    if (s.step === 'promulgation' && value) {
                      const no = window.prompt('공포번호를 입력하세요 (예: 제1234호)') ?? '';
                      void save(s.step, { actualOn: value, promulgationNo: no });
                    } else void save(s.step, { actualOn: value });
                  }}
                />
              </Table.Td>
              <Table.Td>
                {s.computed && (
                  <Text size="sm">
                    {s.computed.date}{' '}
                    <Text span c="dimmed">
                      ({s.computed.rule})
                    </Text>
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
