import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { SERVICE_METHODS } from '../../../shared/cases/event-kinds.ts';
import { labelOf } from '../../../shared/cases/case-values.ts';
import type { AttachmentView } from '../../../shared/cases/attachment-views.ts';
import type { EventView } from '../../../shared/cases/case-views.ts';

/** How an event is named where a file points back to it, e.g. `2024-09-13 판결 송달`. */
export function eventLabel(e: EventView): string {
  return `${e.occurredOn} ${e.kindName}${e.subtype ? ` · ${e.subtype}` : ''}`;
}

interface Props {
  events: EventView[];
  attachments: AttachmentView[];
  readOnly: boolean;
  onCorrect: (event: EventView) => void;
  /** Opens the file picker and attaches the chosen files to this event. */
  onAttach: (event: EventView) => void;
  onOpen: (attachment: AttachmentView) => void;
}

/** 기록: 송달, 기일, 제출, 판결 …; each row carries its own files (the 판결문 beside the 판결 송달). */
export function EventsPanel({ events, attachments, readOnly, onCorrect, onAttach, onOpen }: Props) {
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        기록
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">기록이 없습니다.</Text>
      ) : (
        <Table aria-label="기록" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>날짜</Table.Th>
              <Table.Th>종류</Table.Th>
              <Table.Th>시각·장소</Table.Th>
              <Table.Th>메모</Table.Th>
              <Table.Th>첨부</Table.Th>
              <Table.Th w={120} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e) => {
              const files = attachments.filter((a) => a.eventId === e.id);
              return (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    {e.occurredOn}
                    {e.noticeOn && (
                      <Text size="xs" c="dimmed">
                        전자송달 통지 {e.noticeOn}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {e.kindName}
                    {e.serviceMethod ? ` (${labelOf(SERVICE_METHODS, e.serviceMethod)})` : ''}
                    {e.subtype ? ` · ${e.subtype}` : ''}
                    {e.result ? ` (${e.result})` : ''}
                  </Table.Td>
                  <Table.Td>{[e.time, e.place].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>{e.memo ?? ''}</Table.Td>
                  <Table.Td>
                    <Stack gap={0} align="flex-start">
                      {files.map((a) => (
                        <Button key={a.id} variant="subtle" size="compact-xs" onClick={() => onOpen(a)}>
                          {a.name}
                        </Button>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {!readOnly && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => onCorrect(e)}>
                          고치기
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={`${eventLabel(e)}에 파일 첨부`}
                          onClick={() => onAttach(e)}
                        >
                          첨부
                        </Button>
                      </Group>
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
