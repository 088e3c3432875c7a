// Writes the sample 송무대장 files in test/fixtures/ledger/ (for tests, and for users to see the expected layout):
//   송무대장-예시.xlsx        a title line above the header, dates as real Excel dates and as text, money as numbers
//   송무대장-예시-cp949.csv   the same rows as Korean Windows Excel saves a plain "CSV" (CP949)
//   송무대장-오류.csv         UTF-8 with typical mistakes, one per row, for the row-error messages
// Records are invented but shaped like a 구청's real ledger (docs/cases.md). Run: node --import tsx scripts/make-sample-ledger.ts
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeCp949 } from '../electron/import/ledger-encoding.ts';

export type SampleCell = string | number | Date | null;

export const SAMPLE_TITLE = '2024년도 송무대장 (서울특별시 마포구 법무팀)';

export const SAMPLE_HEADER = [
  '연번',
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
  '소송가액(원)',
  '접수일',
  '결과',
  '선고일',
  '확정일',
  '종결일',
  '자문유형',
  '요청일',
  '회신일',
  '비고',
];

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const WARD = '서울특별시 마포구청장';
const WARD_CITY = '서울특별시 마포구';

type Row = [
  kind: string,
  number: string | null,
  court: string | null,
  title: string,
  plaintiffs: string | null,
  defendants: string | null,
  wardSide: string | null,
  department: string,
  performers: string | null,
  attorneys: string | null,
  amount: number | string | null,
  filed: SampleCell,
  result: string | null,
  decided: SampleCell,
  finalized: SampleCell,
  closed: SampleCell,
  opinionType: string | null,
  requested: SampleCell,
  answered: SampleCell,
  memo: string | null,
];

// prettier-ignore
const ROWS: Row[] = [
  ['행정소송', '2024구합51234', '서울행정법원', '영업정지처분 취소', '주식회사 한빛푸드', WARD, '피고', '위생과', '김도윤(위생과)', '최정민(법무법인 한결)', 50_000_000, d('2024-02-13'), '승소', d('2024-09-12'), d('2024-10-04'), null, null, null, null, null],
  ['행정소송', '2024누41234', '서울고등법원', '영업정지처분 취소', '주식회사 한빛푸드', WARD, '피고', '위생과', '김도윤(위생과)', '최정민(법무법인 한결)', 50_000_000, '2024.10.02', null, null, null, null, null, null, null, '항소심 진행 중'],
  ['행정소송', '2023구합70321', '서울행정법원', '건축허가취소처분 취소', '이영호, 박순자', WARD, '피고', '건축과', '이서준(건축과)', '법무법인 정담', '120,000,000원', d('2023-05-22'), '패소', d('2024-01-18'), null, null, null, null, null, null],
  ['행정소송', '2024누30555', '서울고등법원', '건축허가취소처분 취소', '이영호·박순자', `${WARD} (우리측)`, '항소인', '건축과', '이서준(건축과)', '법무법인 정담', '120,000,000원', '2024. 2. 5.', '일부승소', '2024. 10. 10.', '2024. 11. 1.', null, null, null, null, null],
  ['행정소송', '2025두10234', '대법원', '과징금부과처분 취소', '주식회사 마포물류', WARD, '피고', '교통행정과', '정하은(교통행정과)', '법무법인 한결', 30_000_000, d('2025-01-06'), null, null, null, null, null, null, null, '상고이유서 제출'],
  ['행정소송', '2024구단61234', '서울행정법원', '주차위반 과태료 부과처분 취소', '한상우', WARD, '피고', '주차관리과', '오세훈(주차관리과)', null, 80_000, d('2024-04-01'), '각하', d('2024-06-27'), d('2024-07-19'), null, null, null, null, null],
  ['행정소송', '2024구합62001', '서울행정법원', '정보공개거부처분 취소', '투명사회시민연대', WARD, '피고', '감사담당관', '윤지아(감사담당관)', '강민호(법률사무소 새길)', null, d('2024-03-18'), '취하', d('2024-05-30'), null, d('2024-05-30'), null, null, null, '원고 소 취하'],
  ['행정소송', '2024구합70845', '서울행정법원', '도로점용료 부과처분 취소', '주식회사 성산개발', WARD, '피고', '도로관리과', '장민혁(도로관리과)', '법무법인 정담', 75_400_000, '2024-06-11', '조정', '2024-11-21', null, null, null, null, null, '조정권고 수용'],
  ['행정소송', '2024아1234', '서울행정법원', '집행정지', '주식회사 한빛푸드', WARD, '피신청인', '위생과', '김도윤(위생과)', '최정민(법무법인 한결)', null, d('2024-02-13'), '기각', d('2024-02-28'), null, null, null, null, null, null],
  ['민사소송', '2023가단512345', '서울서부지방법원', '손해배상(기)', '김민지', WARD_CITY, '피고', '도로관리과', '장민혁(도로관리과)', null, 25_000_000, d('2023-08-09'), '일부승소', d('2024-03-14'), d('2024-04-05'), null, null, null, null, '보도 낙상 사고'],
  ['민사소송', '2024나12345', '서울서부지방법원', '손해배상(기)', '김민지', WARD_CITY, '피항소인', '도로관리과', '장민혁(도로관리과)', null, 25_000_000, d('2024-04-22'), null, null, null, null, null, null, null, null],
  ['민사소송', '2024가합50123', '서울서부지방법원', '부당이득금', WARD_CITY, '주식회사 망원상사', '원고', '재산관리과', '서지우(재산관리과)', '법무법인 한결', '312,450,000', d('2024-01-29'), '승소', d('2024-08-22'), d('2024-09-13'), null, null, null, null, '공유재산 무단점유 변상금'],
  ['민사소송', '2024가소301234', '서울서부지방법원', '구상금', '○○화재해상보험 주식회사', WARD_CITY, '피고', '공원녹지과', '문서연(공원녹지과)', null, 4_870_000, d('2024-05-07'), '화해', d('2024-08-01'), null, null, null, null, null, '화해권고결정 확정'],
  ['민사소송', '2024다5678', '대법원', '임대료', WARD_CITY, '정똠순', '원고', '재산관리과', '서지우(재산관리과)', '법무법인 정담', 18_600_000, d('2024-07-15'), '승소', d('2024-11-28'), d('2024-11-28'), null, null, null, null, '심리불속행 기각'],
  ['민사소송', '2023카합100', '서울서부지방법원', '부동산가압류', WARD_CITY, '주식회사 망원상사', '원고', '재산관리과', '서지우(재산관리과)', null, 312_450_000, d('2023-11-02'), '인용', d('2023-11-09'), null, null, null, null, null, null],
  ['민사소송', '2024가단203344', '서울서부지방법원', '채무부존재확인', '김햏선', WARD_CITY, '피고', '세무1과', '배준호(세무1과)', null, '9,300,000원', '2024.08.19', null, null, null, null, null, null, null, null],
  ['헌법소송', '2024헌마123', '헌법재판소', '마포구 옥외광고물 조례 위헌확인', '홍길동', WARD, '피청구인', '도시계획과', '남궁민(도시계획과)', '법무법인 한결', null, d('2024-02-20'), '기각', d('2024-12-19'), null, null, null, null, null, null],
  ['헌법소송', '2024헌바45', '헌법재판소', '지방세법 제○조 위헌소원', '주식회사 성산개발', null, null, '세무2과', null, null, null, d('2024-05-13'), null, null, null, null, null, null, null, '당해사건 2024구합70845'],
  ['행정심판', '2024-12345', '서울특별시행정심판위원회', '영업정지처분 취소청구', '박지훈', WARD, '피청구인', '위생과', '김도윤(위생과)', null, null, d('2024-03-05'), '기각', d('2024-05-02'), null, null, null, null, null, null],
  ['행정심판', '2024-20871', '서울특별시행정심판위원회', '과태료 부과처분 취소청구', '이수아', WARD, '피청구인', '주차관리과', '오세훈(주차관리과)', null, null, '2024. 6. 3.', '일부인용', '2024. 7. 25.', null, null, null, null, null, null],
  ['행정심판', '2024-05521', '중앙행정심판위원회', '정보공개거부처분 취소청구', '투명사회시민연대', WARD, '피청구인', '감사담당관', '윤지아(감사담당관)', null, null, d('2024-02-14'), '인용', d('2024-04-11'), null, null, null, null, null, '재결 취지대로 공개'],
  ['행정심판', '2024-31002', '서울특별시행정심판위원회', '건축신고 반려처분 취소청구', '최가람', WARD, '피청구인', '건축과', '이서준(건축과)', null, null, d('2024-10-28'), null, null, null, null, null, null, null, '답변서 제출 완료'],
  ['행정심판', '2024-16003', '서울특별시행정심판위원회', '영업신고 수리거부처분 취소청구', '김하늘', WARD, '피청구인', '위생과', '김도윤(위생과)', null, null, d('2024-04-15'), '각하', d('2024-06-13'), null, null, null, null, null, '청구기간 경과'],
  ['법률자문', null, null, '공유재산 사용허가 갱신 가능 여부', null, null, null, '재산관리과', null, null, null, null, '회신', null, null, null, '외부', d('2024-01-08'), d('2024-01-19'), '고문변호사 자문'],
  ['법률자문', null, null, '주민참여예산 위원 위촉 절차', null, null, null, '기획예산과', null, null, null, null, '회신', null, null, null, '내부', '2024.03.04', '2024.03.08', null],
  ['법률자문', null, null, '공사 지체상금 감면 가능 여부', null, null, null, '재무과', null, null, null, null, null, null, null, null, '외부', '2024. 11. 25.', null, '회신 대기'],
  ['법률자문', null, null, '개인정보 제3자 제공 동의서 양식 검토', null, null, null, '민원여권과', null, null, null, null, '회신', null, null, null, '내부', d('2024-06-17'), d('2024-06-20'), null],
  ['법률자문', null, null, '체육시설 위탁협약 해지 요건', null, null, null, '체육진흥과', null, null, null, null, '회신', null, null, null, '외부', d('2024-09-02'), d('2024-09-13'), '자문료 30만원'],
  ['민사소송', '2024가합61230', '서울서부지방법원', '공사대금', '주식회사 한강건설', WARD_CITY, '피고', '재무과', '고은채(재무과)', '법무법인 정담', 1_250_000_000, d('2024-09-30'), null, null, null, null, null, null, null, '변론기일 2025-02-13'],
  ['행정소송', '2022구합88001', '서울행정법원', '변상금부과처분 취소', '이도현', WARD, '피고', '재산관리과', '서지우(재산관리과)', '법무법인 한결', 42_100_000, d('2022-10-11'), '패소', d('2023-06-15'), d('2023-07-07'), d('2023-08-31'), null, null, null, '소송비용 회수 완료 후 종결'],
];

function toCells(row: Row, index: number): SampleCell[] {
  return [index + 1, ...row];
}

export const SAMPLE_ROWS: SampleCell[][] = ROWS.map(toCells);

/** Rows with one typical mistake each, and the row numbers (as in the error CSV) they land on. */
export const ERROR_ROWS: SampleCell[][] = [
  toCells(ROWS[0] as Row, 0),
  [
    '2',
    '행정소송',
    '2024구합',
    '서울행정법원',
    '영업정지처분 취소',
    '홍길동',
    WARD,
    '피고',
    '위생과',
    null,
    null,
    null,
    '2024-03-02',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    '3',
    '형사소송',
    '2024고단1234',
    '서울서부지방법원',
    '업무방해',
    null,
    null,
    null,
    '총무과',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    '4',
    '민사소송',
    '2024가단1111',
    '서울서부지방법원',
    '',
    '김민지',
    WARD_CITY,
    '피고',
    '도로관리과',
    null,
    null,
    null,
    '2024-02-30',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    '5',
    '민사소송',
    '2024가단2222',
    '서울서부지방법원',
    '손해배상(기)',
    '김민지',
    WARD_CITY,
    '피고',
    '도로관리과',
    null,
    null,
    '오천만원',
    '2024-02-01',
    '일부패소',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    '6',
    '행정소송',
    '2024구합51234',
    '서울행정법원',
    '영업정지처분 취소(중복 입력)',
    '주식회사 한빛푸드',
    WARD,
    '피고',
    '위생과',
    null,
    null,
    null,
    '2024-02-13',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    '7',
    '행정심판',
    '2024/777',
    '서울특별시행정심판위원회',
    '과징금 부과처분 취소청구',
    '이수아',
    WARD,
    '피청구인',
    '위생과',
    null,
    null,
    null,
    '2024.05.10',
    '인용',
    '2024.04.01',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
];

function cellText(cell: SampleCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** RFC 4180 CSV with CRLF line ends, as Excel writes it. */
export function toCsv(rows: readonly (readonly SampleCell[])[]): string {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map((c) => quote(cellText(c))).join(',')).join('\r\n') + '\r\n';
}

/** A workbook with one sheet: optional title line and a blank line, then header and rows. */
export async function ledgerWorkbook(
  header: readonly string[],
  rows: readonly (readonly SampleCell[])[],
  title?: string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'LexDesk';
  book.created = new Date('2025-01-31T00:00:00Z');
  book.modified = book.created;
  const sheet = book.addWorksheet('송무대장');
  if (title !== undefined) {
    sheet.addRow([title]).font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, header.length);
    sheet.addRow([]);
  }
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow([...row]);
    added.eachCell((cell, column) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      else if (typeof cell.value === 'number' && column > 1) cell.numFmt = '#,##0';
    });
  }
  header.forEach((_, i) => {
    sheet.getColumn(i + 1).width = i === 4 ? 32 : 14;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function writeSampleLedgers(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files = {
    xlsx: join(dir, '송무대장-예시.xlsx'),
    cp949: join(dir, '송무대장-예시-cp949.csv'),
    errors: join(dir, '송무대장-오류.csv'),
  };
  writeFileSync(files.xlsx, await ledgerWorkbook(SAMPLE_HEADER, SAMPLE_ROWS, SAMPLE_TITLE));
  writeFileSync(files.cp949, encodeCp949(toCsv([[SAMPLE_TITLE], SAMPLE_HEADER, ...SAMPLE_ROWS])));
  writeFileSync(files.errors, `\ufeff${toCsv([SAMPLE_HEADER, ...ERROR_ROWS])}`);
  return Object.values(files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = resolve(import.meta.dirname, '../test/fixtures/ledger');
  for (const file of await writeSampleLedgers(dir)) console.log(`wrote ${file}`);
}
