import { Alert, Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { caseKindLabel } from '../../../shared/cases/case-kinds.ts';
import { useQuery } from '../../components/use-query.ts';

/** `【…】` marks the hit in a snippet; show it highlighted. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/【|】/);
  return (
    <Text size="sm" c="dimmed">
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </Text>
  );
}

export function SearchPage() {
  const [params] = useSearchParams();
  const text = params.get('q') ?? '';
  const result = useQuery('search:query', { text }, text);

  return (
    <Stack>
      <Title order={2}>검색: {text}</Title>
      {result.error && <Alert color="red">{result.error}</Alert>}
      {result.data && (
        <Paper withBorder p="md">
          <Text mb="sm" c="dimmed">
            {result.data.totalCapped
              ? `${result.data.total.toLocaleString()}건 이상`
              : `${result.data.total.toLocaleString()}건`}
            {result.data.total > result.data.rows.length && ` 중 ${result.data.rows.length}건 표시`}
          </Text>
          {result.data.rows.length === 0 ? (
            <Text>찾은 사건이 없습니다.</Text>
          ) : (
            <Table aria-label="검색 결과" verticalSpacing={8}>
              <Table.Tbody>
                {result.data.rows.map((hit) => (
                  <Table.Tr key={hit.id}>
                    <Table.Td w={110}>
                      <Badge variant="light">{caseKindLabel(hit.kind)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Anchor component={Link} to={`/cases/${hit.id}`} fw={600}>
                          {hit.caseNumber ?? ''} {hit.title}
                        </Anchor>
                        {hit.matchedIn.map((m) => (
                          <Badge key={m} size="xs" variant="outline">
                            {m}
                          </Badge>
                        ))}
                      </Group>
                      <Snippet text={hit.snippet} />
                    </Table.Td>
                    <Table.Td w={160}>{hit.court ?? ''}</Table.Td>
                    <Table.Td w={120}>{hit.department ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      )}
    </Stack>
  );
}
