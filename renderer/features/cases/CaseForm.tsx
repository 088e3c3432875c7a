import { Button, Group, Paper, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CASE_KINDS, caseKindGroup, type CaseKind } from '../../../shared/cases/case-kinds.ts';
import { caseInputSchema, type CaseInput, type CaseSummary } from '../../../shared/cases/case-schema.ts';
import { fieldErrors } from '../../../shared/validation.ts';
import { ApiError, call } from '../../api.ts';

const EMPTY: CaseInput = { kind: 'administrative_suit', caseNumber: '', title: '', court: '', department: '' };
const KIND_OPTIONS = CASE_KINDS.map((k) => ({ value: k.code, label: k.label }));

/** 사건 등록: validated here with the contract's schema, and again by the main process. */
export function CaseForm({ onCreated }: { onCreated: (created: CaseSummary) => void }) {
  const [values, setValues] = useState<CaseInput>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const set = (field: keyof CaseInput) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = caseInputSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setSaving(true);
    try {
      const created = await call('cases:create', values);
      setValues({ ...EMPTY, kind: values.kind });
      setErrors({});
      onCreated(created);
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.payload.fields ?? { _: error.message });
      else setErrors({ _: '저장하지 못했습니다.' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-label="사건 등록">
      <Title order={4} mb="sm">
        사건 등록
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Select
          label="구분"
          data={KIND_OPTIONS}
          value={values.kind}
          onChange={(v) => v && setValues((prev) => ({ ...prev, kind: v as CaseKind }))}
          allowDeselect={false}
          error={errors['kind']}
          withAsterisk
        />
        <TextInput
          label="사건번호"
          placeholder="예: 2024구합12345"
          value={values.caseNumber ?? ''}
          onChange={(e) => set('caseNumber')(e.currentTarget.value)}
          error={errors['caseNumber']}
          withAsterisk={caseKindGroup(values.kind) === 'lawsuit'}
        />
        <TextInput
          label="사건명"
          placeholder="예: 건축허가취소처분 취소"
          value={values.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={errors['title']}
          withAsterisk
        />
        <TextInput
          label="법원·기관"
          placeholder="예: 서울행정법원"
          value={values.court ?? ''}
          onChange={(e) => set('court')(e.currentTarget.value)}
          error={errors['court']}
        />
        <TextInput
          label="담당부서"
          placeholder="예: 건축과"
          value={values.department ?? ''}
          onChange={(e) => set('department')(e.currentTarget.value)}
          error={errors['department']}
        />
      </SimpleGrid>
      {errors['_'] && (
        <Paper c="red" mt="sm" role="alert">
          {errors['_']}
        </Paper>
      )}
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={saving}>
          등록
        </Button>
      </Group>
    </Paper>
  );
}
