import { Button, Checkbox, Group, Paper, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import {
  ALL_EVENT_KINDS,
  SERVICE_METHODS,
  isServiceEvent,
  type AnyEventKind,
} from '../../../shared/cases/event-kinds.ts';
import { eventInputSchema } from '../../../shared/cases/event-schema.ts';
import { fieldErrors } from '../../../shared/validation.ts';
import { ApiError, call } from '../../api.ts';

const KIND_OPTIONS = Object.entries(ALL_EVENT_KINDS).map(([value, info]) => ({ value, label: info.name }));

interface Values {
  kind: AnyEventKind;
  date: string;
  electronicNotice: boolean;
  serviceMethod: '' | 'mail' | 'personal' | 'other';
  time: string;
  place: string;
  subtype: string;
  result: string;
  memo: string;
}

const EMPTY: Values = {
  kind: 'judgment-served-first-instance',
  date: '',
  electronicNotice: false,
  serviceMethod: '',
  time: '',
  place: '',
  subtype: '',
  result: '',
  memo: '',
};

/** 송달·기일·제출 기록 추가: a triggering event creates its deadlines on the main side. */
export function EventForm({ caseId, onAdded }: { caseId: number; onAdded: () => void }) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const service = isServiceEvent(values.kind);
  // Read the input's value now: React clears event.currentTarget before a state updater runs.
  const update = <K extends keyof Values>(key: K, value: Values[K]) => setValues((s) => ({ ...s, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const electronicNotice = service && values.electronicNotice;
    const serviceMethod = service && !electronicNotice && values.serviceMethod ? values.serviceMethod : null;
    const input = { caseId, ...values, electronicNotice, serviceMethod };
    const parsed = eventInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setSaving(true);
    try {
      const added = await call('events:add', input);
      setErrors({});
      setValues({ ...EMPTY, kind: values.kind });
      const made = added.deadlines.map((d) => `${d.title} ${d.dueOn}${d.provisional ? ' (미확정)' : ''}`);
      notifications.show({
        color: 'green',
        title: `${added.event.kindName} 기록을 추가했습니다`,
        message: made.length > 0 ? `기한: ${made.join(', ')}` : '이 기록으로 생기는 기한은 없습니다.',
      });
      onAdded();
    } catch (error) {
      setErrors(
        error instanceof ApiError ? (error.payload.fields ?? { _: error.message }) : { _: '저장하지 못했습니다.' },
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label="기록 추가">
      <Title order={5} mb="xs">
        기록 추가 (송달 · 기일 · 제출 · 판결)
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Select
          label="종류"
          data={KIND_OPTIONS}
          value={values.kind}
          allowDeselect={false}
          searchable
          onChange={(v) => v && update('kind', v as AnyEventKind)}
          error={errors['kind']}
        />
        <TextInput
          type="date"
          label={service && values.electronicNotice ? '전자송달 통지일' : '날짜'}
          value={values.date}
          onChange={(e) => update('date', e.currentTarget.value)}
          error={errors['date']}
          withAsterisk
        />
        <TextInput
          label="시각"
          placeholder="예: 14:30"
          value={values.time}
          onChange={(e) => update('time', e.currentTarget.value)}
          error={errors['time']}
        />
        <TextInput
          label="장소"
          placeholder="예: 서관 403호 법정"
          value={values.place}
          onChange={(e) => update('place', e.currentTarget.value)}
          error={errors['place']}
        />
        <TextInput
          label="세부 종류"
          placeholder="예: 답변서, 준비서면, 항소장"
          value={values.subtype}
          onChange={(e) => update('subtype', e.currentTarget.value)}
          error={errors['subtype']}
        />
        <TextInput
          label="결과"
          placeholder="예: 원고 청구 기각"
          value={values.result}
          onChange={(e) => update('result', e.currentTarget.value)}
          error={errors['result']}
        />
        <TextInput
          label="메모"
          value={values.memo}
          onChange={(e) => update('memo', e.currentTarget.value)}
          error={errors['memo']}
        />
        {service && !values.electronicNotice && (
          <Select
            label="송달 방식"
            placeholder="선택"
            data={SERVICE_METHODS.filter((m) => m.code !== 'electronic').map((m) => ({
              value: m.code,
              label: m.label,
            }))}
            value={values.serviceMethod || null}
            onChange={(v) => update('serviceMethod', (v ?? '') as Values['serviceMethod'])}
            clearable
            error={errors['serviceMethod']}
          />
        )}
        {service && (
          <Checkbox
            mt="xl"
            label="전자송달 (통지일 기준, 1주 뒤 송달 간주)"
            checked={values.electronicNotice}
            onChange={(e) => update('electronicNotice', e.currentTarget.checked)}
            error={errors['electronicNotice']}
          />
        )}
      </SimpleGrid>
      {errors['_'] && (
        <Paper c="red" mt="sm" role="alert">
          {errors['_']}
        </Paper>
      )}
      <Group justify="flex-end" mt="sm">
        <Button type="submit" loading={saving}>
          기록 추가
        </Button>
      </Group>
    </Paper>
  );
}
