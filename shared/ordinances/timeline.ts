// The legislative timeline of a draft (docs/drafting.md §4): what was planned and done, the dates the law gives,
// and what is overdue.
//
// Counting: every period here is counted like a 민법 period (§157 초일불산입) — the day of the triggering act is
// not counted, the period starts the next day. So
//   입법예고 20일 이상 (행정절차법 §43): a notice starting on S has run 20 full days at the end of S + 20, the
//     earliest allowed last day;
//   이송 within 5 days of 의결 (지방자치법 §32①): the last day is 의결 + 5;
//   공포 within 20 days of 이송 (§32②): the last day is 이송 + 20;
//   시행 when 20 days have passed from 공포 (§32⑧ "공포한 날부터 20일이 지나면"): the 20 days are 공포 + 1 …
//     공포 + 20, so they have passed — and the text takes effect — on 공포 + 21 (as 법령 등 공포에 관한 법률
//     §13의2 counts "공포한 날부터 …이 경과한 날": 공포일 불산입, and no shift for a weekend end).
// Latest dates are not moved off weekends and holidays (민법 §161 might allow a later day): the earlier day is
// the safe one to plan for.
import { addDays } from '../deadlines/civil-date.ts';
import { TIMELINE_STEPS, type OrdinanceType, type TimelineStep, type TimelineStepView } from './ordinance-views.ts';

export const NOTICE_MIN_DAYS = 20;
export const TRANSFER_MAX_DAYS = 5;
export const PROMULGATION_MAX_DAYS = 20;
export const EFFECT_AFTER_DAYS = 20;

/** A stored step: what the drafter planned and recorded. */
export interface StoredStep {
  step: TimelineStep;
  plannedOn: string | null;
  actualOn: string | null;
  endOn: string | null;
}

/** Steps that only a 조례 goes through: 규칙, 훈령 and 예규 are not put to the council. */
const COUNCIL_STEPS: readonly TimelineStep[] = ['submission', 'resolution', 'transfer'];

export function stepApplies(step: TimelineStep, type: OrdinanceType): boolean {
  return type === '조례' || !COUNCIL_STEPS.includes(step);
}

/** The earliest allowed last day of a notice starting on `start`. */
export function earliestNoticeEnd(start: string): string {
  return addDays(start, NOTICE_MIN_DAYS);
}

/** The day a 조례·규칙 promulgated on `promulgatedOn` takes effect when it says nothing else (§32⑧). */
export function defaultEffectiveOn(promulgatedOn: string): string {
  return addDays(promulgatedOn, EFFECT_AFTER_DAYS + 1);
}

/** The date a step happened, or failing that the date it is planned for. */
function dateOf(step: StoredStep | undefined): string | null {
  return step?.actualOn ?? step?.plannedOn ?? null;
}

type Computed = { date: string; rule: string; latest: boolean } | null;

function computedFor(step: TimelineStep, type: OrdinanceType, byStep: Map<TimelineStep, StoredStep>): Computed {
  const notice = dateOf(byStep.get('notice'));
  const resolution = dateOf(byStep.get('resolution'));
  const transfer = dateOf(byStep.get('transfer'));
  const promulgation = dateOf(byStep.get('promulgation'));
  switch (step) {
    case 'notice':
      return notice
        ? {
            date: earliestNoticeEnd(notice),
            rule: '입법예고 기간은 20일 이상 (행정절차법 제43조): 시작일 다음 날부터 20일이 되는 날 이후에 끝냅니다.',
            latest: false,
          }
        : null;
    case 'transfer':
      return type === '조례' && resolution
        ? {
            date: addDays(resolution, TRANSFER_MAX_DAYS),
            rule: '의결된 날부터 5일 이내에 이송 (지방자치법 제32조제1항)',
            latest: true,
          }
        : null;
    case 'promulgation':
      return type === '조례' && transfer
        ? {
            date: addDays(transfer, PROMULGATION_MAX_DAYS),
            rule: '이송받은 날부터 20일 이내에 공포 (지방자치법 제32조제2항)',
            latest: true,
          }
        : null;
    case 'effective':
      return (type === '조례' || type === '규칙') && promulgation
        ? {
            date: defaultEffectiveOn(promulgation),
            rule: '따로 정하지 않으면 공포한 날부터 20일이 지난 날 시행 (지방자치법 제32조제8항)',
            latest: false,
          }
        : null;
    default:
      return null;
  }
}

export interface TimelineOptions {
  /** A promulgated or abandoned draft has nothing left to do: nothing is overdue. */
  closed?: boolean;
}

/**
 * One view per step in the order of TIMELINE_STEPS. A step is overdue when it is applicable, not done, and its
 * planned date or the latest date the law allows (the earlier of the two) is before today. 시행 follows from 공포 by itself, so it
 * is never overdue.
 */
export function buildTimeline(
  stored: StoredStep[],
  type: OrdinanceType,
  today: string,
  options: TimelineOptions = {},
): TimelineStepView[] {
  const byStep = new Map(stored.map((s) => [s.step, s]));
  return TIMELINE_STEPS.map(({ step, label }) => {
    const s = byStep.get(step);
    const applicable = stepApplies(step, type);
    const computed = applicable ? computedFor(step, type, byStep) : null;
    const plannedOn = s?.plannedOn ?? null;
    const actualOn = s?.actualOn ?? null;
    const latest = computed?.latest ? computed.date : null;
    // A plan later than the law allows does not postpone the legal limit: the earlier date counts.
    const due = plannedOn && latest ? (plannedOn < latest ? plannedOn : latest) : (plannedOn ?? latest);
    const overdue =
      applicable && !options.closed && step !== 'effective' && actualOn === null && due !== null && due < today;
    return {
      step,
      label,
      plannedOn,
      actualOn,
      endOn: step === 'notice' ? (s?.endOn ?? null) : null,
      computed: computed ? { date: computed.date, rule: computed.rule } : null,
      overdue,
      applicable,
    };
  });
}

/** The 시행일 a promulgated draft gets: the one planned (or recorded), else the default of §32⑧. */
export function effectiveDateOf(stored: StoredStep[], promulgatedOn: string): string {
  const effective = stored.find((s) => s.step === 'effective');
  return effective?.actualOn ?? effective?.plannedOn ?? defaultEffectiveOn(promulgatedOn);
}
