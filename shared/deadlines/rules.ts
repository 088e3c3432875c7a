// The deadline rules of cases.md §2: which event starts which period, under which statute.
// Periods are computed by compute.ts (민법 §155–§161); this table only says what to compute.

import type { IsoDate } from './civil-date.ts';
import { computeDeadline, type DeadlineResult, type Direction } from './compute.ts';
import { DeadlineError } from './errors.ts';
import { extendDeadline, type PeriodExtension } from './extension.ts';
import type { HolidayCalendar } from './holidays.ts';

export interface EventKindInfo {
  /** Korean name shown to users. */
  readonly name: string;
  /** The event is a 송달/통지 that may be made by 전자송달 (so the electronicNotice option makes sense). */
  readonly service: boolean;
}

export const EVENT_KINDS = {
  'complaint-served': { name: '소장 부본 송달', service: true },
  'judgment-served-first-instance': { name: '제1심 판결 송달', service: true },
  'judgment-served-appellate': { name: '항소심 판결 송달', service: true },
  'appeal-record-notice': { name: '항소기록접수통지', service: true },
  'final-appeal-record-notice': { name: '상고기록접수통지', service: true },
  'decision-notified': { name: '결정·명령 고지', service: true },
  hearing: { name: '변론기일', service: false },
  'disposition-known': { name: '처분이 있음을 안 날', service: false },
  'disposition-made': { name: '처분이 있은 날', service: false },
  'adjudication-served': { name: '행정심판 재결서 정본 송달', service: true },
  'admin-appeal-received': { name: '행정심판 청구서 접수', service: false },
  'judgment-final': { name: '판결 확정', service: false },
  'advice-requested': { name: '법률자문 요청', service: false },
} as const satisfies Record<string, EventKindInfo>;

export type EventKind = keyof typeof EVENT_KINDS;

/** The kind of matter a rule belongs to (cases.md §1). */
export type MatterKind = 'litigation' | 'admin-appeal' | 'advisory';

/**
 * peremptory — 불변기간: cannot be shortened or extended by the court; missing it loses the remedy.
 * statutory  — a period set by statute or court rule (some extendable).
 * internal   — the team's own target (내부 지침).
 */
export type RuleBinding = 'peremptory' | 'statutory' | 'internal';

export interface DeadlineRule {
  readonly id: string;
  /** Korean name of the act due, e.g. `항소장 제출`. */
  readonly name: string;
  readonly trigger: EventKind;
  /** As parsePeriod reads it: `30d`, `2w`, `1y`. */
  readonly period: string;
  readonly statute: string;
  readonly direction: Direction;
  readonly matter: MatterKind;
  readonly binding: RuleBinding;
  /** The rule applies only to matters started on or after this date (see note). */
  readonly appliesFrom?: IsoDate;
  /** The period may be extended once (see extension.ts). */
  readonly extension?: PeriodExtension;
  readonly note?: string;
}

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'answer-brief',
    name: '답변서 제출',
    trigger: 'complaint-served',
    period: '30d',
    statute: '민사소송법 §256①',
    direction: 'forward',
    matter: 'litigation',
    binding: 'statutory',
    note: '기간 내 답변서를 내지 않으면 무변론 판결될 수 있음(§257). 행정소송에도 준용(행정소송법 §8②).',
  },
  {
    id: 'appeal',
    name: '항소장 제출',
    trigger: 'judgment-served-first-instance',
    period: '2w',
    statute: '민사소송법 §396',
    direction: 'forward',
    matter: 'litigation',
    binding: 'peremptory',
    note: '불변기간(§396②). 판결 송달 전에도 항소할 수 있음.',
  },
  {
    id: 'appeal-brief',
    name: '항소이유서 제출',
    trigger: 'appeal-record-notice',
    period: '40d',
    statute: '민사소송법 §402의2',
    direction: 'forward',
    matter: 'litigation',
    binding: 'statutory',
    appliesFrom: '2025-03-01',
    extension: {
      period: '1m',
      statute: '민사소송법 §402의2②',
      grantedBy: '항소인의 신청에 따른 법원의 결정',
      document: '결정',
      limit: '1회 한정',
    },
    note: '2025-03-01 이후 제기된 항소에 적용. 신청으로 1회에 한하여 1개월 연장 가능(§402의2②).',
  },
  {
    id: 'final-appeal',
    name: '상고장 제출',
    trigger: 'judgment-served-appellate',
    period: '2w',
    statute: '민사소송법 §425, §396',
    direction: 'forward',
    matter: 'litigation',
    binding: 'peremptory',
    note: '불변기간(§425, §396②).',
  },
  {
    id: 'final-appeal-brief',
    name: '상고이유서 제출',
    trigger: 'final-appeal-record-notice',
    period: '20d',
    statute: '민사소송법 §427',
    direction: 'forward',
    matter: 'litigation',
    binding: 'statutory',
    note: '기간 내 제출하지 않으면 상고 기각(§429).',
  },
  {
    id: 'immediate-appeal',
    name: '즉시항고',
    trigger: 'decision-notified',
    period: '1w',
    statute: '민사소송법 §444',
    direction: 'forward',
    matter: 'litigation',
    binding: 'peremptory',
    note: '불변기간(§444②).',
  },
  {
    id: 'preparatory-brief',
    name: '준비서면 제출',
    trigger: 'hearing',
    period: '7d',
    statute: '민사소송규칙 §69의3',
    direction: 'backward',
    matter: 'litigation',
    binding: 'statutory',
    note: '새로운 공격방어방법을 담은 준비서면은 변론기일 7일 전까지 제출. 목표일이 쉬는 날이면 앞 근무일로 당김.',
  },
  {
    id: 'revocation-suit',
    name: '취소소송 제기',
    trigger: 'disposition-known',
    period: '90d',
    statute: '행정소송법 §20①',
    direction: 'forward',
    matter: 'litigation',
    binding: 'peremptory',
    note: '불변기간(§20③). 처분이 있은 날부터 1년(§20②)도 함께 확인.',
  },
  {
    id: 'revocation-suit-outer',
    name: '취소소송 제기(처분일 기준)',
    trigger: 'disposition-made',
    period: '1y',
    statute: '행정소송법 §20②',
    direction: 'forward',
    matter: 'litigation',
    binding: 'statutory',
    note: '정당한 사유가 있으면 예외(§20② 단서).',
  },
  {
    id: 'revocation-suit-after-appeal',
    name: '취소소송 제기(재결 후)',
    trigger: 'adjudication-served',
    period: '90d',
    statute: '행정소송법 §20① 단서',
    direction: 'forward',
    matter: 'litigation',
    binding: 'peremptory',
    note: '행정심판을 거친 경우 재결서 정본을 송달받은 날부터 기산.',
  },
  {
    id: 'admin-appeal-claim',
    name: '행정심판 청구',
    trigger: 'disposition-known',
    period: '90d',
    statute: '행정심판법 §27①',
    direction: 'forward',
    matter: 'admin-appeal',
    binding: 'peremptory',
    note: '불변기간(§27④). 처분이 있었던 날부터 180일(§27③)도 함께 확인.',
  },
  {
    id: 'admin-appeal-claim-outer',
    name: '행정심판 청구(처분일 기준)',
    trigger: 'disposition-made',
    period: '180d',
    statute: '행정심판법 §27③',
    direction: 'forward',
    matter: 'admin-appeal',
    binding: 'statutory',
    note: '정당한 사유가 있으면 예외(§27③ 단서).',
  },
  {
    id: 'admin-appeal-answer',
    name: '행정심판 답변서 제출',
    trigger: 'admin-appeal-received',
    period: '10d',
    statute: '행정심판법 §24',
    direction: 'forward',
    matter: 'admin-appeal',
    binding: 'statutory',
    note: '피청구인이 심판청구서를 접수하거나 송부받은 날부터.',
  },
  {
    id: 'admin-appeal-decision',
    name: '재결',
    trigger: 'admin-appeal-received',
    period: '60d',
    statute: '행정심판법 §45',
    extension: { period: '30d', statute: '행정심판법 §45① 단서', grantedBy: '위원장의 직권', document: '통지' },
    direction: 'forward',
    matter: 'admin-appeal',
    binding: 'statutory',
    note: '피청구인 또는 위원회가 심판청구서를 받은 날부터. 위원장 직권으로 30일 연장 가능(§45① 단서).',
  },
  {
    id: 'cost-recovery',
    name: '소송비용액 확정 신청·회수',
    trigger: 'judgment-final',
    period: '30d',
    statute: '내부 지침',
    direction: 'forward',
    matter: 'litigation',
    binding: 'internal',
  },
  {
    id: 'advice-reply',
    name: '자문 회신',
    trigger: 'advice-requested',
    period: '14d',
    statute: '내부 지침',
    direction: 'forward',
    matter: 'advisory',
    binding: 'internal',
  },
];

export interface EventDeadlineOptions {
  /** The event date is the date a 전자송달 notice was sent (only for 송달/통지 events). */
  readonly electronicNotice?: boolean;
  /** The event happened at 0시 (민법 §157 단서), e.g. a 공시송달 taking effect. */
  readonly startsAtMidnight?: boolean;
  /** For rules with `appliesFrom` on appeals: the date the 항소 was filed, when known. */
  readonly appealFiledOn?: IsoDate;
  /** The deadline was extended (rules with `extension` only); `orderedUntil` is the date the decision set. */
  readonly extended?: { readonly orderedUntil: IsoDate | null };
}

export interface EventDeadline {
  readonly rule: DeadlineRule;
  readonly result: DeadlineResult;
}

export function isEventKind(value: string): value is EventKind {
  return Object.hasOwn(EVENT_KINDS, value);
}

export function findRule(id: string): DeadlineRule {
  const rule = DEADLINE_RULES.find((r) => r.id === id);
  if (!rule) throw new DeadlineError('UNKNOWN_EVENT', `알 수 없는 기한 규칙입니다: ${id}`);
  return rule;
}

/** The extension a rule's deadline allows, if any (for a stored deadline's `ruleId`). */
export function ruleExtension(ruleId: string | null): PeriodExtension | undefined {
  return DEADLINE_RULES.find((r) => r.id === ruleId)?.extension;
}

/** Computes one rule's deadline for an event on `date`. */
export function computeRuleDeadline(
  rule: DeadlineRule,
  date: IsoDate,
  calendar: HolidayCalendar,
  options: EventDeadlineOptions = {},
): DeadlineResult {
  const result = computeDeadline(date, rule.period, calendar, {
    backward: rule.direction === 'backward',
    ...(options.electronicNotice ? { electronicNotice: true } : {}),
    ...(options.startsAtMidnight ? { startsAtMidnight: true } : {}),
    labels: { trigger: EVENT_KINDS[rule.trigger].name, rule: rule.name, statute: rule.statute },
  });
  if (!options.extended) return result;
  if (!rule.extension)
    throw new DeadlineError('INVALID_OPTIONS', `${rule.name} 기한은 연장할 수 있는 기간이 아닙니다(${rule.statute}).`);
  return extendDeadline(result, rule.extension, calendar, options.extended.orderedUntil ?? undefined);
}

/**
 * Every deadline that an event starts, in table order, each with its full computation.
 * A rule with `appliesFrom` is skipped when the matter demonstrably started before that date
 * (appealFiledOn, or — when unknown — an event date before it, since the appeal precedes the record notice).
 */
export function deadlinesForEvent(
  eventKind: string,
  date: IsoDate,
  calendar: HolidayCalendar,
  options: EventDeadlineOptions = {},
): EventDeadline[] {
  if (!isEventKind(eventKind)) {
    throw new DeadlineError(
      'UNKNOWN_EVENT',
      `알 수 없는 사건 종류입니다: "${eventKind}". 가능한 값: ${Object.keys(EVENT_KINDS).join(', ')}`,
    );
  }
  const info = EVENT_KINDS[eventKind];
  if (options.electronicNotice && !info.service) {
    throw new DeadlineError(
      'INVALID_OPTIONS',
      `${info.name}은(는) 송달이 아니므로 전자송달 통지일로 계산할 수 없습니다.`,
    );
  }
  return DEADLINE_RULES.filter((rule) => rule.trigger === eventKind)
    .filter((rule) => {
      if (rule.appliesFrom === undefined) return true;
      return (options.appealFiledOn ?? date) >= rule.appliesFrom;
    })
    .map((rule) => ({ rule, result: computeRuleDeadline(rule, date, calendar, options) }));
}
