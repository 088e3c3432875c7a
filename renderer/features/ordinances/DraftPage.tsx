import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Tabs,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { changedArticles } from '../../../shared/ordinances/changed-articles.ts';
import type { OutlineItem } from '../../../shared/ordinances/ordinance-views.ts';
import { Link, useParams } from 'react-router';
import type { DraftDetail } from '../../../shared/ordinances/ordinance-views.ts';
import { missingBillParts } from '../../../shared/ordinances/bill.ts';
import { notifications } from '@mantine/notifications';
import { call } from '../../api.ts';
import { notifySaved } from '../../components/save-result.ts';
import { useQuery } from '../../components/use-query.ts';
import { BillPanel, type BillPanelHandle } from './BillPanel.tsx';
import { CodeEditor, type CodeEditorHandle } from './CodeEditor.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';
import { useAutosave, type SaveState } from './use-autosave.ts';
import { usePreview } from './use-preview.ts';

const STATUS = { drafting: '작성 중', promulgated: '공포됨', abandoned: '중단' } as const;

function SaveBadge({ state }: { state: SaveState }) {
  if (state.kind === 'saved')
    return (
      <Badge color="green" variant="light" aria-label="저장 상태">
        저장됨 {new Date(state.at).toLocaleTimeString('ko-KR')}
      </Badge>
    );
  if (state.kind === 'failed')
    return (
      <Badge color="red" aria-label="저장 상태" title={state.message}>
        저장 실패: {state.message}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light" aria-label="저장 상태">
      {state.kind === 'saving' ? '저장 중…' : '수정됨'}
    </Badge>
  );
}

const sameOutline = (a: { items: OutlineItem[] }, b: { items: OutlineItem[] }) =>
  a.items.length === b.items.length &&
  a.items.every((x, i) => x.line === b.items[i]?.line && x.label === b.items[i]?.label);

/** The article list beside the editor; re-rendered only when an article's label or line changes, not per keystroke. */
const OutlineList = memo(function OutlineList({
  items,
  onJump,
}: {
  items: OutlineItem[];
  onJump: (line: number) => void;
}) {
  return (
    <Stack gap={0} aria-label="조문 이동">
      {items.map((item, i) => (
        <UnstyledButton key={i} onClick={() => onJump(item.line)} px={4} py={1} pl={4 + item.depth * 8}>
          <Text size="xs" fw={item.kind === 'heading' ? 700 : 400} truncate>
            {item.label}
          </Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
}, sameOutline);

// The side panels do not depend on the text: keep typing from re-rendering them.
const MemoTimeline = memo(TimelinePanel);
const MemoBill = memo(BillPanel);

function Workspace({ initial }: { initial: DraftDetail }) {
  const [detail, setDetail] = useState(initial);
  const [text, setText] = useState(initial.draft.body);
  const editor = useRef<CodeEditorHandle>(null);
  const billPanel = useRef<BillPanelHandle>(null);
  const autosave = useAutosave(initial.draft.id, initial.draft.updatedAt);
  const preview = usePreview(
    detail.baseBody,
    text,
    detail.ordinance.name,
    detail.draft.bill.revisionKind === '전부개정' ? 'full' : 'partial',
  );
  const editable = detail.draft.status === 'drafting';
  const id = detail.draft.id;
  const table = preview.result?.table;
  const articles = useMemo(() => (table ? changedArticles(table) : []), [table]);
  const jump = useCallback((line: number) => editor.current?.jumpToLine(line), []);
  const { changed } = autosave;
  const onEdit = useCallback(
    (next: string) => {
      setText(next);
      changed(next);
    },
    [changed],
  );

  const exportWith = async (what: string, run: () => Promise<{ path: string | null }>) => {
    await autosave.flush();
    await notifySaved(what, run);
  };

  /** 의안 / 입법예고문: saves the 의안 정보 first, and asks before printing placeholders for what is missing. */
  const exportBillDocument = async (what: string, reasonLabel: string, run: () => Promise<{ path: string | null }>) => {
    const bill = await (billPanel.current?.commit() ?? Promise.resolve(detail.draft.bill)).catch((e: Error) => {
      notifications.show({ color: 'red', message: e.message });
      return null;
    });
    if (!bill) return;
    const labels = { reason: reasonLabel, mainPoints: '주요내용' };
    const missing = missingBillParts(bill).map((part) => labels[part]);
    if (
      missing.length > 0 &&
      !window.confirm(
        `의안 정보에 ${missing.join(', ')} 항목이 비어 있습니다. 그 자리에는 '(… 적으세요.)' 안내 문구가 ` +
          '인쇄됩니다. 그래도 내보낼까요?',
      )
    )
      return;
    await exportWith(what, run);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text c="dimmed" component={Link} to={`/ordinances/${detail.ordinance.id}`}>
            {detail.ordinance.name}
          </Text>
          <Group gap="xs">
            <Title order={2}>{detail.draft.name}</Title>
            <Badge variant="light">{STATUS[detail.draft.status]}</Badge>
            {editable && <SaveBadge state={autosave.state} />}
          </Group>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              exportWith('대비표를', () =>
                call('ordinances:exportComparison', {
                  oldText: detail.baseBody,
                  newText: text,
                  title: detail.ordinance.name,
                  what: 'table',
                }),
              )
            }
          >
            대비표 DOCX
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              exportWith('개정문을', () =>
                call('ordinances:exportComparison', {
                  oldText: detail.baseBody,
                  newText: text,
                  title: detail.ordinance.name,
                  what: 'amendment',
                }),
              )
            }
          >
            개정문 DOCX
          </Button>
          <Button
            size="xs"
            onClick={() => exportBillDocument('의안을', '제안이유', () => call('drafts:exportBill', { id }))}
          >
            의안 DOCX
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => exportBillDocument('입법예고문을', '개정이유', () => call('drafts:exportNotice', { id }))}
          >
            입법예고문 DOCX
          </Button>
        </Group>
      </Group>
      <Tabs defaultValue="edit" keepMounted>
        <Tabs.List>
          <Tabs.Tab value="edit">본문 편집</Tabs.Tab>
          <Tabs.Tab value="timeline">입법 일정</Tabs.Tab>
          <Tabs.Tab value="bill">의안 정보</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="edit" pt="sm">
          {!editable && <Alert mb="sm">공포되었거나 중단된 개정안은 고칠 수 없습니다.</Alert>}
          <Grid gap="xs">
            <Grid.Col span={2}>
              <Paper withBorder p={4} h="72vh">
                <Text fw={600} size="sm" px={4}>
                  조문
                </Text>
                <ScrollArea h="calc(72vh - 30px)">
                  <OutlineList items={preview.outline} onJump={jump} />
                </ScrollArea>
              </Paper>
            </Grid.Col>
            <Grid.Col span={5}>
              {editable ? (
                <CodeEditor
                  ref={editor}
                  initialText={initial.draft.body}
                  height="72vh"
                  label="개정안 본문"
                  onChange={onEdit}
                />
              ) : (
                <Paper withBorder p="xs" h="72vh">
                  <ScrollArea h="100%">
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {text}
                    </Text>
                  </ScrollArea>
                </Paper>
              )}
            </Grid.Col>
            <Grid.Col span={5}>
              <PreviewPanel preview={preview} height="72vh" />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="sm">
          <MemoTimeline detail={detail} onChanged={setDetail} />
        </Tabs.Panel>
        <Tabs.Panel value="bill" pt="sm">
          <MemoBill ref={billPanel} detail={detail} onChanged={setDetail} changedArticles={articles} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** 개정안 편집: CodeMirror beside the live 대비표 and 개정문, the legislative timeline and the 의안 details. */
export function DraftPage() {
  const id = Number(useParams()['id']);
  const draft = useQuery('drafts:get', { id }, String(id));
  if (draft.error) return <Alert color="red">{draft.error}</Alert>;
  return draft.data ? <Workspace key={id} initial={draft.data} /> : null;
}
