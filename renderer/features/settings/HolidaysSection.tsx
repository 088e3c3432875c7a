import { ActionIcon, Badge, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { DeadlineChange } from '../../../shared/cases/case-views.ts';
import { ApiError, call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';

const SOURCE = {
  official: { label: '공식', color: 'blue' },
  user: { label: '추가', color: 'grape' },
  provisional: { label: '미확정', color: 'orange' },
} as const;

const STATUS = { official: '공식 자료', provisional: '계산한 날짜 (미확정)', unavailable: '자료 없음' } as const;

function reportMoves(changes: DeadlineChange[]) {
  notifications.show({
    color: changes.length > 0 ? 'orange' : 'green',
    title: changes.length > 0 ? `기한 ${changes.length}건이 바뀌었습니다` : '저장했습니다',
    message:
      changes.length > 0
        ? changes.map((c) => `${c.title}: ${c.from} → ${c.to}`).join('\n')
        : '이 변경으로 바뀐 기한은 없습니다.',
    autoClose: changes.length > 0 ? false : 4000,
  });
}

/** 공휴일: the bundled official table by year, and the 임시공휴일 the team adds when one is declared. */
export function HolidaysSection({ initialYear }: { initialYear: number }) {
  const [year, setYear] = useState(initialYear);
  const data = useQuery('holidays:year', { year }, String(year));
  const [date, setDate] = useState('');
  const [name, setName] = useState('임시공휴일');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      reportMoves((await call('holidays:add', { date, name })).changes);
      setErrors({});
      setDate('');
      data.reload();
    } catch (e) {
      setErrors(e instanceof ApiError ? (e.payload.fields ?? { date: e.message }) : { date: '저장하지 못했습니다.' });
    }
  }

  async function remove(day: string, holiday: string) {
    try {
      reportMoves((await call('holidays:remove', { date: day, name: holiday })).changes);
      data.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        기한 계산에 쓰는 공휴일입니다. 정부가 임시공휴일을 지정하면 여기에 추가하세요. 열린 기한이 다시 계산되고, 바뀐
        기한을 알려 드립니다.
      </Text>
      <form onSubmit={add} aria-label="공휴일 추가" noValidate>
        <Group align="flex-end">
          <NumberInput
            label="연도"
            value={year}
            onChange={(v) => typeof v === 'number' && setYear(v)}
            min={1990}
            max={2100}
            w={110}
          />
          <TextInput
            type="date"
            label="날짜"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors['date']}
          />
          <TextInput
            label="이름"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors['name']}
          />
          <Button type="submit">공휴일 추가</Button>
        </Group>
      </form>
      {data.data && (
        <>
          <Text fw={600}>
            {data.data.year}년: {STATUS[data.data.status]}
          </Text>
          <Table aria-label="공휴일 목록" striped>
            <Table.Tbody>
              {data.data.holidays.map((h) => (
                <Table.Tr key={`${h.date}-${h.name}`}>
                  <Table.Td w={130}>{h.date}</Table.Td>
                  <Table.Td>{h.name}</Table.Td>
                  <Table.Td w={90}>
                    <Badge color={SOURCE[h.source].color} variant="light">
                      {SOURCE[h.source].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td w={40}>
                    {h.source === 'user' && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${h.date} ${h.name} 삭제`}
                        onClick={() => remove(h.date, h.name)}
                      >
                        ✕
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
