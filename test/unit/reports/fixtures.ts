// Hand-made records for the report tests; the expected figures in compute-report.test.ts are counted by hand.
import type {
  ReportCase,
  ReportEducation,
  ReportInput,
  ReportPersonLink,
  ReportRevision,
} from '../../../shared/reports/report-types.ts';

export const PERIOD = { from: '2025-01-01', asOf: '2025-10-31' };

type Fields = Pick<ReportCase, 'id' | 'kind'> & Omit<{ [K in keyof ReportCase]?: ReportCase[K] }, 'id' | 'kind'>;

export function record(c: Fields): ReportCase {
  return {
    parentCaseId: null,
    wardSide: null,
    filedOn: null,
    result: null,
    decidedOn: null,
    closedOn: null,
    claimAmount: null,
    opinionType: null,
    deletedAt: null,
    ...c,
  };
}

const A = 'administrative_suit';
const C = 'civil_suit';
const P = 'administrative_appeal';
const O = 'legal_opinion';

export const CASES: ReportCase[] = [
  record({ id: 1, kind: A, filedOn: '2024-05-01' }), // 이월, 진행
  record({ id: 2, kind: A, filedOn: '2025-02-10', result: '승소', decidedOn: '2025-06-01', claimAmount: 10_000_000 }),
  // 2심 of 2, decided the day after the 기준일: still 진행 on it
  record({
    id: 3,
    kind: A,
    parentCaseId: 2,
    filedOn: '2025-06-20',
    result: '패소',
    decidedOn: '2025-11-01',
    claimAmount: 10_000_000,
  }),
  record({ id: 4, kind: C, filedOn: '2024-03-01', result: '승소', decidedOn: '2024-12-01', closedOn: '2024-12-31' }), // closed before from
  record({ id: 5, kind: C, filedOn: '2025-11-01' }), // filed after the 기준일
  record({ id: 6, kind: C, filedOn: '2025-03-01', result: '취하', closedOn: '2025-04-01', claimAmount: 5_000_000 }),
  record({ id: 7, kind: C, filedOn: '2025-01-01', result: '각하', decidedOn: '2025-10-31' }), // both ends of the window
  record({ id: 8, kind: P, wardSide: 'respondent', filedOn: '2025-03-03', result: '인용', decidedOn: '2025-05-05' }),
  record({ id: 9, kind: P, filedOn: '2025-04-01', result: '기각', decidedOn: '2025-06-06' }),
  record({ id: 10, kind: P, filedOn: '2025-04-02', result: '일부인용', decidedOn: '2025-07-07' }),
  record({
    id: 11,
    kind: A,
    filedOn: '2025-02-02',
    result: '승소',
    decidedOn: '2025-03-03',
    deletedAt: '2025-09-01T00:00:00Z',
  }),
  // 종결일 wins over the 선고일: decided in 2024, closed in the window
  record({ id: 12, kind: C, filedOn: '2024-12-01', result: '승소', decidedOn: '2024-12-20', closedOn: '2025-01-05' }),
  record({ id: 13, kind: 'constitutional_suit', filedOn: '2025-05-05' }),
  record({ id: 14, kind: C, filedOn: '2025-01-15', result: '패소' }), // result without a date: open, warned
  record({ id: 15, kind: A }), // no 접수일: warned, not counted
  record({ id: 16, kind: A, parentCaseId: 3, filedOn: '2025-10-31' }), // 3심 of the family of 2
  record({ id: 20, kind: O, opinionType: 'external', filedOn: '2025-01-10', result: '회신', decidedOn: '2025-01-17' }),
  record({ id: 21, kind: O, opinionType: 'internal', filedOn: '2025-10-31', decidedOn: '2025-11-03' }), // reply after
  record({ id: 22, kind: O, opinionType: 'external', filedOn: '2024-12-31', decidedOn: '2025-01-02' }),
  record({ id: 23, kind: O, opinionType: 'internal', filedOn: '2025-03-01', decidedOn: '2025-03-04' }),
  record({ id: 24, kind: O, opinionType: 'external', filedOn: '2025-05-01', deletedAt: '2025-06-01T00:00:00Z' }),
  record({ id: 25, kind: O, filedOn: '2025-06-01' }),
];

const lawyer = (caseId: number, personId: number, role: string, name: string): ReportPersonLink => ({
  caseId,
  personId,
  role,
  name,
  organization: '법무법인 한결',
});

export const PEOPLE: ReportPersonLink[] = [
  lawyer(2, 100, 'attorney', '김변호'),
  lawyer(3, 100, 'attorney', '김변호'),
  lawyer(4, 100, 'attorney', '김변호'),
  lawyer(20, 100, 'advisor', '김변호'),
  lawyer(11, 101, 'attorney', '이변호'),
  lawyer(22, 102, 'advisor', '박변호'),
  lawyer(1, 103, 'performer', '최주무관'),
];

const revision = (
  id: number,
  ordinanceType: string,
  revisionKind: string,
  promulgatedOn: string | null,
  noticeStartedOn: string | null = null,
): ReportRevision => ({
  id,
  ordinanceId: id,
  ordinanceName: `○○구 ${ordinanceType} ${id}`,
  ordinanceType,
  revisionKind,
  promulgationNo: null,
  promulgatedOn,
  noticeStartedOn,
});

export const REVISIONS: ReportRevision[] = [
  revision(1, '조례', '제정', '2025-03-01', '2025-01-30'),
  revision(2, '조례', '일부개정', '2025-10-31', '2025-10-01'),
  revision(3, '규칙', '일부개정', '2025-11-01', '2025-10-01'),
  revision(4, '훈령', '폐지', '2024-12-31'),
  revision(5, '규칙', '전부개정', '2025-01-01'),
  revision(6, '조례', '일부개정', null, '2025-02-01'),
];

export const EDUCATION: ReportEducation[] = [
  { id: 1, heldOn: '2025-04-10', course: '행정소송 실무 교육', attendees: 87, memo: null },
  { id: 2, heldOn: '2024-11-01', course: '전년도 교육', attendees: 40, memo: null },
  { id: 3, heldOn: '2025-10-31', course: '행정절차법 교육', attendees: 30, memo: '구청 대강당' },
];

export const INPUT: ReportInput = {
  period: PERIOD,
  cases: CASES,
  people: PEOPLE,
  revisions: REVISIONS,
  education: EDUCATION,
};
