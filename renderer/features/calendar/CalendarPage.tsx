import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CalendarDay } from '../../../shared/cases/calendar-views.ts';
import { addDays, weekdayOf } from '../../../shared/deadlines/civil-date.ts';
import { call } from '../../api.ts';
import { notifySaved } from '../../components/save-result.ts';
import { useQuery } from '../../components/use-query.ts';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The Sunday on or before `date`. */
function weekStart(date: string): string {
  return addDays(date, -weekdayOf(date));
}

function DayCell({ day, tall }: { day: CalendarDay; tall: boolean }) {
  const red = day.weekday === 0 || day.holidays.length > 0;
  return (
    <Paper
      withBorder
      p={4}
      mih={tall ? 360 : 110}
      bg={day.inPeriod ? undefined : 'gray.0'}
      aria-label={`${day.date}${day.holidays.length ? ` ${day.holidays.join(', ')}` : ''}`}
    >
      <Group gap={4} justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600} c={red ? 'red' : day.weekday === 6 ? 'blue' : day.inPeriod ? undefined : 'dimmed'}>
          {Number(day.date.slice(8))}
        </Text>
        {day.holidays.length > 0 && (
          <Text size="xs" c="red" truncate>
            {day.holidays.join(', ')}
          </Text>
        )}
      </Group>
      <Stack gap={2} mt={2}>
        {day.hearings.map((h) => (
          <Tooltip key={`h${h.id}`} label={`${h.caseNumber ?? ''} ${h.caseTitle} ${h.place ?? ''}`}>
            <Badge
              component={Link}
              to={`/cases/${h.caseId}`}
              variant="light"
              color="grape"
              size="sm"
              radius="sm"
              fullWidth
              style={{ cursor: 'pointer' }}
            >
              {h.time ?? ''} {h.kindName}
            </Badge>
          </Tooltip>
        ))}
        {day.deadlines.map((d) => (
          <Tooltip key={`d${d.id}`} label={`${d.caseNumber ?? ''} ${d.caseTitle}${d.provisional ? ' (미확정)' : ''}`}>
            <Badge
              component={Link}
              to={`/cases/${d.caseId}`}
              variant={d.overdue ? 'filled' : 'light'}
              color={d.overdue ? 'red' : 'indigo'}
              size="sm"
              radius="sm"
              fullWidth
              style={{ cursor: 'pointer' }}
            >
              {d.title}
            </Badge>
          </Tooltip>
        ))}
      </Stack>
    </Paper>
  );
}

/** 일정: opens on the office's current month (the main side's clock); a month or week of deadlines and hearings, with the 공휴일 marked, and the exports people print or sync. */
export function CalendarPage() {
  const info = useQuery('app:info', undefined);
  return info.data ? <CalendarView today={info.data.today} /> : null;
}

function CalendarView({ today }: { today: string }) {
  const [mode, setMode] = useState<'month' | 'week'>('month');
  const [cursor, setCursor] = useState({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) });
  const [weekOf, setWeekOf] = useState(weekStart(today));
  const month = useQuery(
    'calendar:month',
    { year: cursor.year, month: cursor.month },
    `${cursor.year}-${cursor.month}`,
  );
  const week = useQuery('calendar:range', { from: weekOf, to: addDays(weekOf, 6) }, weekOf);
  const view = mode === 'month' ? month : week;

  const move = (by: number) => {
    if (mode === 'month') setCursor((c) => shiftMonth(c.year, c.month, by));
    else setWeekOf((w) => addDays(w, 7 * by));
  };
  const heading = mode === 'month' ? `${cursor.year}년 ${cursor.month}월` : `${weekOf} 주`;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>일정</Title>
        <Group>
          <Button variant="default" onClick={() => notifySaved('달력(.ics)을', () => call('calendar:exportIcs', {}))}>
            달력 내보내기 (.ics)
          </Button>
          <Button
            variant="default"
            onClick={() => notifySaved('기한 관리대장을', () => call('deadlines:exportRegister', {}))}
          >
            기한 관리대장 (DOCX)
          </Button>
          <Button variant="default" onClick={() => notifySaved('기한 목록을', () => call('deadlines:exportXlsx', {}))}>
            기한 목록 (XLSX)
          </Button>
        </Group>
      </Group>
      <Group justify="space-between">
        <Group>
          <ActionIcon variant="default" aria-label="이전" onClick={() => move(-1)}>
            ‹
          </ActionIcon>
          <Title order={4} aria-live="polite">
            {heading}
          </Title>
          <ActionIcon variant="default" aria-label="다음" onClick={() => move(1)}>
            ›
          </ActionIcon>
        </Group>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'month' | 'week')}
          data={[
            { value: 'month', label: '월' },
            { value: 'week', label: '주' },
          ]}
        />
      </Group>
      {view.error && <Alert color="red">{view.error}</Alert>}
      {view.data && view.data.yearsWithoutHolidays.length > 0 && (
        <Alert color="orange">
          {view.data.yearsWithoutHolidays.join(', ')}년은 공휴일 자료가 없어 공휴일을 표시하지 못했습니다.
        </Alert>
      )}
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4} aria-label="달력">
        {WEEKDAYS.map((w, i) => (
          <Text key={w} ta="center" fw={600} c={i === 0 ? 'red' : i === 6 ? 'blue' : undefined}>
            {w}
          </Text>
        ))}
        {(view.data?.days ?? []).map((day) => (
          <DayCell key={day.date} day={day} tall={mode === 'week'} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
