import { ActionIcon, Alert, Button, Grid, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { educationInputSchema } from '../../../shared/contracts/education.ts';
import { fieldErrors } from '../../../shared/validation.ts';
import { ApiError, call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';

const EMPTY = { heldOn: '', course: '', attendees: '', memo: '' };

/** 교육 실적: a small record of the trainings, counted in the report. */
export function EducationPanel({ onChanged }: { onChanged: () => void }) {
  const sessions = useQuery('education:list', undefined);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = (key: keyof typeof EMPTY, value: string) => setValues((s) => ({ ...s, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      heldOn: values.heldOn,
      course: values.course,
      attendees: values.attendees.trim() === '' ? Number.NaN : Number(values.attendees),
      memo: values.memo,
    };
    const parsed = educationInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      await call('education:add', input);
      setValues(EMPTY);
      setErrors({});
      sessions.reload();
      onChanged();
    } catch (e) {
      setErrors(e instanceof ApiError ? (e.payload.fields ?? { _: e.message }) : { _: '저장하지 못했습니다.' });
    }
  }

  async function remove(id: number, course: string) {
    try {
      await call('education:remove', { id });
      notifications.show({ message: `교육 실적을 삭제했습니다: ${course}` });
      sessions.reload();
      onChanged();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        교육 실적
      </Title>
      <form onSubmit={submit} noValidate aria-label="교육 실적 추가">
        <Grid gap="xs" align="flex-start">
          <Grid.Col span={4}>
            <TextInput
              type="date"
              label="일자"
              value={values.heldOn}
              onChange={(e) => update('heldOn', e.currentTarget.value)}
              error={errors['heldOn']}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput
              label="과정명"
              value={values.course}
              onChange={(e) => update('course', e.currentTarget.value)}
              error={errors['course']}
            />
          </Grid.Col>
          <Grid.Col span={2}>
            <TextInput
              label="인원"
              inputMode="numeric"
              value={values.attendees}
              onChange={(e) => update('attendees', e.currentTarget.value)}
              error={errors['attendees']}
            />
          </Grid.Col>
          <Grid.Col span={10}>
            <TextInput
              label="비고"
              value={values.memo}
              onChange={(e) => update('memo', e.currentTarget.value)}
              error={errors['memo']}
            />
          </Grid.Col>
          <Grid.Col span={2}>
            <Button type="submit" mt={25} fullWidth>
              추가
            </Button>
          </Grid.Col>
        </Grid>
        {errors['_'] && (
          <Alert color="red" mt="xs">
            {errors['_']}
          </Alert>
        )}
      </form>
      {sessions.data && sessions.data.length > 0 ? (
        <Table aria-label="교육 실적 목록" fz="sm" mt="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>일자</Table.Th>
              <Table.Th>과정명</Table.Th>
              <Table.Th ta="right">인원</Table.Th>
              <Table.Th>비고</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.data.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.heldOn}</Table.Td>
                <Table.Td>{s.course}</Table.Td>
                <Table.Td ta="right">{s.attendees}명</Table.Td>
                <Table.Td>{s.memo ?? ''}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${s.course} 삭제`}
                    onClick={() => remove(s.id, s.course)}
                  >
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed" size="sm" mt="sm">
          기록된 교육이 없습니다.
        </Text>
      )}
    </Paper>
  );
}
