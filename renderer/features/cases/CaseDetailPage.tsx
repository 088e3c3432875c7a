import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { caseKindGroup, caseKindLabel } from '../../../shared/cases/case-kinds.ts';
import type { CaseRecord } from '../../../shared/cases/case-schema.ts';
import { OPINION_TYPES, PERSON_ROLES, WARD_SIDES, labelOf } from '../../../shared/cases/case-values.ts';
import type { DeadlineView, EventView } from '../../../shared/cases/case-views.ts';
import { ruleExtension } from '../../../shared/deadlines/rules.ts';
import { call } from '../../api.ts';
import { formatWon } from '../../components/format.ts';
import { useQuery } from '../../components/use-query.ts';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { CaseEditModal } from './CaseEditModal.tsx';
import { CustomDeadlineForm } from './CustomDeadlineForm.tsx';
import { EventCorrectionModal } from './EventCorrectionModal.tsx';
import { DeadlineExtensionModal } from './DeadlineExtensionModal.tsx';
import { DeadlineTable } from './DeadlineTable.tsx';
import { EventForm } from './EventForm.tsx';
import { EventsPanel } from './EventsPanel.tsx';
import { HistoryList } from './HistoryList.tsx';
import { useAttachments } from './use-attachments.ts';

function Field({ label, value }: { label: string; value: string | number | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value === null || value === '' ? '—' : value}</Text>
    </div>
  );
}

function RecordFields({ record }: { record: CaseRecord }) {
  const opinion = caseKindGroup(record.kind) === 'opinion';
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} aria-label="사건 정보">
      <Field label="법원·기관" value={record.court} />
      <Field label="재판부" value={record.division} />
      <Field label="담당부서" value={record.department} />
      {!opinion && <Field label="심급" value={record.instance ? `${record.instance}심` : null} />}
      {!opinion && <Field label="우리측 지위" value={labelOf(WARD_SIDES, record.wardSide)} />}
      {!opinion && <Field label="소송가액" value={formatWon(record.claimAmount)} />}
      {opinion && <Field label="자문유형" value={labelOf(OPINION_TYPES, record.opinionType)} />}
      <Field label={opinion ? '요청일' : '접수일'} value={record.filedOn} />
      <Field label="결과" value={record.result ?? '진행 중'} />
      <Field label={opinion ? '회신일' : '선고일'} value={record.decidedOn} />
      {!opinion && <Field label="확정일" value={record.finalizedOn} />}
      <Field label="종결일" value={record.closedOn} />
      <Field label={opinion ? '자문료' : '소송비용'} value={formatWon(record.costAmount)} />
      {!opinion && <Field label="판결금" value={formatWon(record.awardAmount)} />}
      {(caseKindGroup(record.kind) === 'lawsuit' || record.direction) && (
        <Field label="지휘 (검찰청)" value={record.direction} />
      )}
    </SimpleGrid>
  );
}

export function CaseDetailPage() {
  const id = Number(useParams()['id']);
  const navigate = useNavigate();
  const detail = useQuery('cases:get', { id }, String(id));
  const attachments = useAttachments(id, detail.reload);
  const [editing, setEditing] = useState(false);
  const [correcting, setCorrecting] = useState<EventView | null>(null);
  const [extending, setExtending] = useState<DeadlineView | null>(null);
  const d = detail.data;

  async function toggle(deadline: DeadlineView, done: boolean) {
    try {
      await call('deadlines:setDone', { id: deadline.id, done });
      detail.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  async function extend(deadline: DeadlineView, on: boolean) {
    if (on) return setExtending(deadline);
    if (!window.confirm(`${deadline.title} 기한의 연장을 취소하고 본래 기한으로 되돌릴까요?`)) return;
    try {
      const updated = await call('deadlines:extend', { id: deadline.id, extended: false });
      notifications.show({ message: `연장을 취소했습니다: ${deadline.title} ${updated.dueOn}` });
      detail.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  async function moveToTrash() {
    if (!d || !window.confirm(`'${d.record.title}' 사건을 휴지통으로 옮길까요? 휴지통에서 복원할 수 있습니다.`)) return;
    await call('cases:delete', { id });
    notifications.show({ message: '휴지통으로 옮겼습니다.' });
    void navigate('/cases');
  }

  async function restore() {
    await call('cases:restore', { id });
    notifications.show({ color: 'green', message: '복원했습니다.' });
    detail.reload();
  }

  if (detail.error) return <Alert color="red">{detail.error}</Alert>;
  if (!d) return <Text c="dimmed">불러오는 중…</Text>;
  const { record } = d;
  const extension = extending ? ruleExtension(extending.ruleId) : undefined;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Badge variant="light">{caseKindLabel(record.kind)}</Badge>
            {record.deletedAt && <Badge color="gray">휴지통</Badge>}
            <Text c="dimmed">{record.caseNumber ?? '번호 없음'}</Text>
          </Group>
          <Title order={2}>{record.title}</Title>
        </div>
        <Group>
          {record.deletedAt ? (
            <Button onClick={restore}>복원</Button>
          ) : (
            <>
              <Button variant="light" onClick={() => setEditing(true)}>
                수정
              </Button>
              <Button variant="subtle" color="red" onClick={moveToTrash}>
                휴지통으로
              </Button>
            </>
          )}
        </Group>
      </Group>

      <Paper withBorder p="md">
        <RecordFields record={record} />
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={5} mb="xs">
            당사자
          </Title>
          {record.parties.length === 0 ? (
            <Text c="dimmed">등록된 당사자가 없습니다.</Text>
          ) : (
            record.parties.map((p, i) => (
              <Text key={i}>
                {p.side} · {p.name} {p.isWard && <Badge size="xs">우리 구</Badge>}
              </Text>
            ))
          )}
          <Title order={5} mt="md" mb="xs">
            소송수행자 · 대리인
          </Title>
          {record.people.length === 0 ? (
            <Text c="dimmed">지정되지 않았습니다.</Text>
          ) : (
            record.people.map((p) => (
              <Text key={`${p.role}-${p.personId}`}>
                {labelOf(PERSON_ROLES, p.role)} · {p.name} {p.organization ? `(${p.organization})` : ''}
              </Text>
            ))
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={5} mb="xs">
            심급 경과
          </Title>
          {d.family.length <= 1 ? (
            <Text c="dimmed">연결된 원심·상소심 사건이 없습니다.</Text>
          ) : (
            <Stack gap={4} aria-label="심급 경과">
              {d.family.map((c) => (
                <Text key={c.id} fw={c.id === record.id ? 700 : 400}>
                  {c.id === record.id ? (
                    `▶ ${c.caseNumber ?? ''} ${c.court ?? ''}`
                  ) : (
                    <Anchor component={Link} to={`/cases/${c.id}`}>
                      {c.caseNumber ?? ''} {c.court ?? ''}
                    </Anchor>
                  )}
                </Text>
              ))}
            </Stack>
          )}
          {record.memo && (
            <>
              <Title order={5} mt="md" mb="xs">
                메모
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{record.memo}</Text>
            </>
          )}
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="md">
        <Title order={5} mb="xs">
          기한
        </Title>
        {d.deadlines.length === 0 ? (
          <Text c="dimmed">기한이 없습니다. 송달·기일을 기록하면 기한이 자동으로 계산됩니다.</Text>
        ) : (
          <DeadlineTable
            deadlines={d.deadlines}
            today={d.today}
            onToggleDone={toggle}
            {...(record.deletedAt ? {} : { onExtend: extend })}
            label="사건 기한"
          />
        )}
      </Paper>

      {!record.deletedAt && <EventForm caseId={id} onAdded={detail.reload} />}
      {!record.deletedAt && <CustomDeadlineForm caseId={id} onAdded={detail.reload} />}

      <EventsPanel
        events={d.events}
        attachments={attachments.list ?? []}
        readOnly={record.deletedAt !== null}
        onCorrect={setCorrecting}
        onAttach={(e) => attachments.add(e.id)}
        onOpen={attachments.open}
      />
      <AttachmentsPanel attachments={attachments} events={d.events} readOnly={record.deletedAt !== null} />

      <Paper withBorder p="md">
        <Title order={5} mb="xs">
          변경 이력
        </Title>
        <HistoryList history={d.history} />
      </Paper>

      {extending && extension && (
        <DeadlineExtensionModal
          deadline={extending}
          extension={extension}
          onClose={() => setExtending(null)}
          onSaved={() => {
            setExtending(null);
            detail.reload();
          }}
        />
      )}
      {correcting && (
        <EventCorrectionModal
          event={correcting}
          onClose={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            detail.reload();
          }}
        />
      )}
      {editing && (
        <CaseEditModal
          record={record}
          family={d.family}
          opened={editing}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notifications.show({ color: 'green', message: '저장했습니다.' });
            detail.reload();
          }}
        />
      )}
    </Stack>
  );
}
