// Display formats the office expects: dates YYYY-MM-DD, money with thousands separators and 원.
import { daysBetween } from '../../shared/deadlines/civil-date.ts';

export function formatWon(amount: number | null): string {
  return amount === null ? '' : `${amount.toLocaleString('ko-KR')}원`;
}

/** A UTC timestamp shown in the machine's own time zone: `2026-03-02 09:15`. */
export function formatTimestamp(timestamp: string): string {
  const date = new Date(timestamp);
  return `${date.toLocaleDateString('sv-SE')} ${date.toLocaleTimeString('ko-KR', { hour: '2-digit', minute: '2-digit', hour12: false })}`;
}

export function localDate(timestamp: string): string {
  return new Date(timestamp).toLocaleDateString('sv-SE');
}

export function dueLabel(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days < 0) return `${-days}일 경과`;
  if (days === 0) return '오늘';
  return `D-${days}`;
}
