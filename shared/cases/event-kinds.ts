import { EVENT_KINDS } from '../deadlines/rules.ts';

// What a user can record on a case. Kinds that start deadlines come from the deadline engine's rule table;
// the others are plain records (hearings for sentencing, filings, decisions).

export const RECORD_ONLY_EVENT_KINDS = {
  'sentencing-hearing': { name: '선고기일', service: false },
  filing: { name: '서면 제출', service: false },
  decision: { name: '판결·결정·재결·회신', service: false },
  other: { name: '기타', service: false },
} as const;

export const ALL_EVENT_KINDS = { ...EVENT_KINDS, ...RECORD_ONLY_EVENT_KINDS };
export type AnyEventKind = keyof typeof ALL_EVENT_KINDS;
export const EVENT_KIND_CODES = Object.keys(ALL_EVENT_KINDS) as [AnyEventKind, ...AnyEventKind[]];

/** Events shown in the calendar and the dashboard's "기일" list. */
export const HEARING_KINDS: readonly AnyEventKind[] = ['hearing', 'sentencing-hearing'];

export function eventKindName(kind: string): string {
  return (ALL_EVENT_KINDS as Record<string, { name: string }>)[kind]?.name ?? kind;
}

export function isServiceEvent(kind: string): boolean {
  return (ALL_EVENT_KINDS as Record<string, { service: boolean }>)[kind]?.service ?? false;
}

/** 송달 방식 as stored (events.service_method) and shown. */
export const SERVICE_METHODS = [
  { code: 'electronic', label: '전자송달' },
  { code: 'mail', label: '우편' },
  { code: 'personal', label: '교부' },
  { code: 'other', label: '기타' },
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number]['code'];
