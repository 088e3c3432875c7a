import { z } from 'zod';
import { isoDate, optionalIsoDate, optionalText } from './case-fields.ts';
import { EVENT_KIND_CODES, isServiceEvent } from './event-kinds.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const eventFields = {
  kind: z.enum(EVENT_KIND_CODES, { error: '기록 종류를 선택하세요.' }),
  /** The event date; for 전자송달 the date the notice was sent. */
  date: isoDate('날짜'),
  electronicNotice: z.boolean().default(false),
  /** How a non-electronic service was made (전자송달 is `electronicNotice`). */
  serviceMethod: z
    .enum(['mail', 'personal', 'other'], { error: '송달 방식을 목록에서 고르세요.' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  time: z
    .string()
    .trim()
    .nullable()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || TIME.test(v), '시각은 HH:MM 형식으로 입력하세요 (예: 14:30).'),
  place: optionalText(100, '장소'),
  subtype: optionalText(40, '세부 종류'),
  result: optionalText(40, '결과'),
  memo: optionalText(2000, '메모'),
};

const checkElectronic = (
  input: { kind: string; electronicNotice: boolean; serviceMethod: string | null },
  ctx: z.RefinementCtx,
) => {
  if (input.serviceMethod && !isServiceEvent(input.kind))
    ctx.addIssue({
      code: 'custom',
      path: ['serviceMethod'],
      message: '송달 방식은 송달·통지 기록에만 지정할 수 있습니다.',
    });
  if (input.electronicNotice && !isServiceEvent(input.kind))
    ctx.addIssue({
      code: 'custom',
      path: ['electronicNotice'],
      message: '전자송달은 송달·통지 기록에만 지정할 수 있습니다.',
    });
};

export const eventInputSchema = z
  .object({ caseId: z.number().int().positive(), ...eventFields })
  .superRefine(checkElectronic);

export const eventUpdateSchema = z
  .object({ id: z.number().int().positive(), ...eventFields })
  .superRefine(checkElectronic);

export const customDeadlineSchema = z.object({
  caseId: z.number().int().positive(),
  title: z.string().trim().min(1, '기한 이름을 입력하세요.').max(100, '기한 이름은 100자 이내로 입력하세요.'),
  dueOn: isoDate('기한일'),
  remindDays: z
    .number()
    .int()
    .min(0, '알림 일수는 0 이상이어야 합니다.')
    .max(60, '알림은 60일 전까지 지정할 수 있습니다.')
    .default(3),
  assignee: optionalText(40, '담당자'),
});

export const deadlineDoneSchema = z.object({ id: z.number().int().positive(), done: z.boolean() });

/** 기간 연장 of a rule-based deadline, or (extended: false) its withdrawal. */
export const deadlineExtendSchema = z.object({
  id: z.number().int().positive(),
  extended: z.boolean(),
  /** The date the decision set; empty: compute it from the rule. */
  orderedUntil: optionalIsoDate('연장 기한'),
});

export const dashboardQuerySchema = z.object({ today: optionalIsoDate('기준일') }).optional();

export type EventInputParsed = z.output<typeof eventInputSchema>;
export type EventUpdateParsed = z.output<typeof eventUpdateSchema>;
export type CustomDeadlineParsed = z.output<typeof customDeadlineSchema>;
export type DeadlineExtendParsed = z.output<typeof deadlineExtendSchema>;
