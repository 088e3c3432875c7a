import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { caseKindLabel } from '../../../shared/cases/case-kinds.ts';
import type { CaseSummary } from '../../../shared/cases/case-schema.ts';
import { localDate } from '../../components/format.ts';

export function CaseList({ cases, total }: { cases: CaseSummary[]; total: number }) {
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        사건 목록{' '}
        <Text span c="dimmed">
          ({total.toLocaleString()}건)
        </Text>
      </Title>
      {cases.length === 0 ? (
        <Text c="dimmed">등록된 사건이 없습니다. 위 양식으로 첫 사건을 등록하세요.</Text>
      ) : (
        <Table striped highlightOnHover aria-label="사건 목록">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>구분</Table.Th>
              <Table.Th>사건번호</Table.Th>
              <Table.Th>사건명</Table.Th>
              <Table.Th>법원·기관</Table.Th>
              <Table.Th>담당부서</Table.Th>
              <Table.Th>등록일</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Badge variant="light">{caseKindLabel(c.kind)}</Badge>
                </Table.Td>
                <Table.Td>{c.caseNumber ?? '—'}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${c.id}`}>
                    {c.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.court ?? ''}</Table.Td>
                <Table.Td>{c.department ?? ''}</Table.Td>
                <Table.Td>{localDate(c.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
