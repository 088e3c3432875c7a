import { Badge, Button, Checkbox, Group, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { DeadlineView } from '../../../shared/cases/case-views.ts';
import { ruleExtension } from '../../../shared/deadlines/rules.ts';
import { dueLabel } from '../../components/format.ts';

interface Props {
  deadlines: DeadlineView[];
  today: string;
  /** Show the case column (dashboard) or not (case page). */
  showCase?: boolean;
  onToggleDone: (deadline: DeadlineView, done: boolean) => void;
  /** Offered on deadlines whose rule allows one extension (case page); `false` withdraws it. */
  onExtend?: (deadline: DeadlineView, extend: boolean) => void;
  label: string;
}

/** Deadlines with their due date, how far away, the rule's explanation on hover, and a 완료 check. */
export function DeadlineTable({ deadlines, today, showCase = false, onToggleDone, onExtend, label }: Props) {
  return (
    <Table aria-label={label} striped verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>완료</Table.Th>
          <Table.Th w={120}>기한일</Table.Th>
          <Table.Th w={90}>남은 기간</Table.Th>
          <Table.Th>기한</Table.Th>
          {showCase && <Table.Th>사건</Table.Th>}
          {showCase && <Table.Th style={{ whiteSpace: 'nowrap' }}>부서·담당</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {deadlines.map((d) => {
          const overdue = !d.doneAt && d.dueOn < today;
          return (
            <Table.Tr key={d.id} opacity={d.doneAt ? 0.55 : 1}>
              <Table.Td>
                <Checkbox
                  aria-label={`${d.title} 완료`}
                  checked={d.doneAt !== null}
                  onChange={(e) => onToggleDone(d, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Text fw={600} c={overdue ? 'red' : undefined}>
                  {d.dueOn}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text c={overdue ? 'red' : 'dimmed'} size="sm">
                  {d.doneAt ? '완료' : dueLabel(d.dueOn, today)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {d.explanation ? (
                    <Tooltip label={d.explanation} multiline w={480} withArrow>
                      <Text span td="underline dotted" style={{ whiteSpace: 'nowrap' }}>
                        {d.title}
                      </Text>
                    </Tooltip>
                  ) : (
                    <Text span>{d.title}</Text>
                  )}
                  {d.extendedAt && (
                    <Badge color="blue" variant="light">
                      연장됨
                    </Badge>
                  )}
                  {onExtend && ruleExtension(d.ruleId) && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`${d.title} ${d.extendedAt ? '연장 취소' : '기한 연장'}`}
                      onClick={() => onExtend(d, !d.extendedAt)}
                    >
                      {d.extendedAt ? '연장 취소' : '연장'}
                    </Button>
                  )}
                  {d.provisional && (
                    <Tooltip label="공휴일 자료가 아직 공식 확정되지 않은 해의 날짜로 계산했습니다.">
                      <Badge color="orange" variant="light">
                        미확정
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              {showCase && (
                <Table.Td>
                  <Button component={Link} to={`/cases/${d.caseId}`} variant="subtle" size="compact-sm">
                    {d.caseNumber ?? '번호 없음'} {d.caseTitle}
                  </Button>
                </Table.Td>
              )}
              {showCase && <Table.Td>{d.assignee ?? d.department ?? ''}</Table.Td>}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
