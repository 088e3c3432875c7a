import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseKind } from '../../../shared/cases/case-kinds.ts';
import type { CaseRecord } from '../../../shared/cases/case-schema.ts';
import { CASE_RESULTS, WARD_SIDES, type WardSide } from '../../../shared/cases/case-values.ts';
import { LEDGER_COLUMNS } from '../../../shared/cases/ledger-columns.ts';
import {
  columnSides,
  formatParties,
  parseParties,
  parsePeople,
  splitNames,
} from '../../../shared/cases/ledger-parties.ts';
import { ledgerCells } from '../../../shared/cases/ledger-record.ts';
import { formatLedgerIssue, parseLedgerRows } from '../../../shared/cases/ledger-rows.ts';

const HEADER = [
  '구분',
  '사건번호',
  '법원',
  '사건명',
  '원고',
  '피고',
  '우리측지위',
  '담당부서',
  '소송수행자',
  '소송대리인',
  '소송가액',
  '접수일',
  '결과',
  '선고일',
  '확정일',
];

function sheet(...rows: Record<string, string>[]): string[][] {
  return [HEADER, ...rows.map((r) => HEADER.map((h) => r[h] ?? ''))];
}

const suit = {
  구분: '행정소송',
  사건번호: '2024구합12345',
  법원: '서울행정법원',
  사건명: '건축허가취소처분 취소',
  원고: '김민수',
  피고: '서울특별시 마포구청장',
  우리측지위: '피고',
  담당부서: '건축과',
  소송수행자: '이수행(건축과)',
  소송대리인: '박정의(법무법인 한결), 법무법인 정담',
  소송가액: '50,000,000원',
  접수일: '2024. 3. 4.',
  결과: '승소',
  선고일: '2024.09.12',
  확정일: '2024-10-04',
};

describe('parseLedgerRows', () => {
  it('maps a lawsuit row to the case input the form would send', () => {
    const result = parseLedgerRows(sheet(suit));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.total).toBe(1);
    const [row] = result.rows;
    expect(row?.row).toBe(2);
    expect(row?.input).toMatchObject({
      kind: 'administrative_suit',
      caseNumber: '2024구합12345',
      court: '서울행정법원',
      instance: 1,
      wardSide: 'defendant',
      claimAmount: 50_000_000,
      filedOn: '2024-03-04',
      result: '승소',
      decidedOn: '2024-09-12',
      finalizedOn: '2024-10-04',
      closedOn: '2024-09-12', // no 종결일 column: 선고일, since 결과 is filled
      parties: [
        { side: '원고', name: '김민수', isWard: false },
        { side: '피고', name: '서울특별시 마포구청장', isWard: true },
      ],
    });
    expect(row?.people).toEqual([
      { kind: 'official', name: '이수행', organization: '건축과', role: 'performer', field: 'performers' },
      { kind: 'lawyer', name: '박정의', organization: '법무법인 한결', role: 'attorney', field: 'attorneys' },
      { kind: 'firm', name: '법무법인 정담', organization: null, role: 'attorney', field: 'attorneys' },
    ]);
  });

  it('finds the header under a title line, with spaced and synonym headers; reports unknown columns', () => {
    const rows = [
      ['2024년 송무대장'],
      [],
      ['연번', '사건 구분', '사 건 번 호', '관할법원', '사건명', '소가', '담당 검사'],
      ['1', '민사소송', '2023가단512345', '서울서부지방법원', '손해배상(기)', '25,000,000', '홍검사'],
      ['', '', '', '', '', '', ''],
      ['2', '민사소송', '2024나12345', '서울서부지방법원', '손해배상(기)', '', ''],
    ];
    const result = parseLedgerRows(rows);
    expect(result.headerRow).toBe(3);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatLedgerIssue)).toEqual(['3행: 알 수 없는 열은 가져오지 않습니다: 담당검사']);
    expect(result.total).toBe(2);
    expect(result.rows.map((r) => [r.row, r.input.court, r.input.claimAmount, r.input.instance])).toEqual([
      [4, '서울서부지방법원', 25_000_000, 1],
      [6, '서울서부지방법원', null, 2],
    ]);
  });

  it('names missing required columns, and a sheet without any header', () => {
    expect(
      parseLedgerRows([
        ['사건번호', '법원'],
        ['2024구합1', '서울행정법원'],
      ]).errors.map(formatLedgerIssue),
    ).toEqual(['1행: 필수 열이 없습니다: 구분, 사건명']);
    expect(
      parseLedgerRows([
        ['a', 'b'],
        ['1', '2'],
      ]).errors.map(formatLedgerIssue),
    ).toEqual([
      '1행: 머리글 행을 찾을 수 없습니다. 처음 10행 안에 구분, 사건번호, 사건명 같은 열 이름이 있는 행이 있어야 합니다.',
    ]);
  });

  it('reports row errors in the words of the case form, row numbers as in Excel', () => {
    const result = parseLedgerRows(
      sheet(
        suit,
        { ...suit, 사건번호: '2024구합' },
        { ...suit, 사건번호: '2024구합12345' },
        { ...suit, 사건번호: '2024구합777', 접수일: '2024-02-30', 사건명: '' },
        { ...suit, 사건번호: '2024구합778', 접수일: '2024-10-01' },
        { ...suit, 구분: '행정심판', 사건번호: '2024/12', 법원: '서울특별시행정심판위원회' },
      ),
    );
    expect(result.errors.map(formatLedgerIssue)).toEqual([
      '3행 사건번호: 사건번호는 연도·사건부호·번호 형식이어야 합니다 (예: 2024구합12345).',
      '4행 사건번호: 2행과 같은 법원의 같은 사건번호입니다: 2024구합12345',
      '5행 사건명: 사건명을 입력하세요.',
      '5행 접수일: 접수일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.',
      '6행 선고일: 선고일이 접수일보다 빠를 수 없습니다.',
      '7행 사건번호: 행정심판 사건번호는 연도-번호 형식이어야 합니다 (예: 2024-12345).',
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.total).toBe(6);
  });

  it('allows the same 사건번호 at another court', () => {
    const result = parseLedgerRows(sheet(suit, { ...suit, 법원: '서울고등법원' }));
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(2);
  });

  it('reads 법률자문 rows: 요청일 → filedOn, 회신일 → decidedOn, 자문유형', () => {
    const header = ['구분', '사건명', '담당부서', '결과', '자문유형', '요청일', '회신일', '종결일'];
    const result = parseLedgerRows([
      header,
      ['법률자문', '공유재산 사용허가 갱신 여부', '재산관리과', '회신', '외부', '2024.01.08', '2024.01.19', ''],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.input).toMatchObject({
      kind: 'legal_opinion',
      caseNumber: null,
      opinionType: 'external',
      filedOn: '2024-01-08',
      decidedOn: '2024-01-19',
      result: '회신',
      closedOn: null, // the sheet has 종결일 and it is empty
    });
  });

  it('uses 청구인/피청구인 for 행정심판 rows under 원고/피고 headers', () => {
    const result = parseLedgerRows(
      sheet({
        구분: '행정심판',
        사건번호: '2024-12345',
        사건명: '영업정지처분 취소청구',
        원고: '박지훈',
        피고: '마포구청장',
        우리측지위: '피청구인',
      }),
    );
    expect(result.rows[0]?.input.parties).toEqual([
      { side: '청구인', name: '박지훈', isWard: false },
      { side: '피청구인', name: '마포구청장', isWard: true },
    ]);
    expect(result.rows[0]?.input.instance).toBeNull();
  });

  it('warns when 우리측지위 cannot say which party is the ward, and honours (우리측) markers', () => {
    const unclear = parseLedgerRows(sheet({ ...suit, 사건번호: '2024누1234', 우리측지위: '항소인' }));
    expect(unclear.warnings.map(formatLedgerIssue)).toEqual([
      '2행 우리측지위: 어느 당사자가 우리측인지 알 수 없어 표시하지 않았습니다. 우리측 당사자 이름 뒤에 (우리측)을 붙이면 표시됩니다.',
    ]);
    const marked = parseLedgerRows(
      sheet({ ...suit, 사건번호: '2024누1234', 우리측지위: '항소인', 피고: '마포구청장 (우리측)' }),
    );
    expect(marked.warnings).toEqual([]);
    expect(marked.rows[0]?.input.parties).toEqual([
      { side: '원고', name: '김민수', isWard: false },
      { side: '피고', name: '마포구청장', isWard: true },
    ]);
  });
});

describe('ledger parties and people', () => {
  it('splits names on , · and line breaks, not inside brackets', () => {
    expect(splitNames('이영호, 박순자·김철수\n최영희')).toEqual(['이영호', '박순자', '김철수', '최영희']);
    expect(splitNames('주식회사 가나(대표 김갑동, 이을동)')).toEqual(['주식회사 가나(대표 김갑동, 이을동)']);
    expect(splitNames(' , ')).toEqual([]);
  });

  it('tells firms from lawyers by name and reads 이름(소속)', () => {
    expect(
      parsePeople('attorneys', '법률사무소 새길, 김변호(합동법률사무소 정), 정담합동법률사무소').map((p) => [
        p.kind,
        p.name,
        p.organization,
      ]),
    ).toEqual([
      ['firm', '법률사무소 새길', null],
      ['lawyer', '김변호', '합동법률사무소 정'],
      ['firm', '정담합동법률사무소', null],
    ]);
  });

  const name = fc.stringMatching(/^[가-힣][가-힣 ]{0,8}[가-힣]$/);
  const kind = fc.constantFrom<CaseKind>(
    'administrative_suit',
    'civil_suit',
    'constitutional_suit',
    'family_suit',
    'administrative_appeal',
  );
  const wardSide = fc.constantFrom<WardSide | null>(null, ...WARD_SIDES.map((s) => s.code));

  it('formatParties then parseParties gives the same parties, grouped by column (property)', () => {
    fc.assert(
      fc.property(
        kind,
        wardSide,
        fc.array(fc.record({ column: fc.integer({ min: 0, max: 3 }), name, isWard: fc.boolean() }), { maxLength: 6 }),
        (k, side, raw) => {
          const sides = columnSides(k);
          const parties = raw.map((p) => ({
            side: [sides.plaintiffs, sides.defendants, '참가인', '보조참가인'][p.column] ?? '',
            name: p.name,
            isWard: p.isWard,
          }));
          // The one case markers cannot carry: a ward side given but no party flagged at all.
          fc.pre(!(side !== null && parties.length > 0 && !parties.some((p) => p.isWard)));
          const cells = formatParties(k, side, parties);
          const back = parseParties(k, side, cells).map(({ side: s, name: n, isWard }) => ({
            side: s,
            name: n,
            isWard,
          }));
          const order = (s: string) => (s === sides.plaintiffs ? 0 : s === sides.defendants ? 1 : 2);
          expect(back).toEqual([...parties].sort((a, b) => order(a.side) - order(b.side)));
        },
      ),
    );
  });
});

describe('a stored record as a ledger row', () => {
  const text = fc.stringMatching(/^[가-힣0-9][가-힣0-9 ()]{0,10}[가-힣0-9]$/).filter((s) => !s.endsWith(')'));
  const date = fc
    .integer({ min: 0, max: 20000 })
    .map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const won = fc.option(fc.integer({ min: 0, max: 10 ** 12 }));

  it('ledgerCells → parseLedgerRows gives back every stored field (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom<CaseKind>(
            'administrative_suit',
            'civil_suit',
            'administrative_appeal',
            'legal_opinion',
          ),
          serial: fc.integer({ min: 1, max: 99999 }),
          code: fc.constantFrom('구합', '누', '두', '가단', '나', '아', '카합'),
          title: text,
          court: fc.option(text),
          department: fc.option(text),
          instance: fc.option(fc.integer({ min: 1, max: 3 })),
          division: fc.option(text),
          direction: fc.option(text),
          claimAmount: won,
          costAmount: won,
          awardAmount: won,
          dates: fc.array(fc.option(date), { minLength: 4, maxLength: 4 }),
          result: fc.option(fc.constantFrom(...CASE_RESULTS)),
          memo: fc.option(text),
          question: fc.option(text),
          opinionType: fc.option(fc.constantFrom('external' as const, 'internal' as const)),
        }),
        (g) => {
          const sorted = [...g.dates].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
          const [filedOn = null, decidedOn = null, finalizedOn = null, closedOn = null] = g.dates.every(
            (d) => d !== null,
          )
            ? sorted
            : [g.dates[0] ?? null, null, null, g.dates[3] ?? null];
          const record: CaseRecord = {
            id: 1,
            kind: g.kind,
            caseNumber:
              g.kind === 'legal_opinion'
                ? null
                : g.kind === 'administrative_appeal'
                  ? `2024-${g.serial}`
                  : `2024${g.code}${g.serial}`,
            title: g.title,
            court: g.court,
            department: g.department,
            createdAt: '',
            instance: g.instance,
            parentCaseId: null,
            division: g.division,
            direction: g.direction,
            wardSide: g.kind === 'legal_opinion' ? null : 'defendant',
            claimAmount: g.claimAmount,
            filedOn,
            result: g.result,
            decidedOn,
            finalizedOn,
            closedOn,
            opinionType: g.opinionType,
            question: g.question,
            answer: null,
            costAmount: g.costAmount,
            awardAmount: g.awardAmount,
            memo: g.memo,
            updatedAt: '',
            deletedAt: null,
            parties:
              g.kind === 'legal_opinion'
                ? []
                : [{ side: columnSides(g.kind).defendants, name: '마포구청장', isWard: true }],
            people: [{ personId: 1, role: 'attorney', name: '박정의', organization: '법무법인 한결' }],
          };
          const cells = ledgerCells(record, null);
          const grid = [LEDGER_COLUMNS.map((c) => c.header), LEDGER_COLUMNS.map((c) => String(cells[c.field] ?? ''))];
          const parsed = parseLedgerRows(grid);
          expect(parsed.errors).toEqual([]);
          const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, people, ...stored } = record;
          expect(parsed.rows[0]?.input).toEqual({ ...stored, people: [] });
          expect(parsed.rows[0]?.people.map((p) => [p.role, p.name, p.organization])).toEqual(
            people.map((p) => [p.role, p.name, p.organization]),
          );
        },
      ),
    );
  });
});
