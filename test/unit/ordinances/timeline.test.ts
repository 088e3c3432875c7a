import { describe, expect, it } from 'vitest';
import type { TimelineStep } from '../../../shared/ordinances/ordinance-views.ts';
import {
  buildTimeline,
  defaultEffectiveOn,
  earliestNoticeEnd,
  effectiveDateOf,
  type StoredStep,
} from '../../../shared/ordinances/timeline.ts';

function step(s: TimelineStep, fields: Partial<Omit<StoredStep, 'step'>>): StoredStep {
  return { step: s, plannedOn: null, actualOn: null, endOn: null, ...fields };
}

function view(steps: ReturnType<typeof buildTimeline>, s: TimelineStep) {
  const found = steps.find((v) => v.step === s);
  if (!found) throw new Error(`no ${s}`);
  return found;
}

describe('timeline counting (초일불산입)', () => {
  it('입법예고 starting 2026-03-02 may end on 2026-03-22 at the earliest (20 full days 03-03 … 03-22)', () => {
    expect(earliestNoticeEnd('2026-03-02')).toBe('2026-03-22');
    // Across a leap-year February: 02-11 … 03-01 are the 20 days.
    expect(earliestNoticeEnd('2024-02-10')).toBe('2024-03-01');
  });

  it('시행 when 20 days have passed from 공포: 공포 2026-06-30 → the 20 days are 07-01 … 07-20 → 2026-07-21', () => {
    expect(defaultEffectiveOn('2026-06-30')).toBe('2026-07-21');
    expect(defaultEffectiveOn('2026-12-20')).toBe('2027-01-10');
  });

  it('a 조례 worked through: 의결 06-10 → 이송 by 06-15 → 이송 06-12 → 공포 by 07-02 → 공포 06-30 → 시행 07-21', () => {
    const stored = [
      step('notice', { actualOn: '2026-03-02', endOn: '2026-03-23' }),
      step('resolution', { actualOn: '2026-06-10' }),
      step('transfer', { actualOn: '2026-06-12' }),
      step('promulgation', { actualOn: '2026-06-30' }),
    ];
    const timeline = buildTimeline(stored, '조례', '2026-07-01');
    expect(timeline.map((v) => v.step)).toEqual([
      'drafting',
      'consultation',
      'notice',
      'review',
      'submission',
      'resolution',
      'transfer',
      'promulgation',
      'effective',
    ]);
    expect(view(timeline, 'notice')).toMatchObject({
      actualOn: '2026-03-02',
      endOn: '2026-03-23',
      computed: { date: '2026-03-22' },
      overdue: false,
    });
    expect(view(timeline, 'transfer').computed).toEqual({
      date: '2026-06-15',
      rule: '의결된 날부터 5일 이내에 이송 (지방자치법 제32조제1항)',
    });
    expect(view(timeline, 'promulgation').computed?.date).toBe('2026-07-02');
    expect(view(timeline, 'effective').computed).toEqual({
      date: '2026-07-21',
      rule: '따로 정하지 않으면 공포한 날부터 20일이 지난 날 시행 (지방자치법 제32조제8항)',
    });
    expect(timeline.every((v) => v.applicable && !v.overdue)).toBe(true);
    expect(effectiveDateOf(stored, '2026-06-30')).toBe('2026-07-21');
    expect(effectiveDateOf([...stored, step('effective', { plannedOn: '2026-09-01' })], '2026-06-30')).toBe(
      '2026-09-01',
    );
  });

  it('이송 not done is overdue from the day after 의결 + 5 (06-16), not on 06-15', () => {
    const stored = [step('resolution', { actualOn: '2026-06-10' })];
    expect(view(buildTimeline(stored, '조례', '2026-06-15'), 'transfer').overdue).toBe(false);
    expect(view(buildTimeline(stored, '조례', '2026-06-16'), 'transfer').overdue).toBe(true);
    // A plan earlier than the legal limit is what counts; a later plan does not postpone the limit.
    const early = [...stored, step('transfer', { plannedOn: '2026-06-11' })];
    expect(view(buildTimeline(early, '조례', '2026-06-12'), 'transfer').overdue).toBe(true);
    const late = [...stored, step('transfer', { plannedOn: '2026-06-20' })];
    expect(view(buildTimeline(late, '조례', '2026-06-16'), 'transfer').overdue).toBe(true);
  });

  it('공포 not recorded is overdue after 이송 + 20 (이송 2026-06-12 → due 07-02, overdue 07-03)', () => {
    const stored = [step('transfer', { actualOn: '2026-06-12' })];
    expect(view(buildTimeline(stored, '조례', '2026-07-02'), 'promulgation').overdue).toBe(false);
    expect(view(buildTimeline(stored, '조례', '2026-07-03'), 'promulgation').overdue).toBe(true);
  });

  it('a planned step not done by its date is overdue; done, closed and 시행 steps never are', () => {
    const stored = [
      step('consultation', { plannedOn: '2026-03-10' }),
      step('notice', { plannedOn: '2026-03-01', actualOn: '2026-03-02' }),
      step('effective', { plannedOn: '2026-03-05' }),
    ];
    const timeline = buildTimeline(stored, '조례', '2026-03-11');
    expect(timeline.filter((v) => v.overdue).map((v) => v.step)).toEqual(['consultation']);
    expect(buildTimeline(stored, '조례', '2026-03-11', { closed: true }).some((v) => v.overdue)).toBe(false);
    expect(view(buildTimeline(stored, '조례', '2026-03-10'), 'consultation').overdue).toBe(false);
  });

  it('a 규칙 has no council steps: not applicable, no rule, never overdue; 시행 still follows §32⑧', () => {
    const stored = [
      step('submission', { plannedOn: '2026-01-01' }),
      step('resolution', { actualOn: '2026-01-05' }),
      step('promulgation', { actualOn: '2026-02-27' }),
    ];
    const timeline = buildTimeline(stored, '규칙', '2026-04-01');
    expect(timeline.filter((v) => !v.applicable).map((v) => v.step)).toEqual(['submission', 'resolution', 'transfer']);
    expect(view(timeline, 'transfer')).toMatchObject({ computed: null, overdue: false });
    expect(view(timeline, 'promulgation').computed).toBeNull();
    expect(view(timeline, 'effective').computed?.date).toBe('2026-03-20');
    expect(timeline.some((v) => v.overdue)).toBe(false);
  });
});
