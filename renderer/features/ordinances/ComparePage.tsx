import { Button, Grid, Group, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { RevisionView } from '../../../shared/ordinances/ordinance-views.ts';
import { call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';
import { notifySaved } from '../../components/save-result.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { usePreview } from './use-preview.ts';

const revisionLabel = (r: RevisionView) =>
  [r.promulgatedOn ?? '공포일 없음', r.revisionKind, r.promulgationNo ?? ''].join(' ').trim();

/** Any two revisions of one ordinance (?ordinance=), chosen from its history. */
function RevisionPickers({ ordinanceId }: { ordinanceId: number }) {
  const [params, setParams] = useSearchParams();
  const detail = useQuery('ordinances:get', { id: ordinanceId }, String(ordinanceId));
  const options = (detail.data?.revisions ?? []).map((r) => ({ value: String(r.id), label: revisionLabel(r) }));
  const pick = (key: 'old' | 'new') => (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <Group grow>
      <Select label="비교 기준 (이전)" data={options} value={params.get('old')} onChange={pick('old')} />
      <Select label="비교 대상 (이후)" data={options} value={params.get('new')} onChange={pick('new')} />
    </Group>
  );
}

/** Compare any two texts: two revisions (?ordinance=&old=&new= revision ids) or two pasted texts. */
export function ComparePage() {
  const [params] = useSearchParams();
  const ordinanceId = Number(params.get('ordinance'));
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
      {ordinanceId > 0 && <RevisionPickers ordinanceId={ordinanceId} />}
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
