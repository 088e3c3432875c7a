import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { forwardRef, useImperativeHandle, useState } from 'react';
import type { BillInfo, DraftDetail } from '../../../shared/ordinances/ordinance-views.ts';
import { call } from '../../api.ts';

export interface BillPanelHandle {
  /** Saves edits not yet saved (an export must not print an older 의안 정보) and returns the bill as stored. */
  commit(): Promise<BillInfo>;
}

interface Props {
  detail: DraftDetail;
  onChanged: (next: DraftDetail) => void;
  /** The articles the draft changes (from the live 대비표), offered for `(안 제N조)`. */
  changedArticles: string[];
}

/** 의안 정보: what the bill package needs besides the texts (cover, 제안이유, 주요내용, 참고사항, 부칙). */
export const BillPanel = forwardRef<BillPanelHandle, Props>(function BillPanel(
  { detail, onChanged, changedArticles },
  ref,
) {
  const [bill, setBill] = useState<BillInfo>(detail.draft.bill);
  const dirty = JSON.stringify(bill) !== JSON.stringify(detail.draft.bill);
  const set = <K extends keyof BillInfo>(key: K, value: BillInfo[K]) => setBill((b) => ({ ...b, [key]: value }));
  const setRef = (key: keyof BillInfo['references'], value: string) =>
    setBill((b) => ({ ...b, references: { ...b.references, [key]: value } }));

  async function store(): Promise<BillInfo> {
    const next = await call('drafts:updateBill', { id: detail.draft.id, bill });
    onChanged(next);
    setBill(next.draft.bill); // as stored (trimmed), so the form is not left looking unsaved
    return next.draft.bill;
  }

  async function save() {
    try {
      await store();
      notifications.show({ color: 'green', message: '의안 정보를 저장했습니다.' });
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  useImperativeHandle(ref, () => ({
    commit: () => (dirty && detail.draft.status === 'drafting' ? store() : Promise.resolve(detail.draft.bill)),
  }));

  return (
    <Paper withBorder p="md" aria-label="의안 정보">
      <Stack>
        <SimpleGrid cols={4}>
          <TextInput
            label="의안번호"
            value={bill.billNumber}
            onChange={(e) => set('billNumber', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="제출연월일"
            value={bill.submittedOn ?? ''}
            onChange={(e) => set('submittedOn', e.currentTarget.value || null)}
          />
          <Select
            label="개정 방식"
            data={['일부개정', '전부개정']}
            allowDeselect={false}
            value={bill.revisionKind}
            onChange={(v) => set('revisionKind', v === '전부개정' ? '전부개정' : '일부개정')}
          />
          <TextInput
            label="제출자"
            placeholder="예: 서울특별시 마포구청장"
            value={bill.submitter}
            onChange={(e) => set('submitter', e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label="제안이유"
          autosize
          minRows={3}
          value={bill.reason}
          onChange={(e) => set('reason', e.currentTarget.value)}
        />
        <div>
          <Title order={6}>주요내용</Title>
          {bill.mainPoints.map((p, i) => (
            <Group key={i} align="flex-end" mt={4}>
              <TextInput
                style={{ flex: 1 }}
                aria-label={`주요내용 ${i + 1}`}
                value={p.text}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  set(
                    'mainPoints',
                    bill.mainPoints.map((q, j) => (j === i ? { ...q, text } : q)),
                  );
                }}
              />
              <TagsInput
                w={260}
                aria-label={`주요내용 ${i + 1} 관련 조문`}
                placeholder="관련 조문"
                data={changedArticles}
                value={p.articles}
                onChange={(articles) =>
                  set(
                    'mainPoints',
                    bill.mainPoints.map((q, j) => (j === i ? { ...q, articles } : q)),
                  )
                }
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`주요내용 ${i + 1} 삭제`}
                onClick={() =>
                  set(
                    'mainPoints',
                    bill.mainPoints.filter((_, j) => j !== i),
                  )
                }
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Button
            mt="xs"
            size="xs"
            variant="light"
            onClick={() => set('mainPoints', [...bill.mainPoints, { text: '', articles: [] }])}
          >
            주요내용 추가
          </Button>
          <Text size="xs" c="dimmed" mt={4}>
            관련 조문은 바뀐 조문 목록에서 고르거나 직접 입력하며, 의안에 (안 제5조) 처럼 붙습니다.
          </Text>
        </div>
        <SimpleGrid cols={2}>
          <Textarea
            label="관계법령"
            autosize
            minRows={2}
            value={bill.references.laws}
            onChange={(e) => setRef('laws', e.currentTarget.value)}
          />
          <Textarea
            label="예산조치"
            autosize
            minRows={2}
            placeholder="별도조치 필요 없음"
            value={bill.references.budget}
            onChange={(e) => setRef('budget', e.currentTarget.value)}
          />
          <Textarea
            label="입법예고 결과"
            autosize
            minRows={2}
            value={bill.references.notice}
            onChange={(e) => setRef('notice', e.currentTarget.value)}
          />
          <Textarea
            label="기타"
            autosize
            minRows={2}
            value={bill.references.other}
            onChange={(e) => setRef('other', e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label="부칙"
          autosize
          minRows={2}
          placeholder="이 조례는 공포한 날부터 시행한다."
          value={bill.supplement}
          onChange={(e) => set('supplement', e.currentTarget.value)}
        />
        <Group justify="flex-end">
          {dirty && (
            <Text size="sm" c="dimmed">
              저장하지 않은 변경이 있습니다 (의안·입법예고문을 내보낼 때 함께 저장됩니다)
            </Text>
          )}
          <Button onClick={save} disabled={detail.draft.status !== 'drafting'}>
            의안 정보 저장
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
});
