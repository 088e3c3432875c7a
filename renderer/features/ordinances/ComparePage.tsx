import { Button, Grid, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { call } from '../../api.ts';
import { notifySaved } from '../../components/save-result.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { usePreview } from './use-preview.ts';

/** Compare any two texts: two revisions (?old=&new= revision ids) or two pasted texts. */
export function ComparePage() {
  const [params] = useSearchParams();
  const [oldText, setOldText] = useState('');
  const [newText, setNewText] = useState('');
  const preview = usePreview(oldText, newText);

  useEffect(() => {
    const load = async (key: string, set: (text: string) => void) => {
      const id = Number(params.get(key));
      if (id > 0) set((await call('ordinances:revisionText', { id })).body);
    };
    void load('old', setOldText);
    void load('new', setNewText);
  }, [params]);

  const ready = oldText.trim() !== '' && newText.trim() !== '';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>두 본문 비교</Title>
        <Group>
          <Button
            variant="default"
            disabled={!ready}
            onClick={() =>
              notifySaved('대비표를', () => call('ordinances:exportComparison', { oldText, newText, what: 'table' }))
            }
          >
            대비표 DOCX
          </Button>
          <Button
            variant="default"
            disabled={!ready}
            onClick={() =>
              notifySaved('개정문을', () =>
                call('ordinances:exportComparison', { oldText, newText, what: 'amendment' }),
              )
            }
          >
            개정문 DOCX
          </Button>
        </Group>
      </Group>
      <Grid>
        <Grid.Col span={4}>
          <Paper withBorder p="xs">
            <Textarea
              label="현행"
              autosize
              minRows={12}
              maxRows={18}
              value={oldText}
              onChange={(e) => setOldText(e.currentTarget.value)}
            />
            <Textarea
              mt="sm"
              label="개정안"
              autosize
              minRows={12}
              maxRows={18}
              value={newText}
              onChange={(e) => setNewText(e.currentTarget.value)}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={8}>{ready && <PreviewPanel preview={preview} height="80vh" />}</Grid.Col>
      </Grid>
    </Stack>
  );
}
