import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CASE_KINDS, caseKindGroup, type CaseKind } from '../../../shared/cases/case-kinds.ts';
import { caseUpdateSchema, type CaseRecord, type Party } from '../../../shared/cases/case-schema.ts';
import { CASE_RESULTS, OPINION_TYPES, WARD_SIDES, type PersonRole } from '../../../shared/cases/case-values.ts';
import type { CaseSummary } from '../../../shared/cases/case-schema.ts';
import { fieldErrors } from '../../../shared/validation.ts';
import { ApiError, call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';
import { ParentCasePicker } from './ParentCasePicker.tsx';

type Values = Omit<CaseRecord, 'createdAt' | 'updatedAt' | 'deletedAt' | 'people'> & {
  people: { personId: number; role: PersonRole }[];
};

function valuesOf(record: CaseRecord): Values {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, people, ...rest } = record;
  return { ...rest, people: people.map((p) => ({ personId: p.personId, role: p.role })) };
}

interface Props {
  record: CaseRecord;
  /** The 심급 family, offered first when picking the 원심. */
  family: CaseSummary[];
  opened: boolean;
  onClose: () => void;
  onSaved: (record: CaseRecord) => void;
}

/** The whole case record: every field of the guide, parties, and the people who act for the ward. */
export function CaseEditModal({ record, family, opened, onClose, onSaved }: Props) {
  const [values, setValues] = useState<Values>(() => valuesOf(record));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const people = useQuery('people:list', undefined);
  const group = caseKindGroup(values.kind);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: keyof Values) => ({
    value: (values[key] as string | null) ?? '',
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
    error: errors[key as string],
  });
  const peopleOptions = (kinds: string[]) =>
    (people.data ?? [])
      .filter((p) => kinds.includes(p.kind))
      .map((p) => ({ value: String(p.id), label: p.organization ? `${p.name} (${p.organization})` : p.name }));
  const roleIds = (role: PersonRole) => values.people.filter((p) => p.role === role).map((p) => String(p.personId));
  const setRole = (role: PersonRole, ids: string[]) =>
    set('people', [
      ...values.people.filter((p) => p.role !== role),
      ...ids.map((id) => ({ personId: Number(id), role })),
    ]);
  const setParty = (index: number, patch: Partial<Party>) =>
    set(
      'parties',
      values.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = caseUpdateSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setSaving(true);
    try {
      const saved = await call('cases:update', values);
      setErrors({});
      onSaved(saved);
    } catch (error) {
      setErrors(
        error instanceof ApiError ? (error.payload.fields ?? { _: error.message }) : { _: '저장하지 못했습니다.' },
      );
    } finally {
      setSaving(false);
    }
  }

  const date = (key: keyof Values, label: string) => <TextInput type="date" label={label} {...text(key)} />;
  const won = (key: 'claimAmount' | 'costAmount' | 'awardAmount', label: string) => (
    <NumberInput
      label={label}
      suffix="원"
      thousandSeparator=","
      allowDecimal={false}
      allowNegative={false}
      value={values[key] ?? ''}
      onChange={(v) => set(key, typeof v === 'number' ? v : null)}
      error={errors[key]}
    />
  );

  return (
    <Modal opened={opened} onClose={onClose} title="사건 정보 수정" size="xl">
      <form onSubmit={submit} noValidate aria-label="사건 정보 수정">
        <Stack>
          <SimpleGrid cols={3}>
            <Select
              label="구분"
              data={CASE_KINDS.map((k) => ({ value: k.code, label: k.label }))}
              value={values.kind}
              allowDeselect={false}
              onChange={(v) => v && set('kind', v as CaseKind)}
              error={errors['kind']}
            />
            <TextInput label="사건번호" {...text('caseNumber')} withAsterisk={group === 'lawsuit'} />
            <TextInput label="사건명" {...text('title')} withAsterisk />
            <TextInput label="법원·기관" {...text('court')} />
            <TextInput label="재판부" {...text('division')} />
            <TextInput label="담당부서" {...text('department')} />
            {group !== 'opinion' && (
              <>
                <Select
                  label="심급"
                  data={[
                    { value: '1', label: '1심' },
                    { value: '2', label: '2심 (항소심)' },
                    { value: '3', label: '3심 (상고심)' },
                  ]}
                  value={values.instance ? String(values.instance) : null}
                  onChange={(v) => set('instance', v ? Number(v) : null)}
                  clearable
                />
                <ParentCasePicker
                  selfId={record.id}
                  value={values.parentCaseId}
                  initial={family}
                  onChange={(id) => set('parentCaseId', id)}
                  error={errors['parentCaseId']}
                />
                <Select
                  label="우리측 지위"
                  data={WARD_SIDES.map((s) => ({ value: s.code, label: s.label }))}
                  value={values.wardSide}
                  onChange={(v) => set('wardSide', v as Values['wardSide'])}
                  clearable
                />
                {won('claimAmount', '소송가액')}
              </>
            )}
            {group === 'opinion' && (
              <Select
                label="자문유형"
                data={OPINION_TYPES.map((s) => ({ value: s.code, label: s.label }))}
                value={values.opinionType}
                onChange={(v) => set('opinionType', v as Values['opinionType'])}
                clearable
              />
            )}
            {date('filedOn', group === 'opinion' ? '요청일' : '접수일')}
            <Select
              label="결과"
              data={[...CASE_RESULTS]}
              value={values.result}
              onChange={(v) => set('result', v as Values['result'])}
              clearable
              placeholder="진행 중"
              error={errors['result']}
            />
            {date('decidedOn', group === 'opinion' ? '회신일' : '선고일')}
            {group !== 'opinion' && date('finalizedOn', '확정일')}
            {date('closedOn', '종결일')}
            {won('costAmount', group === 'opinion' ? '자문료' : '소송비용')}
            {group !== 'opinion' && won('awardAmount', '판결금')}
          </SimpleGrid>
          {(group === 'lawsuit' || values.direction) && (
            <TextInput
              label="지휘 (검찰청)"
              description="국가소송·국가위임사무 소송: 지휘 검찰청과 상소 제기·포기 승인 등"
              placeholder="예: 서울고등검찰청 지휘 · 2024. 10. 1. 항소 승인"
              {...text('direction')}
            />
          )}
          {group === 'opinion' && (
            <SimpleGrid cols={2}>
              <Textarea label="질의 요지" autosize minRows={3} {...text('question')} />
              <Textarea label="회신 요지" autosize minRows={3} {...text('answer')} />
            </SimpleGrid>
          )}
          <Divider label="당사자" labelPosition="left" />
          {values.parties.map((p, i) => (
            <Group key={i} align="flex-end">
              <TextInput
                label="지위"
                value={p.side}
                onChange={(e) => setParty(i, { side: e.currentTarget.value })}
                w={140}
              />
              <TextInput
                label="이름"
                value={p.name}
                onChange={(e) => setParty(i, { name: e.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <Checkbox
                label="우리 구"
                checked={p.isWard}
                onChange={(e) => setParty(i, { isWard: e.currentTarget.checked })}
                mb={8}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`당사자 ${p.name} 삭제`}
                onClick={() =>
                  set(
                    'parties',
                    values.parties.filter((_, j) => j !== i),
                  )
                }
                mb={4}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          {errors['parties'] && (
            <Text c="red" size="sm">
              {errors['parties']}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => set('parties', [...values.parties, { side: '원고', name: '', isWard: false }])}
            >
              당사자 추가
            </Button>
          </Group>
          {group !== 'opinion' ? (
            <SimpleGrid cols={2}>
              <MultiSelect
                label="소송수행자"
                data={peopleOptions(['official'])}
                value={roleIds('performer')}
                onChange={(ids) => setRole('performer', ids)}
                searchable
              />
              <MultiSelect
                label="소송대리인"
                data={peopleOptions(['lawyer', 'firm'])}
                value={roleIds('attorney')}
                onChange={(ids) => setRole('attorney', ids)}
                searchable
              />
            </SimpleGrid>
          ) : (
            <MultiSelect
              label="자문 변호사"
              data={peopleOptions(['lawyer', 'firm'])}
              value={roleIds('advisor')}
              onChange={(ids) => setRole('advisor', ids)}
              searchable
            />
          )}
          <Text size="xs" c="dimmed">
            목록에 없는 사람은 설정 › 사람·법무법인에서 등록하세요.
          </Text>
          <Textarea label="메모" autosize minRows={2} {...text('memo')} />
          {errors['_'] && (
            <Paper c="red" role="alert">
              {errors['_']}
            </Paper>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              취소
            </Button>
            <Button type="submit" loading={saving}>
              저장
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
