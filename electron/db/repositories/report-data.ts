import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { ReportCaseDetail } from '../../../shared/reports/record-list.ts';
import type {
  ReportCase,
  ReportEducation,
  ReportParentLink,
  ReportPeriod,
  ReportPersonLink,
  ReportRevision,
} from '../../../shared/reports/report-types.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

// What the yearly report reads, in five set-based queries of narrow columns. The WHERE clauses only narrow the
// rows to those the rules of shared/reports/definitions.ts could count (plus rows the report warns about);
// the counting itself happens once, in shared/reports/compute-report.ts. At 100,000 cases the scan of `cases`
// costs ~30 ms; building objects for rows outside the period would cost more, hence the narrowing.

export interface ReportData {
  cases: ReportCase[];
  parentLinks: ReportParentLink[];
  people: ReportPersonLink[];
  revisions: ReportRevision[];
  education: ReportEducation[];
}

/**
 * Live cases the report may count: 송무 건 filed by the 기준일 and not closed before `from` (closing rule:
 * closed_on, else decided_on once a result is set), 자문 requested in the period, and any without a 접수일/요청일
 * (reported as warnings).
 */
function candidate(period: ReportPeriod, alias: string): Expression<SqlBool> {
  const c = (col: string) => sql.ref(`${alias}.${col}`);
  return sql<SqlBool>`${c('deleted_at')} IS NULL AND (${c('filed_on')} IS NULL OR (
    ${c('kind')} <> 'legal_opinion' AND ${c('filed_on')} <= ${period.asOf}
      AND coalesce(${c('closed_on')}, CASE WHEN ${c('result')} IS NOT NULL THEN ${c('decided_on')} END, '9999-12-31')
        >= ${period.from}
  ) OR (${c('kind')} = 'legal_opinion' AND ${c('filed_on')} BETWEEN ${period.from} AND ${period.asOf}))`;
}

export async function loadReportData(db: Db, period: ReportPeriod): Promise<ReportData> {
  const [cases, parentLinks, people, revisions, education] = await Promise.all([
    db
      .selectFrom('cases as c')
      .select([
        'c.id',
        'c.kind',
        'c.parent_case_id as parentCaseId',
        'c.ward_side as wardSide',
        'c.filed_on as filedOn',
        'c.result',
        'c.decided_on as decidedOn',
        'c.closed_on as closedOn',
        'c.claim_amount as claimAmount',
        'c.opinion_type as opinionType',
      ])
      .where(candidate(period, 'c'))
      .orderBy('c.id')
      .execute(),
    // Every link, also of cases outside the period or in the 휴지통: a family's root may be either.
    db
      .selectFrom('cases')
      .select(['id', 'parent_case_id as parentCaseId'])
      .where('parent_case_id', 'is not', null)
      .$narrowType<{ parentCaseId: number }>()
      .execute(),
    db
      .selectFrom('case_people as cp')
      .innerJoin('cases as c', 'c.id', 'cp.case_id')
      .innerJoin('people as p', 'p.id', 'cp.person_id')
      .select(['cp.case_id as caseId', 'cp.person_id as personId', 'cp.role', 'p.name', 'p.organization'])
      .where('cp.role', 'in', ['attorney', 'advisor'])
      .where(candidate(period, 'c'))
      .execute(),
    listRevisionsPromulgatedIn(db, period),
    listEducationIn(db, period),
  ]);
  return { cases, parentLinks, people, revisions, education };
}

export async function listRevisionsPromulgatedIn(db: Db, period: ReportPeriod): Promise<ReportRevision[]> {
  return db
    .selectFrom('ordinance_revisions as r')
    .innerJoin('ordinances as o', 'o.id', 'r.ordinance_id')
    .select([
      'r.id',
      'r.ordinance_id as ordinanceId',
      'o.name as ordinanceName',
      'o.type as ordinanceType',
      'r.revision_kind as revisionKind',
      'r.promulgation_no as promulgationNo',
      'r.promulgated_on as promulgatedOn',
      'r.notice_started_on as noticeStartedOn',
    ])
    .where('o.deleted_at', 'is', null)
    .where('r.promulgated_on', '>=', period.from)
    .where('r.promulgated_on', '<=', period.asOf)
    .orderBy('r.promulgated_on')
    .orderBy('r.id')
    .execute();
}

async function listEducationIn(db: Db, period: ReportPeriod): Promise<ReportEducation[]> {
  return db
    .selectFrom('education_sessions')
    .select(['id', 'held_on as heldOn', 'course', 'attendees', 'memo'])
    .where('held_on', '>=', period.from)
    .where('held_on', '<=', period.asOf)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
}

/** SQLite's bound-parameter limit is far above this; smaller statements keep the plan cache small. */
const CHUNK = 500;

/** The listed fields of the given cases (deleted ones too: a family root may be in the 휴지통). */
export async function loadCaseDetails(db: Db, ids: readonly number[]): Promise<Map<number, ReportCaseDetail>> {
  const unique = [...new Set(ids)];
  const map = new Map<number, ReportCaseDetail>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .selectFrom('cases')
      .select([
        'id',
        'kind',
        'case_number as caseNumber',
        'title',
        'court',
        'department',
        'instance',
        'filed_on as filedOn',
        'result',
        'decided_on as decidedOn',
        'closed_on as closedOn',
        'claim_amount as claimAmount',
        'opinion_type as opinionType',
      ])
      .where('id', 'in', unique.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) map.set(row.id, row);
  }
  return map;
}
