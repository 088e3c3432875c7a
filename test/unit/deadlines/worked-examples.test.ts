// Worked examples computed by hand from the statute text, before running the code.
//
// 민법 §157 초일불산입 (단서: 0시 시작이면 초일 산입) · §159 일 단위는 말일 종료로 만료 ·
// §160 주·월·연은 역에 의하여 계산, 최후의 주·월·연에서 기산일에 해당한 날의 전일로 만료(②),
// 해당일이 없으면 그 월의 말일로 만료(③) · §161 말일이 토요일 또는 공휴일이면 그 익일로 만료.
// Holidays: the bundled official table (2018–2027) as published in the 월력요항.

import { describe, expect, it } from 'vitest';
import {
  computeDeadline,
  createHolidayCalendar,
  DeadlineError,
  defaultHolidayCalendar,
  type DeadlineResult,
} from '../../../shared/deadlines/index.ts';

const calendar = defaultHolidayCalendar();
const dueOf = (r: DeadlineResult) => ({ rawEnd: r.rawEnd, due: r.due, shifts: r.shifts.map((s) => [s.from, s.to]) });

describe('worked examples (민법 §157–§161)', () => {
  it('판결 송달 2024-09-13(금) + 항소 2주: 추석 연휴는 기간 중간이라 영향 없음', () => {
    // Trigger Fri 2024-09-13. §157: start Sat 09-14. §160②: the day in the 2nd week corresponding to the start
    // (Saturday) is 09-28; the period ends the day before, Fri 09-27. 추석 (09-16..18) lies inside the period and
    // does not matter: §161 looks only at the last day. 09-27 is a working Friday → due 2024-09-27, no shift.
    const r = computeDeadline('2024-09-13', '2w', calendar, {
      labels: { trigger: '판결 송달', rule: '항소', statute: '민사소송법 §396' },
    });
    expect(r).toMatchObject({
      start: '2024-09-14',
      rawEnd: '2024-09-27',
      due: '2024-09-27',
      shifts: [],
      provisional: false,
    });
    expect(r.explanation).toContain('2024-09-13(금) 판결 송달');
    expect(r.explanation).toContain('민사소송법 §396');
    expect(r.explanation).toContain('초일불산입');
    expect(r.explanation).toContain('2024-09-27(금)');
  });

  it('1/31 + 1개월, 평년: 2025-02-28', () => {
    // Trigger 2025-01-31 → start 02-01. Last month is reached at 03-01 (the day corresponding to the 1st);
    // the period ends the day before: 2025-02-28 (Fri, working) → due 2025-02-28.
    expect(dueOf(computeDeadline('2025-01-31', '1m', calendar))).toEqual({
      rawEnd: '2025-02-28',
      due: '2025-02-28',
      shifts: [],
    });
  });

  it('1/31 + 1개월, 윤년: 2024-02-29', () => {
    // Trigger 2024-01-31 → start 02-01 → corresponding day 03-01 → ends 02-29 (Thu, working; 2024 is a leap year).
    expect(dueOf(computeDeadline('2024-01-31', '1m', calendar))).toEqual({
      rawEnd: '2024-02-29',
      due: '2024-02-29',
      shifts: [],
    });
  });

  it('1/30 + 1개월: 해당일(2월 31일)이 없어 2월 말일 (§160③)', () => {
    // Trigger 2025-01-30 → start 01-31. The last month (February) has no 31st → §160③: last day of that month,
    // 2025-02-28 (Fri) → due 2025-02-28.
    const r = computeDeadline('2025-01-30', '1m', calendar);
    expect(dueOf(r)).toEqual({ rawEnd: '2025-02-28', due: '2025-02-28', shifts: [] });
    expect(r.explanation).toContain('§160③');
  });

  it('2/28 (평년, 월말) + 1개월: 3월 1일부터 기산하므로 3월 전체, 2025-03-31', () => {
    // Trigger 2025-02-28 → start 03-01, the beginning of a month, so §160① counts the calendar month: the
    // corresponding day in the last month is 04-01 and the period ends the day before, Mon 2025-03-31
    // (not 03-28: the day number of the trigger does not matter, the first counted day does).
    expect(dueOf(computeDeadline('2025-02-28', '1m', calendar))).toEqual({
      rawEnd: '2025-03-31',
      due: '2025-03-31',
      shifts: [],
    });
  });

  it('2024-02-29 + 1년: 2025-02-28', () => {
    // Trigger 2024-02-29 → start 2024-03-01. One year on, the corresponding day is 2025-03-01; the period ends the
    // day before: 2025-02-28 (Fri, working) → due 2025-02-28.
    expect(dueOf(computeDeadline('2024-02-29', '1y', calendar))).toEqual({
      rawEnd: '2025-02-28',
      due: '2025-02-28',
      shifts: [],
    });
  });

  it('0시 시작 2024-02-29 + 1년: 초일 산입, 2025-02-29가 없어 2월 말일', () => {
    // §157 단서: the period starts at 0시 of 2024-02-29, which counts. Corresponding day 2025-02-29 does not exist →
    // §160③ last day of February 2025: 2025-02-28 (Fri).
    const r = computeDeadline('2024-02-29', '1y', calendar, { startsAtMidnight: true });
    expect(r).toMatchObject({ start: '2024-02-29', rawEnd: '2025-02-28', due: '2025-02-28' });
    expect(r.explanation).toContain('§157 단서');
  });

  it('0시 시작 (공시송달 효력 발생 2021-10-01 0시) + 2주 = 2021-10-14', () => {
    // 공시송달 sent 2021-09-30 takes effect 2021-10-01 0시; §157 단서 counts 10-01. Corresponding day 10-15 (Fri),
    // ends Thu 10-14 (working) → due 2021-10-14.
    expect(computeDeadline('2021-10-01', '2w', calendar, { startsAtMidnight: true })).toMatchObject({
      start: '2021-10-01',
      rawEnd: '2021-10-14',
      due: '2021-10-14',
    });
  });

  it('30일 기간의 말일이 2025년 설 연휴 앞 토요일: 토·일·임시공휴일·설 3일을 지나 2025-01-31', () => {
    // Trigger Thu 2024-12-26 → start 12-27; 30th day = 12-27 + 29 = 2025-01-25 (Sat).
    // §161 moves it day by day: 01-25 토요일 → 01-26 일요일 → 01-27 임시공휴일 → 01-28 설날 전날 → 01-29 설날 →
    // 01-30 설날 다음 날 → 01-31 (Fri, working). due 2025-01-31, six shifts.
    const r = computeDeadline('2024-12-26', '30d', calendar);
    expect(r.rawEnd).toBe('2025-01-25');
    expect(r.due).toBe('2025-01-31');
    expect(r.shifts.map((s) => s.reason)).toEqual([
      '2025-01-25 토요일',
      '2025-01-26 일요일',
      '2025-01-27 임시공휴일',
      '2025-01-28 설날 전날',
      '2025-01-29 설날',
      '2025-01-30 설날 다음 날',
    ]);
    expect(r.shifts[0]).toEqual({ from: '2025-01-25', to: '2025-01-26', reason: '2025-01-25 토요일' });
  });

  it('30일 기간의 말일이 설날 당일(2025-01-29)', () => {
    // Trigger 2024-12-30 → start 12-31; 30th day = 2025-01-29 (설날, Wed) → 01-30 설날 다음 날 → 01-31 (Fri).
    const r = computeDeadline('2024-12-30', '30d', calendar);
    expect(dueOf(r)).toEqual({
      rawEnd: '2025-01-29',
      due: '2025-01-31',
      shifts: [
        ['2025-01-29', '2025-01-30'],
        ['2025-01-30', '2025-01-31'],
      ],
    });
  });

  it('말일이 대체공휴일(어린이날) 2024-05-06(월) → 2024-05-07', () => {
    // Trigger Mon 2024-04-22 + 2주 → start Tue 04-23 → corresponding day Tue 05-07 → ends Mon 05-06, which is
    // 대체공휴일(어린이날) (어린이날 05-05 fell on a Sunday) → §161 → Tue 05-07.
    const r = computeDeadline('2024-04-22', '2w', calendar);
    expect(dueOf(r)).toEqual({ rawEnd: '2024-05-06', due: '2024-05-07', shifts: [['2024-05-06', '2024-05-07']] });
    expect(r.shifts[0]?.reason).toBe('2024-05-06 대체공휴일(어린이날)');
  });

  it('말일이 대체공휴일(3ㆍ1절) 2025-03-03(월) → 2025-03-04', () => {
    // Trigger Sat 2025-02-01 → start 02-02; 30th day = 02-02 + 29 = 03-03 (February 2025 has 28 days).
    // 03-03 is 대체공휴일(3ㆍ1절) (03-01 was a Saturday) → Tue 03-04.
    expect(dueOf(computeDeadline('2025-02-01', '30d', calendar))).toEqual({
      rawEnd: '2025-03-03',
      due: '2025-03-04',
      shifts: [['2025-03-03', '2025-03-04']],
    });
  });

  it('연도 경계 2024-12-20 + 14일 = 2025-01-03', () => {
    // Trigger Fri 2024-12-20 → start 12-21; 14th day = 12-21 + 13 = 2025-01-03 (Fri, working). 성탄절 and 1월 1일
    // lie inside the period and do not matter.
    expect(dueOf(computeDeadline('2024-12-20', '14d', calendar))).toEqual({
      rawEnd: '2025-01-03',
      due: '2025-01-03',
      shifts: [],
    });
  });

  it('연도 경계 2025-12-20 + 14일: 말일 2026-01-03(토) → 2026-01-05(월)', () => {
    // Trigger Sat 2025-12-20 → start 12-21; 14th day = 2026-01-03 (Sat) → 01-04 (Sun) → Mon 2026-01-05.
    expect(dueOf(computeDeadline('2025-12-20', '14d', calendar))).toEqual({
      rawEnd: '2026-01-03',
      due: '2026-01-05',
      shifts: [
        ['2026-01-03', '2026-01-04'],
        ['2026-01-04', '2026-01-05'],
      ],
    });
  });

  it('말일이 토요일 → 월요일: 2024-11-02 + 14일', () => {
    // Trigger Sat 2024-11-02 → start 11-03; 14th day = 11-16 (Sat) → 11-17 (Sun) → Mon 11-18.
    const r = computeDeadline('2024-11-02', '14d', calendar);
    expect(dueOf(r)).toEqual({
      rawEnd: '2024-11-16',
      due: '2024-11-18',
      shifts: [
        ['2024-11-16', '2024-11-17'],
        ['2024-11-17', '2024-11-18'],
      ],
    });
    expect(r.shifts.map((s) => s.reason)).toEqual(['2024-11-16 토요일', '2024-11-17 일요일']);
  });

  it('말일이 토요일이고 월요일이 공휴일 → 화요일: 2023-09-23 + 2주', () => {
    // Trigger Sat 2023-09-23 → start Sun 09-24 → corresponding day Sun 10-08 → ends Sat 10-07.
    // 10-07 토요일 → 10-08 일요일 → 10-09 한글날 (Mon) → Tue 2023-10-10.
    const r = computeDeadline('2023-09-23', '2w', calendar);
    expect(dueOf(r)).toEqual({
      rawEnd: '2023-10-07',
      due: '2023-10-10',
      shifts: [
        ['2023-10-07', '2023-10-08'],
        ['2023-10-08', '2023-10-09'],
        ['2023-10-09', '2023-10-10'],
      ],
    });
    expect(r.shifts[2]?.reason).toBe('2023-10-09 한글날');
  });

  it('말일이 토요일, 일요일 어린이날, 월요일 대체공휴일 → 화요일: 2024-04-20 + 2주', () => {
    // Trigger Sat 2024-04-20 → start Sun 04-21 → corresponding Sun 05-05 → ends Sat 05-04.
    // 05-04 토요일 → 05-05 어린이날(일요일) → 05-06 대체공휴일(어린이날) → Tue 05-07.
    const r = computeDeadline('2024-04-20', '2w', calendar);
    expect(r.rawEnd).toBe('2024-05-04');
    expect(r.due).toBe('2024-05-07');
    expect(r.shifts.map((s) => s.reason)).toEqual([
      '2024-05-04 토요일',
      '2024-05-05 어린이날(일요일)',
      '2024-05-06 대체공휴일(어린이날)',
    ]);
  });

  it('말일이 토요일이고 이어서 추석 연휴: 2024-08-31 + 2주 = 2024-09-19', () => {
    // Trigger Sat 2024-08-31 → start 09-01 → corresponding 09-15 → ends Sat 09-14.
    // 09-14 토 → 09-15 일 → 09-16 추석 전날 → 09-17 추석 → 09-18 추석 다음 날 → Thu 09-19.
    const r = computeDeadline('2024-08-31', '2w', calendar);
    expect(r.rawEnd).toBe('2024-09-14');
    expect(r.due).toBe('2024-09-19');
    expect(r.shifts).toHaveLength(5);
  });

  it('개천절 2024-10-03(목) → 2024-10-04 (cases.md 예시)', () => {
    // Trigger Thu 2024-09-19 → start 09-20; 14th day = 10-03 개천절 (Thu) → Fri 10-04.
    const r = computeDeadline('2024-09-19', '14d', calendar);
    expect(dueOf(r)).toEqual({ rawEnd: '2024-10-03', due: '2024-10-04', shifts: [['2024-10-03', '2024-10-04']] });
    expect(r.shifts[0]?.reason).toBe('2024-10-03 개천절');
    expect(r.explanation).toContain('2024-10-03 개천절 → 2024-10-04(금)');
  });

  it('개천절부터 한글날까지 이어진 2025년 10월 연휴: 2025-09-19 + 14일 = 2025-10-10', () => {
    // Trigger Fri 2025-09-19 → start 09-20; 14th day = 10-03 개천절 (Fri). Then 10-04 토, 10-05 추석 전날(일),
    // 10-06 추석, 10-07 추석 다음 날, 10-08 대체공휴일(추석) (the run touched a Sunday), 10-09 한글날 →
    // Fri 2025-10-10. Seven shifts.
    const r = computeDeadline('2025-09-19', '14d', calendar);
    expect(r.rawEnd).toBe('2025-10-03');
    expect(r.due).toBe('2025-10-10');
    expect(r.shifts.map((s) => s.reason)).toEqual([
      '2025-10-03 개천절',
      '2025-10-04 토요일',
      '2025-10-05 추석 전날(일요일)',
      '2025-10-06 추석',
      '2025-10-07 추석 다음 날',
      '2025-10-08 대체공휴일(추석)',
      '2025-10-09 한글날',
    ]);
  });

  it('한글날 2024-10-09(수) → 2024-10-10', () => {
    // Trigger Wed 2024-09-25 + 2주 → start Thu 09-26 → corresponding Thu 10-10 → ends Wed 10-09 한글날 → Thu 10-10.
    expect(dueOf(computeDeadline('2024-09-25', '2w', calendar))).toEqual({
      rawEnd: '2024-10-09',
      due: '2024-10-10',
      shifts: [['2024-10-09', '2024-10-10']],
    });
  });
});

describe('전자송달 (민사소송 등에서의 전자문서 이용 등에 관한 법률 §11④)', () => {
  it('통지 2024-09-02(월): 송달간주 09-09, 항소 2주 말일 09-23', () => {
    // Notice Mon 09-02. The week runs from 0시 of 09-03 (§157) for 7 days → its last day is Mon 09-09 = deemed
    // service. The appeal period starts the next day, Tue 09-10 (초일불산입); corresponding day Tue 09-24 → ends
    // Mon 09-23 (working) → due 2024-09-23.
    const r = computeDeadline('2024-09-02', '2w', calendar, { electronicNotice: true });
    expect(r).toMatchObject({
      deemedService: '2024-09-09',
      start: '2024-09-10',
      rawEnd: '2024-09-23',
      due: '2024-09-23',
    });
    expect(r.explanation).toContain('§11④');
    expect(r.explanation).toContain('송달간주일은 2024-09-09(월)');
  });

  it('송달간주일이 추석이어도 §161로 미루지 않음: 통지 2024-09-10 → 간주 09-17 → 기한 10-02', () => {
    // Notice Tue 09-10 → deemed service Tue 09-17 (추석). Not extended (see compute.ts: the 1-week is a fiction of
    // service, and not extending it can only make the deadline earlier). Start Wed 09-18; 2주 → corresponding
    // Wed 10-02 → ends Tue 10-01, the 2024 임시공휴일 (국군의 날) → Wed 10-02.
    // (Extending the deemed service to 09-19 would have given 10-03 개천절 → 10-04: two days later.)
    const r = computeDeadline('2024-09-10', '2w', calendar, { electronicNotice: true });
    expect(r).toMatchObject({
      deemedService: '2024-09-17',
      start: '2024-09-18',
      rawEnd: '2024-10-01',
      due: '2024-10-02',
    });
    expect(r.shifts).toEqual([{ from: '2024-10-01', to: '2024-10-02', reason: '2024-10-01 임시공휴일' }]);
  });

  it('equals counting from the deemed-service date + 1 with the first day included (courts’ "0시" phrasing)', () => {
    const viaNotice = computeDeadline('2024-09-02', '2w', calendar, { electronicNotice: true });
    const viaMidnight = computeDeadline('2024-09-10', '2w', calendar, { startsAtMidnight: true });
    expect(viaNotice.due).toBe(viaMidnight.due);
  });
});

describe('backward (준비서면: 변론기일 7일 전까지, 민사소송규칙 §69의3)', () => {
  it('월요일 기일 2024-10-14 → 7일 전 2024-10-07(월), 이동 없음', () => {
    // Hearing Mon 10-14 is not counted; counting back from Sun 10-13 (day 1) the 7th day is Mon 10-07 (working).
    const r = computeDeadline('2024-10-14', '7d', calendar, { backward: true });
    expect(r).toMatchObject({
      start: '2024-10-13',
      rawEnd: '2024-10-07',
      due: '2024-10-07',
      shifts: [],
      direction: 'backward',
    });
  });

  it('목표일이 개천절 2024-10-03 → 앞당겨 10-02', () => {
    // Hearing Thu 10-10 → target Thu 10-03 개천절 → previous day Wed 10-02 (working). Earlier, never later: a later
    // day would leave fewer than 7 days before the hearing.
    const r = computeDeadline('2024-10-10', '7d', calendar, { backward: true });
    expect(r.shifts).toEqual([{ from: '2024-10-03', to: '2024-10-02', reason: '2024-10-03 개천절' }]);
    expect(r.due).toBe('2024-10-02');
    expect(r.explanation).toContain('앞당깁니다');
  });

  it('목표일이 추석 연휴 끝날 → 추석·주말을 지나 앞 금요일', () => {
    // Hearing Wed 2024-09-25 → target Wed 09-18 추석 다음 날 → 09-17 추석 → 09-16 추석 전날 → 09-15 일 → 09-14 토 →
    // Fri 2024-09-13.
    const r = computeDeadline('2024-09-25', '7d', calendar, { backward: true });
    expect(r.rawEnd).toBe('2024-09-18');
    expect(r.due).toBe('2024-09-13');
    expect(r.shifts.map((s) => s.to)).toEqual(['2024-09-17', '2024-09-16', '2024-09-15', '2024-09-14', '2024-09-13']);
  });

  it('months backward: a missing day moves to the month end (earlier)', () => {
    // Hearing 2025-03-31, 1개월 before → 2025-02-31 does not exist → 2025-02-28 (Fri).
    expect(computeDeadline('2025-03-31', '1m', calendar, { backward: true })).toMatchObject({
      rawEnd: '2025-02-28',
      due: '2025-02-28',
    });
  });
});

describe('provisional years (no official data)', () => {
  it('2027-12-20 + 14일 = 2028-01-03: 2028년은 자료가 없어 미확정', () => {
    // 12-21 + 13 = 2028-01-03 (Mon). 2028 is past the bundled table (2018–2027), so the result is flagged.
    const r = computeDeadline('2027-12-20', '14d', calendar);
    expect(r).toMatchObject({ rawEnd: '2028-01-03', due: '2028-01-03', provisional: true, provisionalYears: [2028] });
    expect(r.explanation).toContain('미확정');
  });

  it('2028 추석 (음력 8/15 = 10-03, 개천절과 겹침): 2028-09-20 + 14일 → 2028-10-06 (미확정)', () => {
    // Lunar 2028-08-15 = 2028-10-03 (Tue), also 개천절 → run 10-02..10-04 and one 대체공휴일 on Thu 10-05.
    // 14th day = 10-04 (추석 다음 날) → 10-05 대체공휴일 → Fri 10-06.
    const r = computeDeadline('2028-09-20', '14d', calendar);
    expect(r).toMatchObject({ rawEnd: '2028-10-04', due: '2028-10-06', provisional: true });
    expect(r.shifts.map((s) => s.reason)).toEqual([
      '2028-10-04 추석 다음 날 (미확정)',
      '2028-10-05 대체공휴일(추석) (미확정)',
    ]);
  });

  it('within official years is not provisional', () => {
    expect(computeDeadline('2027-12-01', '14d', calendar).provisional).toBe(false);
  });

  it('a year with no data at all is refused, never computed silently', () => {
    const noProvisional = createHolidayCalendar([], { provisional: () => null });
    expect(() => computeDeadline('2024-09-13', '2w', noProvisional)).toThrow(DeadlineError);
    expect(() => computeDeadline('2024-09-13', '2w', noProvisional)).toThrow(/2024년의 공휴일 자료가 없어/);
    // Beyond the lunar table (2050) even the default calendar refuses.
    expect(() => computeDeadline('2051-03-02', '14d', calendar)).toThrow(/2051년/);
  });
});

describe('input errors (Korean messages)', () => {
  it('rejects a date that does not exist', () => {
    expect(() => computeDeadline('2024-02-30', '2w', calendar)).toThrow(/2024-02-30.*올바르지 않습니다/);
    expect(() => computeDeadline('2023-02-29', '2w', calendar)).toThrow(DeadlineError);
    expect(() => computeDeadline('2024-9-13', '2w', calendar)).toThrow(/YYYY-MM-DD/);
  });

  it('rejects a period it cannot read', () => {
    for (const bad of ['3x', '0d', '', 'd', '-1d', '1.5m', '2 weeks']) {
      expect(() => computeDeadline('2024-09-13', bad, calendar), bad).toThrow(/기간 .*이해할 수 없습니다/);
    }
  });

  it('rejects contradictory options', () => {
    expect(() => computeDeadline('2024-09-13', '7d', calendar, { backward: true, electronicNotice: true })).toThrow(
      /역산/,
    );
  });
});
