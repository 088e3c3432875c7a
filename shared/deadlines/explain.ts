// One Korean paragraph that lets an officer check a deadline by hand: the trigger, the rule and its statute,
// 초일불산입, how the raw end was found, every move off a Saturday or 공휴일, and whether data was provisional.
// Sentences put a date before `입니다`, `부터` or `→` so no particle has to agree with how a number is read (이/가).

import { isoWithWeekday } from './civil-date.ts';
import type { DeadlineTrace } from './compute.ts';
import { formatPeriodKo } from './period.ts';

const UNIT_WORD = { d: '일', w: '주', m: '월', y: '연' } as const;

export function explainDeadline(t: DeadlineTrace): string {
  const labels = t.options.labels ?? {};
  const period = formatPeriodKo(t.period);
  const rule = [labels.rule, labels.statute ? `(${labels.statute})` : ''].filter(Boolean).join(' ');
  const ruleText = rule ? `${rule}: ` : '';
  const parts: string[] = [];
  const backward = t.options.backward === true;

  if (backward) {
    parts.push(
      `기준 기일: ${isoWithWeekday(t.trigger)}${labels.trigger ? ` ${labels.trigger}` : ''}. ` +
        `${ruleText}기일 ${period} 전까지 — 기일로부터 거꾸로 계산(역산)합니다.`,
      `기일 당일은 산입하지 않고(민법 §157 유추) 전날인 ${isoWithWeekday(t.start)}부터 거슬러 ${period}째 되는 날이 ` +
        `목표일로, ${isoWithWeekday(t.rawEnd)}입니다${basisNoteBackward(t)}.`,
    );
  } else {
    parts.push(
      `기산 사유: ${isoWithWeekday(t.trigger)}${labels.trigger ? ` ${labels.trigger}` : ''}` +
        `${t.deemedService ? '(전자송달 통지일)' : ''}. ${ruleText}${period}.`,
    );
    if (t.deemedService) {
      parts.push(
        '전자문서를 확인하지 않은 경우 통지한 날부터 1주가 지난 날에 송달된 것으로 보므로' +
          '(민사소송 등에서의 전자문서 이용 등에 관한 법률 §11④), 통지 다음 날 0시부터 1주를 계산하면 ' +
          `송달간주일은 ${isoWithWeekday(t.deemedService)}입니다. 송달간주일에는 민법 §161의 연장을 적용하지 않습니다` +
          '(문서 확인은 휴일에도 할 수 있는 송달 의제 기간이고, 연장하지 않는 쪽이 기한을 늦추지 않는 안전한 계산입니다). ' +
          '그보다 먼저 문서를 확인했다면 확인한 날을 기산일로 다시 계산하십시오.',
      );
    }
    if (t.options.startsAtMidnight) {
      parts.push(
        `기간이 오전 0시부터 시작하므로 초일을 산입하여(민법 §157 단서) ${isoWithWeekday(t.start)}부터 기산합니다.`,
      );
    } else {
      parts.push(
        `초일불산입(민법 §157)에 따라 ${t.deemedService ? '송달간주일' : '기산 사유가 생긴 날'}의 다음 날인 ` +
          `${isoWithWeekday(t.start)}부터 기산합니다.`,
      );
    }
    parts.push(rawEndSentence(t));
  }

  const steps = t.shifts.map((s) => `${s.reason} → ${isoWithWeekday(s.to)}`).join(', ');
  if (t.shifts.length === 0) {
    parts.push(`${backward ? '목표일' : '말일'}이 토요일이나 공휴일이 아니므로 기한은 ${isoWithWeekday(t.due)}입니다.`);
  } else if (backward) {
    parts.push(
      `목표일이 쉬는 날이면 그 전 근무일로 앞당깁니다(역산에서 민법 §161처럼 뒤로 미루면 보장해야 할 ${period}의 ` +
        `간격이 줄어들기 때문입니다): ${steps}. 따라서 기한은 ${isoWithWeekday(t.due)}입니다.`,
    );
  } else {
    parts.push(
      `말일이 토요일 또는 공휴일이면 기간은 그 다음 날로 만료합니다(민법 §161): ${steps}. ` +
        `따라서 기한은 ${isoWithWeekday(t.due)}입니다.`,
    );
  }

  if (t.provisionalYears.length > 0) {
    parts.push(
      `주의(미확정): 공식 공휴일 자료가 없는 해(${t.provisionalYears.map((y) => `${y}년`).join(', ')})를 거치므로 ` +
        '그 해는 음력 등으로 추산한 공휴일로 계산했습니다. 선거일·임시공휴일은 반영되지 않았으니 공휴일이 확정되면 다시 확인하십시오.',
    );
  }
  return parts.join(' ');
}

function rawEndSentence(t: DeadlineTrace): string {
  const unit = UNIT_WORD[t.period.unit];
  switch (t.basis.kind) {
    case 'days':
      return (
        `일 단위 기간은 말일의 종료로 만료하므로(민법 §159) 기간의 말일은 기산일부터 ${t.period.amount}일째인 ` +
        `${isoWithWeekday(t.rawEnd)}입니다.`
      );
    case 'calendar':
      return (
        `${unit} 단위 기간은 역에 의하여 계산하므로(민법 §160①) 기간의 말일은 최후의 ${unit}에서 기산일에 해당하는 날` +
        `(${t.basis.corresponding})의 전날인 ${isoWithWeekday(t.rawEnd)}입니다(민법 §160②).`
      );
    case 'month-end':
      return (
        `${unit} 단위 기간은 역에 의하여 계산하는데(민법 §160①) 최후의 월에 기산일에 해당하는 날` +
        `(${t.basis.missingDay})이 없으므로 기간의 말일은 그 월의 말일인 ${isoWithWeekday(t.rawEnd)}입니다(민법 §160③).`
      );
  }
}

function basisNoteBackward(t: DeadlineTrace): string {
  if (t.basis.kind === 'month-end') return `(해당하는 날인 ${t.basis.missingDay}이 없어 그 달의 말일로 앞당김)`;
  if (t.period.unit === 'm' || t.period.unit === 'y') return '(역에 의하여 같은 날짜)';
  return '';
}
