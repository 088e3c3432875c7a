// The yearly 추진실적 figures from plain records: one pass per kind of record, every figure with the ids behind it.
// The rules themselves live in definitions.ts; this file only applies them.
import { daysBetween } from '../deadlines/civil-date.ts';
import {
  closedDateOf,
  DECIDED_OUTCOMES,
  DEFINITIONS,
  LITIGATION_KINDS,
  litigationKindLabel,
  ORDINANCE_TYPES,
  OUTCOMES,
  outcomeOf,
  REVISION_KINDS,
  winRateFormula,
  winRateOf,
  type LitigationKindLabel,
  type Outcome,
} from './definitions.ts';
import {
  DRILL,
  kindKey,
  monthClosedKey,
  monthKey,
  ordinanceTypeKey,
  outcomeKey,
  personLitigationKey,
  personOpinionsKey,
  revisionKindKey,
  warningKey,
  type LitigationStatus,
} from './drill-keys.ts';
import type {
  KindStatusRow,
  MonthRow,
  PersonRow,
  ReportCase,
  ReportInput,
  ReportParentLink,
  ReportPeriod,
  ReportWarning,
  YearReport,
} from './report-types.ts';

/** How one counted 송무 건 stands on the 기준일. */
export interface LitigationStanding {
  id: number;
  kind: LitigationKindLabel;
  /** By the closing rule; null while open. May lie after the 기준일 (then the record is still 진행). */
  closedOn: string | null;
  open: boolean;
  /** Filed within the period (신규) rather than before it (이월). */
  isNew: boolean;
  /** Only for records closed within the period. */
  outcome: Outcome | null;
  /** The first-instance record of its 심급 chain: one 사건 family. */
  rootId: number;
  filedOn: string;
  claimAmount: number | null;
  /** A result is entered (a result without any date leaves the record open, and the report warns). */
  hasResult: boolean;
}

/** Roots of 원심 chains, memoised; a broken or cyclic chain stops after as many steps as there are links. */
export function familyRoots(
  cases: readonly Pick<ReportCase, 'id' | 'parentCaseId'>[],
  links: readonly ReportParentLink[] = [],
) {
  const parent = new Map<number, number>();
  for (const l of links) parent.set(l.id, l.parentCaseId);
  for (const c of cases) if (c.parentCaseId !== null) parent.set(c.id, c.parentCaseId);
  const roots = new Map<number, number>();
  const path: number[] = [];
  return (id: number): number => {
    const known = roots.get(id);
    if (known !== undefined) return known;
    path.length = 0;
    let current = id;
    let root: number | undefined;
    for (let steps = 0; steps <= parent.size; steps++) {
      const memo = roots.get(current);
      if (memo !== undefined) {
        root = memo;
        break;
      }
      path.push(current);
      const up = parent.get(current);
      if (up === undefined || up === id) break;
      current = up;
    }
    const found = root ?? current;
    for (const p of path) roots.set(p, found);
    return found;
  };
}

/** Drill keys per kind and status, built once: the loop over 100,000 records should not build strings. */
const KIND_KEYS = new Map<string, Record<LitigationStatus, string>>(
  LITIGATION_KINDS.map(({ label }) => [
    label,
    {
      total: kindKey(label),
      new: kindKey(label, 'new'),
      carriedOver: kindKey(label, 'carriedOver'),
      open: kindKey(label, 'open'),
      closed: kindKey(label, 'closed'),
    },
  ]),
);

const DECIDED = new Set<Outcome>(DECIDED_OUTCOMES);

const isLive = (c: ReportCase) => c.deletedAt === undefined || c.deletedAt === null;

/** Every counted 송무 건 of the period with its standing, in input order. */
export function litigationStandings(
  input: Pick<ReportInput, 'period' | 'cases' | 'parentLinks'>,
): LitigationStanding[] {
  const { from, asOf } = input.period;
  const rootOf = familyRoots(input.cases, input.parentLinks);
  const out: LitigationStanding[] = [];
  for (const c of input.cases) {
    const kind = litigationKindLabel(c.kind);
    if (kind === undefined || !isLive(c) || c.filedOn === null || c.filedOn > asOf) continue;
    const closedOn = closedDateOf(c);
    if (closedOn !== null && closedOn < from) continue;
    const open = closedOn === null || closedOn > asOf;
    out.push({
      id: c.id,
      kind,
      closedOn,
      open,
      isNew: c.filedOn >= from,
      outcome: open ? null : outcomeOf(c.kind, c.result, c.wardSide),
      rootId: rootOf(c.id),
      filedOn: c.filedOn,
      claimAmount: c.claimAmount,
      hasResult: c.result !== null,
    });
  }
  return out;
}

/** Months `YYYY-MM` from the period's first to its last, inclusive. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let y = Number(period.from.slice(0, 4));
  let m = Number(period.from.slice(5, 7));
  const last = period.asOf.slice(0, 7);
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

const average = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** A drill map that creates its lists on first use. */
function drillMap() {
  const drill: Record<string, number[]> = {};
  const add = (key: string, id: number) => {
    (drill[key] ??= []).push(id);
  };
  return { drill, add };
}

const countOf = (drill: Record<string, number[]>, key: string) => drill[key]?.length ?? 0;

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function computeReport(input: ReportInput): YearReport {
  const { period } = input;
  const { from, asOf } = period;
  if (from > asOf) throw new RangeError(`시작일(${from})이 기준일(${asOf})보다 늦습니다.`);
  const { drill, add } = drillMap();
  const warnings: ReportWarning[] = [];
  const warn = (name: string, message: string, ids: number[]) => {
    if (ids.length === 0) return;
    for (const id of ids) add(warningKey(name), id);
    warnings.push({ key: warningKey(name), message, count: ids.length });
  };

  // ---- 송무 건
  const standings = litigationStandings(input);
  const counted = new Set<number>();
  const results = zeroes(OUTCOMES);
  const familyAmount = new Map<number, number>();
  const families = new Set<number>();
  let claimTotal = 0;
  for (const s of standings) {
    counted.add(s.id);
    families.add(s.rootId);
    add(DRILL.litigationTotal, s.id);
    const keys = KIND_KEYS.get(s.kind);
    if (keys) {
      add(keys.total, s.id);
      add(s.isNew ? keys.new : keys.carriedOver, s.id);
      add(s.open ? keys.open : keys.closed, s.id);
    }
    add(s.isNew ? DRILL.litigationNew : DRILL.litigationCarriedOver, s.id);
    add(s.open ? DRILL.litigationOpen : DRILL.litigationClosed, s.id);
    if (s.outcome !== null) {
      results[s.outcome]++;
      add(outcomeKey(s.outcome), s.id);
      if (DECIDED.has(s.outcome)) add(DRILL.winRate, s.id);
    }
    const amount = s.claimAmount;
    if (amount !== null) {
      claimTotal += amount;
      add(DRILL.claimAmount, s.id);
      familyAmount.set(s.rootId, Math.max(familyAmount.get(s.rootId) ?? 0, amount));
    }
  }
  drill[DRILL.litigationFamilies] = [...(drill[DRILL.litigationTotal] ?? [])];

  const byKindStatus: KindStatusRow[] = LITIGATION_KINDS.map(({ label }) => ({
    kind: label,
    total: countOf(drill, kindKey(label)),
    new: countOf(drill, kindKey(label, 'new')),
    carriedOver: countOf(drill, kindKey(label, 'carriedOver')),
    open: countOf(drill, kindKey(label, 'open')),
    closed: countOf(drill, kindKey(label, 'closed')),
  }));

  // ---- 월별: new filings and closings of the period
  const months = monthsOf(period);
  for (const s of standings) {
    if (s.isNew) add(monthKey(s.filedOn.slice(0, 7)), s.id);
    if (!s.open && s.closedOn !== null) add(monthClosedKey(s.closedOn.slice(0, 7)), s.id);
  }
  const monthly: MonthRow[] = months.map((month) => ({
    month,
    new: countOf(drill, monthKey(month)),
    closed: countOf(drill, monthClosedKey(month)),
  }));

  // ---- 법률자문, by 요청일
  const opinionIds = new Set<number>();
  const replyDays = { all: [] as number[], external: [] as number[], internal: [] as number[] };
  const opinionsWithoutDate: number[] = [];
  for (const c of input.cases) {
    if (c.kind !== 'legal_opinion' || !isLive(c)) continue;
    if (c.filedOn === null) {
      opinionsWithoutDate.push(c.id);
      continue;
    }
    if (c.filedOn < from || c.filedOn > asOf) continue;
    opinionIds.add(c.id);
    add(DRILL.opinionsTotal, c.id);
    const type = c.opinionType === 'external' ? 'external' : c.opinionType === 'internal' ? 'internal' : null;
    add(
      type === 'external'
        ? DRILL.opinionsExternal
        : type === 'internal'
          ? DRILL.opinionsInternal
          : DRILL.opinionsUnspecified,
      c.id,
    );
    // A reply after the 기준일 was not known on it.
    if (c.decidedOn !== null && c.decidedOn <= asOf) {
      add(DRILL.opinionsReplied, c.id);
      const days = daysBetween(c.filedOn, c.decidedOn);
      replyDays.all.push(days);
      if (type) replyDays[type].push(days);
    } else add(DRILL.opinionsPending, c.id);
  }

  // ---- 고문변호사 · 소송대리인
  const people = new Map<number, PersonRow>();
  const linked = new Set<string>();
  for (const link of input.people ?? []) {
    if (link.role !== 'attorney' && link.role !== 'advisor') continue;
    const inLitigation = counted.has(link.caseId);
    const inOpinions = opinionIds.has(link.caseId);
    if (!inLitigation && !inOpinions) continue;
    const row = people.get(link.personId) ?? {
      personId: link.personId,
      name: link.name,
      organization: link.organization,
      litigation: 0,
      opinions: 0,
    };
    people.set(link.personId, row);
    const key = inLitigation ? personLitigationKey(link.personId) : personOpinionsKey(link.personId);
    // One person may be linked twice to a case (two roles): count the case once.
    if (linked.has(`${key}#${link.caseId}`)) continue;
    linked.add(`${key}#${link.caseId}`);
    add(key, link.caseId);
    if (inLitigation) row.litigation++;
    else row.opinions++;
  }
  const peopleRows = [...people.values()].sort(
    (a, b) => b.litigation + b.opinions - (a.litigation + a.opinions) || a.name.localeCompare(b.name, 'ko'),
  );

  // ---- 자치법규 제·개정, by 공포일
  const byType = zeroes(ORDINANCE_TYPES) as Record<string, number>;
  const byKind = zeroes(REVISION_KINDS) as Record<string, number>;
  const noticeDays: number[] = [];
  for (const r of input.revisions ?? []) {
    if (r.promulgatedOn === null || r.promulgatedOn < from || r.promulgatedOn > asOf) continue;
    add(DRILL.legislationTotal, r.id);
    byType[r.ordinanceType] = (byType[r.ordinanceType] ?? 0) + 1;
    add(ordinanceTypeKey(r.ordinanceType), r.id);
    byKind[r.revisionKind] = (byKind[r.revisionKind] ?? 0) + 1;
    add(revisionKindKey(r.revisionKind), r.id);
    if (r.noticeStartedOn !== null && r.noticeStartedOn <= r.promulgatedOn) {
      noticeDays.push(daysBetween(r.noticeStartedOn, r.promulgatedOn));
      add(DRILL.legislationWithNotice, r.id);
    }
  }

  // ---- 교육 실적
  let attendees = 0;
  for (const e of input.education ?? []) {
    if (e.heldOn < from || e.heldOn > asOf) continue;
    attendees += e.attendees;
    add(DRILL.educationTotal, e.id);
  }

  // ---- records the rules cannot place
  const live = input.cases.filter(isLive);
  warn(
    'missingFiledOn',
    '접수일(청구일)이 없어 집계하지 못한 송무 건',
    live.filter((c) => litigationKindLabel(c.kind) !== undefined && c.filedOn === null).map((c) => c.id),
  );
  warn(
    'resultWithoutDate',
    '결과는 있으나 선고일·종결일이 없어 진행으로 센 송무 건',
    standings.filter((s) => s.closedOn === null && s.hasResult).map((s) => s.id),
  );
  warn('opinionMissingFiledOn', '요청일이 없어 집계하지 못한 법률자문', opinionsWithoutDate);

  for (const ids of Object.values(drill)) ids.sort((a, b) => a - b);
  const byKindCounts = Object.fromEntries(byKindStatus.map((r) => [r.kind, r.total])) as Record<
    LitigationKindLabel,
    number
  >;
  return {
    asOf,
    from,
    litigation: {
      total: standings.length,
      open: countOf(drill, DRILL.litigationOpen),
      closed: countOf(drill, DRILL.litigationClosed),
      new: countOf(drill, DRILL.litigationNew),
      carriedOver: countOf(drill, DRILL.litigationCarriedOver),
      families: families.size,
      byKind: byKindCounts,
      byKindStatus,
      claimAmount: {
        total: claimTotal,
        byFamily: [...familyAmount.values()].reduce((a, b) => a + b, 0),
        records: countOf(drill, DRILL.claimAmount),
      },
    },
    results,
    winRate: winRateOf(results),
    winRateFormula: winRateFormula(results),
    people: peopleRows,
    opinions: {
      total: opinionIds.size,
      external: countOf(drill, DRILL.opinionsExternal),
      internal: countOf(drill, DRILL.opinionsInternal),
      unspecified: countOf(drill, DRILL.opinionsUnspecified),
      replied: countOf(drill, DRILL.opinionsReplied),
      pending: countOf(drill, DRILL.opinionsPending),
      averageReplyDays: average(replyDays.all),
      averageReplyDaysExternal: average(replyDays.external),
      averageReplyDaysInternal: average(replyDays.internal),
    },
    legislation: {
      total: countOf(drill, DRILL.legislationTotal),
      byType,
      byKind,
      averageNoticeDays: average(noticeDays),
      withNotice: noticeDays.length,
    },
    education: { sessions: countOf(drill, DRILL.educationTotal), attendees },
    monthly,
    warnings,
    definitions: DEFINITIONS,
    drill,
  };
}
