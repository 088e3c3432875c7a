import { z } from 'zod';
import { isIsoDate } from '../deadlines/civil-date.ts';
import { subjectParticle, topicParticle } from '../law/particles.ts';

// Field schemas shared by the case, event and import forms, with Korean messages whose particles
// follow the label (접수일은 / 사건번호는).

const topic = (label: string) => `${label}${topicParticle(label)}`;

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${topic(label)} ${max}자 이내로 입력하세요.`)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

const dateMessage = (label: string) => `${topic(label)} 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.`;

export const isoDate = (label: string) =>
  z
    .string({ error: dateMessage(label) })
    .trim()
    .refine(isIsoDate, dateMessage(label));

export const optionalIsoDate = (label: string) =>
  z
    .string({ error: dateMessage(label) })
    .trim()
    .nullable()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isIsoDate(v), dateMessage(label));

/** Money in whole 원: a non-negative integer (forms send numbers; imports parse `1,000,000원` first). */
export const optionalWon = (label: string) =>
  z
    .number({ error: `${topic(label)} 원 단위 숫자로 입력하세요.` })
    .int(`${topic(label)} 원 단위 정수로 입력하세요.`)
    .min(0, `${topic(label)} 0 이상이어야 합니다.`)
    .max(Number.MAX_SAFE_INTEGER, `${label}${subjectParticle(label)} 너무 큽니다.`)
    .nullable()
    .optional()
    .transform((v) => v ?? null);
