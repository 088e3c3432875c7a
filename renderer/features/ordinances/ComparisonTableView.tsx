import { Table, Text } from '@mantine/core';
import type { ComparisonTable, CellParagraph } from '../../../shared/law/index.ts';

function Paragraphs({ paragraphs }: { paragraphs: CellParagraph[] }) {
  return (
    <>
      {paragraphs.map((p, i) => (
        <Text
          key={i}
          size="sm"
          style={{ whiteSpace: 'pre-wrap', fontFamily: "'Batang', '바탕', 'NanumMyeongjo', serif" }}
        >
          {p.map((run, j) => (run.underline ? <u key={j}>{run.text}</u> : <span key={j}>{run.text}</span>))}
        </Text>
      ))}
    </>
  );
}

/** The 신·구조문대비표 as the DOCX prints it: 현 행 | 개 정 안, underlines and dashes included. */
export function ComparisonTableView({ table }: { table: ComparisonTable }) {
  return (
    <Table withTableBorder withColumnBorders aria-label="신·구조문대비표" layout="fixed">
      <Table.Thead>
        <Table.Tr bg="gray.1">
          <Table.Th ta="center">현 행</Table.Th>
          <Table.Th ta="center">개 정 안</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row, i) => (
          <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
            <Table.Td>
              <Paragraphs paragraphs={row.old} />
            </Table.Td>
            <Table.Td>
              <Paragraphs paragraphs={row.new} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
