import { ActionIcon, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import type { EventView } from '../../../shared/cases/case-views.ts';
import { formatTimestamp } from '../../components/format.ts';
import { eventLabel } from './EventsPanel.tsx';
import type { Attachments } from './use-attachments.ts';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * 첨부 파일: every file of the case, copied into the data folder with a checksum and opened with the OS's own
 * viewer; a file attached from a 기록 row names that record.
 */
export function AttachmentsPanel({
  attachments,
  events,
  readOnly,
}: {
  attachments: Attachments;
  events: EventView[];
  readOnly: boolean;
}) {
  const list = attachments.list ?? [];
  const eventOf = (id: number | null) => events.find((e) => e.id === id);

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={5}>첨부 파일</Title>
        {!readOnly && (
          <Button size="xs" variant="light" onClick={() => attachments.add()}>
            파일 첨부
          </Button>
        )}
      </Group>
      {list.length === 0 ? (
        <Text c="dimmed">첨부 파일이 없습니다. 판결문, 답변서 등 PDF·HWP·DOCX·이미지를 첨부할 수 있습니다.</Text>
      ) : (
        <Table aria-label="첨부 파일">
          <Table.Tbody>
            {list.map((a) => {
              const event = eventOf(a.eventId);
              return (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Tooltip label={`SHA-256 ${a.sha256}`}>
                      <Button variant="subtle" size="compact-sm" onClick={() => attachments.open(a)}>
                        {a.name}
                      </Button>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {event ? eventLabel(event) : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td w={90}>{size(a.size)}</Table.Td>
                  <Table.Td w={150}>{formatTimestamp(a.addedAt)}</Table.Td>
                  <Table.Td w={40}>
                    {!readOnly && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${a.name} 첨부 삭제`}
                        onClick={() => attachments.remove(a)}
                      >
                        ✕
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
