import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';

const STATUS = { drafting: '작성 중', promulgated: '공포됨', abandoned: '중단' } as const;

export function OrdinanceDetailPage() {
  const id = Number(useParams()['id']);
  const navigate = useNavigate();
  const detail = useQuery('ordinances:get', { id }, String(id));
  const [draftName, setDraftName] = useState('');
  const d = detail.data;

  async function startDraft() {
    try {
      const draft = await call('drafts:create', {
        ordinanceId: id,
        name: draftName || `${new Date().getFullYear()}년 개정안`,
      });
      void navigate(`/drafts/${draft.draft.id}`);
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  async function saveTags(tags: string[]) {
    if (!d) return;
    const { name, type, department } = d.ordinance;
    try {
      await call('ordinances:update', { id, name, type, department, tags });
      detail.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  if (detail.error) return <Alert color="red">{detail.error}</Alert>;
  if (!d) return null;
  const { ordinance, current } = d;

  return (
    <Stack>
      <div>
        <Group gap="xs">
          <Badge variant="light">{ordinance.type}</Badge>
          {ordinance.department && <Text c="dimmed">{ordinance.department}</Text>}
        </Group>
        <Title order={2}>{ordinance.name}</Title>
        <TagsInput
          aria-label="태그"
          placeholder="태그 추가 (Enter)"
          value={ordinance.tags}
          onChange={(tags) => void saveTags(tags)}
          maw={480}
          my={4}
        />
        <Text c="dimmed">
          최종 공포 {ordinance.latestPromulgatedOn ?? '—'} {ordinance.latestPromulgationNo ?? ''} · 시행{' '}
          {ordinance.effectiveOn ?? '—'}
        </Text>
      </div>

      <Paper withBorder p="md">
        <Title order={5} mb="xs">
          개정안
        </Title>
        {d.drafts.length > 0 && (
          <Table aria-label="개정안 목록" mb="sm">
            <Table.Tbody>
              {d.drafts.map((draft) => (
                <Table.Tr key={draft.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/drafts/${draft.id}`}>
                      {draft.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={draft.status === 'drafting' ? 'indigo' : 'gray'}>
                      {STATUS[draft.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{new Date(draft.updatedAt).toLocaleString('ko-KR')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group align="flex-end">
          <TextInput
            label="새 개정안 이름"
            placeholder={`${new Date().getFullYear()}년 개정안`}
            value={draftName}
            onChange={(e) => setDraftName(e.currentTarget.value)}
          />
          <Button onClick={startDraft} disabled={!current}>
            현행에서 개정안 시작
          </Button>
        </Group>
      </Paper>

      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md">
            <Title order={5} mb="xs">
              조문 목차{' '}
              {current && (
                <Text span c="dimmed">
                  ({current.articleCount}개 조)
                </Text>
              )}
            </Title>
            {current && current.warnings.length > 0 && (
              <Alert color="orange" mb="xs" title={`확인할 곳 ${current.warnings.length}건`}>
                {current.warnings.slice(0, 20).map((w, i) => (
                  <Text key={i} size="xs">
                    {w.line}행: {w.message}
                  </Text>
                ))}
              </Alert>
            )}
            <ScrollArea h={420}>
              <Stack gap={2} aria-label="조문 목차">
                {(current?.outline ?? []).map((item, i) => (
                  <Text key={i} size="sm" pl={item.depth * 12} fw={item.kind === 'heading' ? 700 : 400}>
                    {item.label}
                  </Text>
                ))}
              </Stack>
            </ScrollArea>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md">
            <Group justify="space-between" mb="xs">
              <Title order={5}>연혁</Title>
              {d.revisions.length >= 2 && (
                <Button
                  size="xs"
                  variant="light"
                  component={Link}
                  to={`/ordinances/compare?ordinance=${id}&old=${d.revisions[1]?.id ?? ''}&new=${d.revisions[0]?.id ?? ''}`}
                >
                  직전 개정과 비교
                </Button>
              )}
            </Group>
            <Table aria-label="연혁">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>구분</Table.Th>
                  <Table.Th>공포일</Table.Th>
                  <Table.Th>공포번호</Table.Th>
                  <Table.Th>시행일</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.revisions.map((r, i) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.revisionKind}</Table.Td>
                    <Table.Td>{r.promulgatedOn ?? '—'}</Table.Td>
                    <Table.Td>{r.promulgationNo ?? ''}</Table.Td>
                    <Table.Td>{r.effectiveOn ?? ''}</Table.Td>
                    <Table.Td>
                      {i + 1 < d.revisions.length && (
                        <Anchor
                          component={Link}
                          to={`/ordinances/compare?ordinance=${id}&old=${d.revisions[i + 1]?.id ?? ''}&new=${r.id}`}
                          size="sm"
                        >
                          이전과 비교
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {current && (
              <>
                <Title order={5} mt="md" mb="xs">
                  현행 본문
                </Title>
                <ScrollArea h={300}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} aria-label="현행 본문">
                    {current.body}
                  </Text>
                </ScrollArea>
              </>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
