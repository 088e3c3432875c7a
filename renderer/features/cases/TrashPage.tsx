import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { caseKindLabel } from '../../../shared/cases/case-kinds.ts';
import { call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';

export function TrashPage() {
  const trash = useQuery('cases:trash', undefined);

  async function restore(id: number) {
    await call('cases:restore', { id });
    notifications.show({ color: 'green', message: '복원했습니다.' });
    trash.reload();
  }

  return (
    <Stack>
      <Title order={2}>휴지통</Title>
      <Paper withBorder p="md">
        {trash.data?.length === 0 ? (
          <Text c="dimmed">휴지통이 비어 있습니다.</Text>
        ) : (
          <Table aria-label="휴지통">
            <Table.Tbody>
              {(trash.data ?? []).map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{caseKindLabel(c.kind)}</Table.Td>
                  <Table.Td>
                    <Link to={`/cases/${c.id}`}>{c.caseNumber ?? '번호 없음'}</Link>
                  </Table.Td>
                  <Table.Td>{c.title}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" onClick={() => restore(c.id)}>
                      복원
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
