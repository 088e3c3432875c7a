// 기간 연장: a statutory period extended once, on application or ex officio (민사소송법 §402의2②: 항소이유서
// 제출기간 1개월; 행정심판법 §45① 단서: 재결기간 30일).
//
// The extension runs from the day after the original period ends. When the original last day was a Saturday or
// 공휴일, 민법 §161 had moved the original deadline to the next working day; whether the extension then runs
// from that moved day or from the calendar last day is not settled in the text, so the engine counts from the
// calendar last day — the earlier of the two results, which cannot make the team late — and says so. A court
// order usually states the new date itself; that date, when the user enters it, is the deadline.

import { daysBetween, isoWithWeekday, isIsoDate, type IsoDate } from './civil-date.ts';
import { computeDeadline, type DeadlineResult } from './compute.ts';
import { DeadlineError } from './errors.ts';
import type { HolidayCalendar } from './holidays.ts';
import { formatPeriodKo, parsePeriod } from './period.ts';

export interface PeriodExtension {
  /** As parsePeriod reads it: `1m`, `30d`. */
  readonly period: string;
  readonly statute: string;
  /** Who grants it, a noun phrase ending in a consonant (it takes 으로): `법원의 결정`, `위원장의 직권`. */
  readonly grantedBy: string;
  /** The document that states the new date, ending in a consonant or vowel alike (it takes 에): `결정`, `통지`. */
  readonly document: string;
  /** What the statute says of repeating it, e.g. `1회 한정`; absent when it says nothing. */
  readonly limit?: string;
}

/** How far past the original deadline an ordered date may lie before it is taken for a typing mistake. */
const MAX_ORDERED_DAYS_AFTER = 366;

/**
 * The deadline after one extension. `orderedUntil` is the date the court or committee wrote in its decision;
 * without it the date is computed from the rule.
 */
export function extendDeadline(
  original: DeadlineResult,
  extension: PeriodExtension,
  calendar: HolidayCalendar,
  orderedUntil?: IsoDate,
): DeadlineResult {
  if (original.direction !== 'forward')
    throw new DeadlineError('INVALID_OPTIONS', '기일로부터 거꾸로 계산하는 기한은 연장할 수 없습니다.');
  const period = formatPeriodKo(parsePeriod(extension.period));
  const computed = computeDeadline(original.rawEnd, extension.period, calendar, {
    labels: { trigger: '본래 기간의 말일', rule: '기간 연장', statute: extension.statute },
  });
  const basis = [extension.statute, extension.limit].filter(Boolean).join(', ');
  const granted = `연장: ${extension.grantedBy}으로 기간을 ${period} 연장합니다(${basis}).`;
  const provisionalYears = [...new Set([...original.provisionalYears, ...computed.provisionalYears])].sort();
  const base = {
    trigger: original.trigger,
    period: original.period,
    direction: original.direction,
    ...(original.deemedService !== undefined ? { deemedService: original.deemedService } : {}),
  };

  if (orderedUntil !== undefined) {
    if (!isIsoDate(orderedUntil))
      throw new DeadlineError('INVALID_DATE', `연장 기한은 YYYY-MM-DD 형식의 실제 날짜여야 합니다: ${orderedUntil}`);
    return {
      ...base,
      due: orderedUntil,
      rawEnd: orderedUntil,
      start: computed.start,
      shifts: [],
      provisional: false,
      provisionalYears: [],
      explanation:
        `${original.explanation} ${granted} ${extension.document}에 적힌 연장 기한은 ${isoWithWeekday(orderedUntil)}이고, ` +
        `이 날짜를 기한으로 합니다(규칙대로 계산한 날짜는 ${isoWithWeekday(computed.due)}입니다).`,
    };
  }

  const fromCalendarEnd =
    original.shifts.length > 0
      ? ` 본래 기한(${isoWithWeekday(original.due)})은 말일이 쉬는 날이어서 미루어진 날짜이고, 연장기간은 ` +
        `본래 말일(${isoWithWeekday(original.rawEnd)}) 다음 날부터 셉니다. 미루어진 날 다음 날부터 세는 것보다 ` +
        `이르거나 같은 날짜가 되어 기한을 놓치지 않는 계산입니다. ${extension.document}에 연장 기한이 적혀 있으면 ` +
        '그 날짜를 입력하십시오.'
      : '';
  return {
    ...base,
    due: computed.due,
    rawEnd: computed.rawEnd,
    start: computed.start,
    shifts: computed.shifts,
    provisional: provisionalYears.length > 0,
    provisionalYears,
    explanation: `${original.explanation} ${granted}${fromCalendarEnd} ${computed.explanation}`,
  };
}

/**
 * Checks a date typed from a decision when the extension is recorded. (Not on later recomputations: a decided
 * date stays the deadline even if a holiday added afterwards moves the original one.)
 */
export function checkOrderedExtension(orderedUntil: IsoDate, originalDue: IsoDate): void {
  if (orderedUntil <= originalDue)
    throw new DeadlineError(
      'INVALID_DATE',
      `연장 기한은 본래 기한(${isoWithWeekday(originalDue)})보다 뒤의 날짜여야 합니다.`,
    );
  if (daysBetween(originalDue, orderedUntil) > MAX_ORDERED_DAYS_AFTER)
    throw new DeadlineError(
      'INVALID_DATE',
      `연장 기한이 본래 기한보다 1년 넘게 뒤입니다. 적힌 날짜를 다시 확인하세요: ${orderedUntil}`,
    );
}
