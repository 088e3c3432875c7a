// Display formats the office expects: dates YYYY-MM-DD, money with thousands separators and 원.

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

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative when past. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function dueLabel(date: string, today: string): string {
  const days = daysUntil(date, today);
  if (days < 0) return `${-days}일 경과`;
  if (days === 0) return '오늘';
  return `D-${days}`;
}
