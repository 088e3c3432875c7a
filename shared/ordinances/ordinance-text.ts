// What the registry reads off an ordinance text when it is imported: its 제명 and its kind.
import type { OrdinanceType } from './ordinance-views.ts';

/** 제명: the first non-empty line with markdown hashes removed; null when the text starts with an article. */
export function titleOfText(text: string): string | null {
  const first = text
    .split('\n')
    .map((l) => l.replace(/^\s*#+\s*/, '').trim())
    .find((l) => l !== '');
  if (!first || /^제\s*\d+\s*조/.test(first)) return null;
  return first;
}

/** A 제명 names its kind: `… 시행규칙` is a 규칙, `… 훈령` a 훈령; otherwise the kind the user chose. */
export function typeOfName(name: string, fallback: OrdinanceType): OrdinanceType {
  const trimmed = name.trim();
  if (trimmed.endsWith('규칙')) return '규칙';
  if (trimmed.endsWith('훈령')) return '훈령';
  if (trimmed.endsWith('예규')) return '예규';
  return fallback;
}

/** The bill name: `○○ 조례 일부개정조례안`, `○○ 시행규칙 전부개정규칙안` … */
export function billName(name: string, mode: 'partial' | 'full' = 'partial'): string {
  const trimmed = name.trim();
  const kind = (['규칙', '훈령', '예규'] as const).find((k) => trimmed.endsWith(k)) ?? '조례';
  return `${trimmed} ${mode === 'full' ? '전부' : '일부'}개정${kind}안`;
}

/**
 * The head of the office from a 제명: `서울특별시 마포구 … 조례` → `서울특별시 마포구청장`. Null when the 제명
 * does not start with a 시·도 and a 구·군·시.
 */
export function officeHeadOf(name: string): string | null {
  const match = /^(\S+(?:특별시|광역시|특별자치시|도|특별자치도))\s+(\S+)(구|군|시)\s/.exec(name.trim());
  if (!match) return null;
  const suffix = { 구: '청장', 군: '수', 시: '장' }[match[3] as '구' | '군' | '시'];
  return `${match[1]} ${match[2]}${match[3]}${suffix}`;
}

/** `2026-03-02` → `2026. 3. 2.`, the date form of official documents. */
export function koreanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(y)}. ${Number(m)}. ${Number(d)}.`;
}

/**
 * The promulgation a published text ends with: its last 부칙 tag `<규칙 제925호, 2026. 7. 30.>` gives the
 * 공포번호 and 공포일 of the revision the text is.
 */
export function lastPromulgation(addendumHeaders: string[]): { no: string; on: string } | null {
  const header = addendumHeaders[addendumHeaders.length - 1];
  if (!header) return null;
  const match = /<[^>]*?제\s*(\d+)\s*호\s*,\s*(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?\s*>/.exec(header);
  if (!match) return null;
  const [, no, y, m, d] = match;
  return { no: `제${no}호`, on: `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}` };
}

/** A file name without the characters Windows refuses. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '_').trim();
}
