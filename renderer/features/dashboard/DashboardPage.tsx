import { Alert, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import type { DeadlineView } from '../../../shared/cases/case-views.ts';
import { call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';
import { DeadlineTable } from '../cases/DeadlineTable.tsx';

const BUCKET_COLORS = { overdue: 'red', today: 'orange', week: 'yellow', month: 'blue' } as const;

export function DashboardPage() {
  const dashboard = useQuery('dashboard:get', undefined);
  const view = dashboard.data;

  async function toggle(deadline: DeadlineView, done: boolean) {
    try {
      await call('deadlines:setDone', { id: deadline.id, done });
      notifications.show({
        message: done ? `완료 처리했습니다: ${deadline.title}` : `완료를 취소했습니다: ${deadline.title}`,
      });
      dashboard.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>대시보드</Title>
        {view && <Text c="dimmed">기준일 {view.today}</Text>}
      </Group>
      {dashboard.error && <Alert color="red">{dashboard.error}</Alert>}
      {view && (
        <>
          <SimpleGrid cols={4}>
            {view.buckets.map((b) => (
              <Paper key={b.key} withBorder p="md" aria-label={`${b.label} 건수`}>
                <Text c="dimmed" size="sm">
                  {b.label}
                </Text>
                <Text fz={28} fw={700} c={b.deadlines.length > 0 ? BUCKET_COLORS[b.key] : 'dimmed'}>
                  {b.deadlines.length}건
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Grid>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack>
                {view.buckets
                  .filter((b) => b.deadlines.length > 0)
                  .map((b) => (
                    <Paper key={b.key} withBorder p="md">
                      <Group gap="xs" mb="xs">
                        <Badge color={BUCKET_COLORS[b.key]}>{b.label}</Badge>
                        <Text c="dimmed" size="sm">
                          {b.deadlines.length}건
                        </Text>
                      </Group>
                      <DeadlineTable
                        deadlines={b.deadlines}
                        today={view.today}
                        showCase
                        onToggleDone={toggle}
                        label={b.label}
                      />
                    </Paper>
                  ))}
                {view.buckets.every((b) => b.deadlines.length === 0) && (
                  <Paper withBorder p="md">
                    <Text c="dimmed">30일 안에 다가오는 기한이 없습니다.</Text>
                  </Paper>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack>
                <Paper withBorder p="md">
                  <Title order={5} mb="xs">
                    담당자·부서별 기한
                  </Title>
                  {view.byOwner.length === 0 ? (
                    <Text c="dimmed" size="sm">
                      없음
                    </Text>
                  ) : (
                    <Table aria-label="담당자별 기한">
                      <Table.Tbody>
                        {view.byOwner.map((o) => (
                          <Table.Tr key={o.owner}>
                            <Table.Td>{o.owner}</Table.Td>
                            <Table.Td ta="right">{o.count}건</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Paper>
                <Paper withBorder p="md">
                  <Title order={5} mb="xs">
                    이번 주 기일
                  </Title>
                  {view.hearingsThisWeek.length === 0 ? (
                    <Text c="dimmed" size="sm">
                      없음
                    </Text>
                  ) : (
                    <Stack gap={4} aria-label="이번 주 기일">
                      {view.hearingsThisWeek.map((h) => (
                        <Text key={h.id} size="sm">
                          {h.occurredOn} {h.time ?? ''} {h.kindName} ·{' '}
                          <Link to={`/cases/${h.caseId}`}>{h.caseNumber ?? h.caseTitle}</Link> {h.place ?? ''}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Paper>
                {view.overdueDraftSteps.length > 0 && (
                  <Paper withBorder p="md">
                    <Title order={5} mb="xs" c="red">
                      입법 일정 지연
                    </Title>
                    <Stack gap={2} aria-label="입법 일정 지연">
                      {view.overdueDraftSteps.map((s) => (
                        <Button
                          key={`${s.draftId}-${s.label}`}
                          component={Link}
                          to={`/drafts/${s.draftId}`}
                          variant="subtle"
                          size="compact-sm"
                          justify="start"
                        >
                          {s.dueOn} {s.label} · {s.ordinanceName}
                        </Button>
                      ))}
                    </Stack>
                  </Paper>
                )}
                <Paper withBorder p="md">
                  <Title order={5} mb="xs">
                    다음 조치가 없는 사건
                  </Title>
                  {view.withoutNextStep.length === 0 ? (
                    <Text c="dimmed" size="sm">
                      없음
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      {view.withoutNextStep.map((c) => (
                        <Button
                          key={c.id}
                          component={Link}
                          to={`/cases/${c.id}`}
                          variant="subtle"
                          size="compact-sm"
                          justify="start"
                        >
                          {c.caseNumber ?? ''} {c.title}
                        </Button>
                      ))}
                    </Stack>
                  )}
                </Paper>
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
