import { Alert, Badge, Group, Paper, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import type { Preview } from './use-preview.ts';
import { ComparisonTableView } from './ComparisonTableView.tsx';
import { memo } from 'react';

/** The live result beside the editor: 대비표 and 개정문 tabs, with the engine's warnings. */
function PreviewPanelView({ preview, height }: { preview: Preview; height: number | string }) {
  const result = preview.result;
  return (
    <Paper withBorder p="xs" h={height} style={{ display: 'flex', flexDirection: 'column' }}>
      <Group gap="xs" mb={4}>
        <Text fw={600}>미리보기</Text>
        {preview.pending ? (
          <Badge color="gray" variant="light">
            계산 중…
          </Badge>
        ) : (
          preview.ms !== null && (
            <Badge color="green" variant="light">
              {Math.round(preview.ms)} ms
            </Badge>
          )
        )}
        {result && !result.changed && <Badge color="gray">변경된 조문이 없습니다</Badge>}
        {result?.mode === 'full' && <Badge color="orange">전부개정</Badge>}
        {result?.mode === 'partial' && result.fullRevisionSuggested && (
          <Badge
            color="yellow"
            variant="light"
            title="조문 대부분이 바뀌었습니다. 일부개정문을 보여 주며, 전부개정 여부는 입안자가 정합니다."
          >
            전부개정 검토
          </Badge>
        )}
      </Group>
      {preview.error && <Alert color="red">{preview.error}</Alert>}
      {result && (
        <Tabs defaultValue="table" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <Tabs.List>
            <Tabs.Tab value="table">신·구조문대비표</Tabs.Tab>
            <Tabs.Tab value="amendment">개정문</Tabs.Tab>
            {result.warnings.length > 0 && <Tabs.Tab value="warnings">확인할 곳 {result.warnings.length}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="table" style={{ flex: 1, minHeight: 0 }}>
            <ScrollArea h="100%">
              <Text fw={700} ta="center" my="xs">
                {result.table.title}
              </Text>
              <ComparisonTableView table={result.table} />
            </ScrollArea>
          </Tabs.Panel>
          <Tabs.Panel value="amendment" style={{ flex: 1, minHeight: 0 }}>
            <ScrollArea h="100%">
              <Stack gap={6} p="xs" aria-label="개정문">
                {result.amendment
                  .split('\n')
                  .filter((line) => line.trim() !== '')
                  .map((line, i) => (
                    <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {line}
                    </Text>
                  ))}
              </Stack>
            </ScrollArea>
          </Tabs.Panel>
          <Tabs.Panel value="warnings">
            <Stack gap={4} p="xs">
              {result.warnings.map((w, i) => (
                <Text key={i} size="sm">
                  {w.line > 0 ? `${w.line}행: ` : ''}
                  {w.message}{' '}
                  {w.text && (
                    <Text span c="dimmed">
                      “{w.text}”
                    </Text>
                  )}
                </Text>
              ))}
            </Stack>
          </Tabs.Panel>
        </Tabs>
      )}
    </Paper>
  );
}

/** Re-renders only when a new result (or state) arrives, not on every keystroke of the editor beside it. */
export const PreviewPanel = memo(PreviewPanelView);
