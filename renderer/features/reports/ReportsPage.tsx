import { Accordion, Alert, Grid, Group, List, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { DEFINITIONS } from '../../../shared/reports/definitions.ts';
import { useQuery } from '../../components/use-query.ts';
import { DrillContext, type DrillTarget } from './drill.tsx';
import { EducationPanel } from './EducationPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { RecordsModal } from './RecordsModal.tsx';
import { ReportCharts } from './ReportCharts.tsx';
import {
  HeadlineCards,
  KindTable,
  LegislationTable,
  OpinionsTable,
  PeopleTable,
  ResultsTable,
  Warnings,
} from './ReportFigures.tsx';

/** 주요업무 추진실적: every figure counted from the records for a period, each one a door to its records. */
export function ReportsPage() {
  // The 기준일 starts at the office's today as the main side knows it (the same clock as the dashboard).
  const info = useQuery('app:info', undefined);
  return info.data ? <Report today={info.data.today} /> : null;
}

function Report({ today }: { today: string }) {
  const [asOf, setAsOf] = useState(today);
  const [fromInput, setFromInput] = useState('');
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const from = fromInput === '' ? null : fromInput;
  const report = useQuery('reports:compute', { asOf, from }, `${asOf}|${from}`);
  const view = report.data;

  return (
    <DrillContext.Provider value={setDrill}>
      <Stack>
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2}>보고서 · 주요업무 추진실적</Title>
            <Text c="dimmed" size="sm">
              숫자를 누르면 그 숫자로 집계된 기록 목록이 열립니다.
            </Text>
          </div>
          <Group align="flex-end" gap="xs" role="group" aria-label="집계 기간">
            <TextInput
              type="date"
              label="시작일"
              description="비우면 기준일 연도 1월 1일"
              value={fromInput}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setFromInput(value);
              }}
            />
            <TextInput
              type="date"
              label="기준일"
              value={asOf}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setAsOf(value);
              }}
            />
          </Group>
        </Group>
        {report.error && <Alert color="red">{report.error}</Alert>}
        {report.loading && !view && <Loader size="sm" />}
        {view && !report.error && (
          <>
            <Text size="sm" aria-label="집계 기간 표시">
              집계 기간 {view.from} ~ {view.asOf} (기준일 {view.asOf})
            </Text>
            <HeadlineCards report={view} />
            <Warnings report={view} />
            <Grid>
              <Grid.Col span={{ base: 12, lg: 7 }}>
                <KindTable report={view} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 5 }}>
                <ResultsTable report={view} />
              </Grid.Col>
            </Grid>
            <ReportCharts report={view} />
            <Grid>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <OpinionsTable report={view} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <LegislationTable report={view} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <PeopleTable report={view} />
              </Grid.Col>
            </Grid>
          </>
        )}
        <Accordion variant="contained">
          <Accordion.Item value="definitions">
            <Accordion.Control>집계 기준 (정의) — 행정심판은 구가 피청구인: 인용 → 패소, 기각 → 승소</Accordion.Control>
            <Accordion.Panel>
              <List size="sm" spacing={4} aria-label="집계 기준">
                {DEFINITIONS.map((d) => (
                  <List.Item key={d}>{d}</List.Item>
                ))}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        <Grid>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <ExportPanel asOf={asOf} from={from} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <EducationPanel onChanged={report.reload} />
          </Grid.Col>
        </Grid>
      </Stack>
      {drill && <RecordsModal target={drill} asOf={asOf} from={from} onClose={() => setDrill(null)} />}
    </DrillContext.Provider>
  );
}
