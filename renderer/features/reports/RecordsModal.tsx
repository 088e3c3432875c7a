import { Alert, Loader, Modal, ScrollArea, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../components/use-query.ts';
import type { DrillTarget } from './drill.tsx';

/** The records behind one figure, as `reports:records` lists them for the same period. */
export function RecordsModal({
  target,
  asOf,
  from,
  onClose,
}: {
  target: DrillTarget;
  asOf: string;
  from: string | null;
  onClose: () => void;
}) {
  const query = useQuery('reports:records', { asOf, from, key: target.key }, `${asOf}|${from}|${target.key}`);
  const list = query.data;
  return (
    <Modal opened onClose={onClose} title={`${target.title} — 집계된 기록`} size="90%" centered>
      {query.error && <Alert color="red">{query.error}</Alert>}
      {query.loading && !list && <Loader size="sm" />}
      {list && (
        <>
          <Text c="dimmed" size="sm" mb="xs">
            {list.rows.length}건 · 기간 {from ?? `${asOf.slice(0, 4)}-01-01`} ~ {asOf}
          </Text>
          <ScrollArea.Autosize mah="65vh">
            <Table striped highlightOnHover aria-label={`${target.title} 기록 목록`} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  {list.columns.map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.rows.map((row) => (
                  <Table.Tr key={row.id}>
                    {row.cells.map((cell, i) => (
                      <Table.Td key={i}>
                        {/* 사건명 (or 질의) links to the case page */}
                        {row.caseId !== null && list.columns[i]?.match(/^(사건명|질의)/) ? (
                          <Link to={`/cases/${row.caseId}`}>{cell}</Link>
                        ) : (
                          cell
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      )}
    </Modal>
  );
}
