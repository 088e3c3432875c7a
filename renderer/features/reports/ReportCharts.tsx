import { Paper, SimpleGrid, Text } from '@mantine/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { YearReport } from '../../../shared/reports/report-types.ts';

/** Bars by kind (진행 and 종결 stacked) and a monthly line of new filings and closings. */
export function ReportCharts({ report }: { report: YearReport }) {
  const kinds = report.litigation.byKindStatus.filter((r) => r.total > 0);
  const months = report.monthly.map((m) => ({ ...m, label: `${Number(m.month.slice(5))}월` }));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Paper withBorder p="md" role="figure" aria-label="구분별 송무 건 차트">
        <Text fw={600} mb="xs">
          구분별 송무 건 (진행 · 종결)
        </Text>
        {kinds.length === 0 ? (
          <Text c="dimmed">집계된 송무 건이 없습니다.</Text>
        ) : (
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={kinds} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="kind" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="open" name="진행" stackId="s" fill="#228be6" isAnimationActive={false} />
              <Bar dataKey="closed" name="종결" stackId="s" fill="#adb5bd" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </Paper>
      <Paper withBorder p="md" role="figure" aria-label="월별 송무 건 차트">
        <Text fw={600} mb="xs">
          월별 신규 접수 · 종결
        </Text>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={months} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line type="linear" dataKey="new" name="신규 접수" stroke="#228be6" isAnimationActive={false} />
            <Line type="linear" dataKey="closed" name="종결" stroke="#fa5252" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </Paper>
    </SimpleGrid>
  );
}
