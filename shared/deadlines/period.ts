// Periods as written by users and in the rule table: `14d`, `2w`, `1m`, `90d`, `1y`
// (Korean forms `14일`, `2주`, `1개월`/`1월`, `1년` are accepted as well).

import { DeadlineError } from './errors.ts';

/** d = 일, w = 주, m = 월(개월), y = 연(년). 민법 §159 applies to days, §160 to weeks, months and years. */
export type PeriodUnit = 'd' | 'w' | 'm' | 'y';

export interface Period {
  readonly amount: number;
  readonly unit: PeriodUnit;
}

/** Upper bounds keep typos such as `900y` from producing a plausible-looking date. */
const MAX_AMOUNT: Record<PeriodUnit, number> = { d: 3660, w: 520, m: 120, y: 10 };

const UNIT_ALIASES: Record<string, PeriodUnit> = {
  d: 'd',
  일: 'd',
  w: 'w',
  주: 'w',
  m: 'm',
  개월: 'm',
  월: 'm',
  y: 'y',
  년: 'y',
  연: 'y',
};

const PERIOD_RE = /^([1-9]\d{0,3})\s*(d|w|m|y|일|주|개월|월|년|연)$/i;

export function parsePeriod(text: string): Period {
  const match = PERIOD_RE.exec(text.trim());
  const unit = match?.[2] ? UNIT_ALIASES[match[2].toLowerCase()] : undefined;
  const amount = Number(match?.[1]);
  if (!match || !unit || amount > MAX_AMOUNT[unit]) {
    throw new DeadlineError(
      'INVALID_PERIOD',
      `기간 "${text}"을(를) 이해할 수 없습니다. 숫자와 단위로 입력하세요: 일(d), 주(w), 개월(m), 년(y) — 예: 14d, 2w, 1m, 90d, 1y.`,
    );
  }
  return { amount, unit };
}

/** Canonical machine form: `14d`, `2w`, `1m`, `1y`. */
export function formatPeriod(p: Period): string {
  return `${p.amount}${p.unit}`;
}

/** Korean form used in explanations: `14일`, `2주`, `1개월`, `1년`. */
export function formatPeriodKo(p: Period): string {
  const unit = { d: '일', w: '주', m: '개월', y: '년' }[p.unit];
  return `${p.amount}${unit}`;
}
