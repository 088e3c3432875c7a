import { ActionIcon, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { call } from '../../api.ts';
import { formatTimestamp } from '../../components/format.ts';
import { useQuery } from '../../components/use-query.ts';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 첨부 파일: copied into the data folder with a checksum; opened with the OS's own viewer. */
export function AttachmentsPanel({ caseId, readOnly }: { caseId: number; readOnly: boolean }) {
  const list = useQuery('attachments:list', { caseId }, String(caseId));

  const run = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) notifications.show({ color: 'green', message: done });
      list.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={5}>첨부 파일</Title>
        {!readOnly && (
          <Button
            size="xs"
            variant="light"
            onClick={() =>
              run(async () => {
                const added = await call('attachments:add', { caseId });
                if (added.length > 0)
                  notifications.show({ color: 'green', message: `${added.length}개 파일을 첨부했습니다.` });
              })
            }
          >
            파일 첨부
          </Button>
        )}
      </Group>
      {list.data?.length === 0 ? (
        <Text c="dimmed">첨부 파일이 없습니다. 판결문, 답변서 등 PDF·HWP·DOCX·이미지를 첨부할 수 있습니다.</Text>
      ) : (
        <Table aria-label="첨부 파일">
          <Table.Tbody>
            {(list.data ?? []).map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Tooltip label={`SHA-256 ${a.sha256}`}>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => run(() => call('attachments:open', { id: a.id }))}
                    >
                      {a.name}
                    </Button>
                  </Tooltip>
                </Table.Td>
                <Table.Td w={90}>{size(a.size)}</Table.Td>
                <Table.Td w={150}>{formatTimestamp(a.addedAt)}</Table.Td>
                <Table.Td w={40}>
                  {!readOnly && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${a.name} 첨부 삭제`}
                      onClick={() => {
                        if (
                          window.confirm(
                            `'${a.name}' 첨부를 삭제할까요? 파일은 데이터 폴더의 휴지통(.trash)에 보관됩니다.`,
                          )
                        )
                          void run(() => call('attachments:remove', { id: a.id }), '첨부를 삭제했습니다.');
                      }}
                    >
                      ✕
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
