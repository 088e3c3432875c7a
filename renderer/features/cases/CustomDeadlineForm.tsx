import { Button, Group, NumberInput, Paper, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { customDeadlineSchema } from '../../../shared/cases/event-schema.ts';
import { fieldErrors } from '../../../shared/validation.ts';
import { ApiError, call } from '../../api.ts';

/** 직접 기한 추가: a deadline no rule computes (내부 보고, 증거 제출 …) with its own reminder. */
export function CustomDeadlineForm({ caseId, onAdded }: { caseId: number; onAdded: () => void }) {
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [remindDays, setRemindDays] = useState<number>(3);
  const [assignee, setAssignee] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { caseId, title, dueOn, remindDays, assignee };
    const parsed = customDeadlineSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      await call('deadlines:add', input);
      notifications.show({ color: 'green', message: `기한을 추가했습니다: ${title} ${dueOn}` });
      setTitle('');
      setDueOn('');
      setErrors({});
      onAdded();
    } catch (error) {
      setErrors(
        error instanceof ApiError
          ? (error.payload.fields ?? { title: error.message })
          : { title: '저장하지 못했습니다.' },
      );
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label="기한 직접 추가">
      <Title order={5} mb="xs">
        기한 직접 추가
      </Title>
      <Group align="flex-start">
        <TextInput
          label="기한"
          placeholder="예: 증거자료 제출"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors['title']}
        />
        <TextInput
          type="date"
          label="기한일"
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          error={errors['dueOn']}
        />
        <NumberInput
          label="며칠 전 알림"
          value={remindDays}
          onChange={(v) => setRemindDays(typeof v === 'number' ? v : 0)}
          min={0}
          max={60}
          w={120}
          error={errors['remindDays']}
        />
        <TextInput
          label="담당자"
          value={assignee}
          onChange={(e) => setAssignee(e.currentTarget.value)}
          error={errors['assignee']}
        />
        <Button type="submit" mt={25}>
          추가
        </Button>
      </Group>
    </Paper>
  );
}
