import { Alert, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatPercent, OUTCOMES } from '../../../shared/reports/definitions.ts';
import {
  DRILL,
  kindKey,
  ordinanceTypeKey,
  outcomeKey,
  personLitigationKey,
  personOpinionsKey,
  revisionKindKey,
  type LitigationStatus,
} from '../../../shared/reports/drill-keys.ts';
import type { YearReport } from '../../../shared/reports/report-types.ts';
import { formatWon } from '../../components/format.ts';
import { CountButton } from './drill.tsx';

const days = (n: number | null) => (n === null ? '-' : `${n}일`);

function Card({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder p="md" aria-label={label} role="group">
      <Text c="dimmed" size="sm">
        {label}
      </Text>
      {children}
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The headline figures: 송무 건, 진행, 종결, 승소율, 소송가액, 자문, 자치법규, 교육. */
export function HeadlineCards({ report }: { report: YearReport }) {
  const l = report.litigation;
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }}>
      <Card
        label="송무 건 (심급별)"
        hint={
          <>
            사건 계열{' '}
            <CountButton
              n={l.families}
              drillKey={DRILL.litigationFamilies}
              title="사건 계열별 송무 건"
              size="compact-xs"
            />{' '}
            · 신규 {l.new} · 이월 {l.carriedOver}
          </>
        }
      >
        <CountButton n={l.total} drillKey={DRILL.litigationTotal} title="송무 건 전체" size="md" fz={26} />
      </Card>
      <Card label="진행 (기준일 현재)">
        <CountButton n={l.open} drillKey={DRILL.litigationOpen} title="진행 중인 송무 건" size="md" fz={26} />
      </Card>
      <Card label="종결 (기간 내)">
        <CountButton n={l.closed} drillKey={DRILL.litigationClosed} title="기간 내 종결된 송무 건" size="md" fz={26} />
      </Card>
      <Card label="승소율" hint={report.winRateFormula}>
        <Text fz={26} fw={700} aria-label="승소율 값">
          {report.winRate === null ? '산정 불가' : formatPercent(report.winRate)}
        </Text>
      </Card>
      <Card
        label="소송가액 합계"
        hint={`기재 ${l.claimAmount.records}건 · 사건 계열 기준 ${formatWon(l.claimAmount.byFamily)}`}
      >
        <Text fz={20} fw={700}>
          {formatWon(l.claimAmount.total)}
        </Text>
      </Card>
      <Card
        label="법률자문"
        hint={`평균 회신 ${days(report.opinions.averageReplyDays)} · 회신 대기 ${report.opinions.pending}건`}
      >
        <Group gap={4} wrap="nowrap">
          <Text size="sm">외부</Text>
          <CountButton
            n={report.opinions.external}
            drillKey={DRILL.opinionsExternal}
            title="외부 법률자문"
            size="compact-md"
            fz={18}
          />
          <Text size="sm">내부</Text>
          <CountButton
            n={report.opinions.internal}
            drillKey={DRILL.opinionsInternal}
            title="내부 자문"
            size="compact-md"
            fz={18}
          />
        </Group>
      </Card>
      <Card label="자치법규 제·개정" hint={`입법예고→공포 평균 ${days(report.legislation.averageNoticeDays)}`}>
        <CountButton
          n={report.legislation.total}
          drillKey={DRILL.legislationTotal}
          title="자치법규 제·개정 전체"
          size="md"
          fz={26}
        />
      </Card>
      <Card label="교육 실적">
        <Group gap={4}>
          <CountButton
            n={report.education.sessions}
            drillKey={DRILL.educationTotal}
            title="교육 실적"
            unit="회"
            size="md"
            fz={26}
          />
          <Text fz={18}>{report.education.attendees.toLocaleString('ko-KR')}명</Text>
        </Group>
      </Card>
    </SimpleGrid>
  );
}

const STATUSES: { key: LitigationStatus; label: string }[] = [
  { key: 'total', label: '계' },
  { key: 'new', label: '신규' },
  { key: 'carriedOver', label: '이월' },
  { key: 'open', label: '진행' },
  { key: 'closed', label: '종결' },
];

export function KindTable({ report }: { report: YearReport }) {
  const l = report.litigation;
  const totals: Record<LitigationStatus, number> = {
    total: l.total,
    new: l.new,
    carriedOver: l.carriedOver,
    open: l.open,
    closed: l.closed,
  };
  const totalKeys: Record<LitigationStatus, string> = {
    total: DRILL.litigationTotal,
    new: DRILL.litigationNew,
    carriedOver: DRILL.litigationCarriedOver,
    open: DRILL.litigationOpen,
    closed: DRILL.litigationClosed,
  };
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        소송·심판 구분별 현황 (송무 건)
      </Title>
      <Table aria-label="구분별 현황" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>구분</Table.Th>
            {STATUSES.map((s) => (
              <Table.Th key={s.key} ta="right">
                {s.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {l.byKindStatus.map((row) => (
            <Table.Tr key={row.kind}>
              <Table.Td>{row.kind}</Table.Td>
              {STATUSES.map((s) => (
                <Table.Td key={s.key} ta="right">
                  <CountButton n={row[s.key]} drillKey={kindKey(row.kind, s.key)} title={`${row.kind} · ${s.label}`} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>합계</Table.Td>
            {STATUSES.map((s) => (
              <Table.Td key={s.key} ta="right">
                <CountButton n={totals[s.key]} drillKey={totalKeys[s.key]} title={`송무 건 · ${s.label}`} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function ResultsTable({ report }: { report: YearReport }) {
  const shown = OUTCOMES.filter(
    (o) => report.results[o] > 0 || ['승소', '패소', '일부승소', '각하', '취하'].includes(o),
  );
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        결과 (기간 내 종결)
      </Title>
      <Table aria-label="결과별 현황" fz="sm">
        <Table.Tbody>
          {shown.map((o) => (
            <Table.Tr key={o}>
              <Table.Td>{o}</Table.Td>
              <Table.Td ta="right">
                <CountButton n={report.results[o]} drillKey={outcomeKey(o)} title={`결과: ${o}`} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs" aria-label="승소율 산식">
        {report.winRateFormula}
      </Text>
      <Text size="xs" c="dimmed">
        각하·취하·화해·조정은 분모에 넣지 않습니다. 행정심판은 구가 피청구인이므로 인용 → 패소, 기각 → 승소, 일부인용 →
        일부승소로 셉니다.{' '}
        <CountButton
          n={report.drill[DRILL.winRate]?.length ?? 0}
          drillKey={DRILL.winRate}
          title="승소율 분모"
          size="compact-xs"
        />
      </Text>
    </Paper>
  );
}

export function PeopleTable({ report }: { report: YearReport }) {
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        고문변호사·소송대리인별 건수
      </Title>
      {report.people.length === 0 ? (
        <Text c="dimmed" size="sm">
          연결된 변호사가 없습니다.
        </Text>
      ) : (
        <Table aria-label="고문변호사·소송대리인별 건수" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>이름</Table.Th>
              <Table.Th>소속</Table.Th>
              <Table.Th ta="right">소송대리 (송무 건)</Table.Th>
              <Table.Th ta="right">고문 (자문)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.people.map((p) => (
              <Table.Tr key={p.personId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.name}</Table.Td>
                <Table.Td>{p.organization ?? ''}</Table.Td>
                <Table.Td ta="right">
                  <CountButton
                    n={p.litigation}
                    drillKey={personLitigationKey(p.personId)}
                    title={`${p.name} · 송무 건`}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <CountButton n={p.opinions} drillKey={personOpinionsKey(p.personId)} title={`${p.name} · 자문`} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

export function OpinionsTable({ report }: { report: YearReport }) {
  const o = report.opinions;
  const rows: [string, number, string][] = [
    ['전체 (요청일 기준)', o.total, DRILL.opinionsTotal],
    ['외부 법률자문', o.external, DRILL.opinionsExternal],
    ['내부 자문', o.internal, DRILL.opinionsInternal],
    ['유형 미지정', o.unspecified, DRILL.opinionsUnspecified],
    ['기준일까지 회신', o.replied, DRILL.opinionsReplied],
    ['회신 대기', o.pending, DRILL.opinionsPending],
  ];
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        법률자문
      </Title>
      <Table aria-label="법률자문 현황" fz="sm">
        <Table.Tbody>
          {rows.map(([label, n, key]) => (
            <Table.Tr key={key}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right">
                <CountButton n={n} drillKey={key} title={label} />
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td>평균 회신 일수 (전체 / 외부 / 내부)</Table.Td>
            <Table.Td ta="right">
              {days(o.averageReplyDays)} / {days(o.averageReplyDaysExternal)} / {days(o.averageReplyDaysInternal)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function LegislationTable({ report }: { report: YearReport }) {
  const g = report.legislation;
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        자치법규 제·개정 (공포일 기준)
      </Title>
      <SimpleGrid cols={2}>
        <Table aria-label="자치법규 종류별" fz="sm">
          <Table.Tbody>
            {Object.entries(g.byType).map(([type, n]) => (
              <Table.Tr key={type}>
                <Table.Td>{type}</Table.Td>
                <Table.Td ta="right">
                  <CountButton n={n} drillKey={ordinanceTypeKey(type)} title={`자치법규 ${type}`} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table aria-label="자치법규 제·개정 구분별" fz="sm">
          <Table.Tbody>
            {Object.entries(g.byKind).map(([kind, n]) => (
              <Table.Tr key={kind}>
                <Table.Td>{kind}</Table.Td>
                <Table.Td ta="right">
                  <CountButton n={n} drillKey={revisionKindKey(kind)} title={`자치법규 ${kind}`} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
      <Text size="sm" mt="xs">
        입법예고→공포 평균 {days(g.averageNoticeDays)} (입법예고일이 기록된{' '}
        <CountButton
          n={g.withNotice}
          drillKey={DRILL.legislationWithNotice}
          title="입법예고일이 기록된 제·개정"
          size="compact-xs"
        />
        기준)
      </Text>
    </Paper>
  );
}

export function Warnings({ report }: { report: YearReport }) {
  if (report.warnings.length === 0) return null;
  return (
    <Alert color="yellow" title="확인이 필요한 기록">
      <Stack gap={2}>
        {report.warnings.map((w) => (
          <Group key={w.key} gap={4}>
            <Text size="sm">{w.message}</Text>
            <CountButton n={w.count} drillKey={w.key} title={w.message} />
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
