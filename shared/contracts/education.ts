import { z } from 'zod';
import { isoDate, optionalText } from '../cases/case-fields.ts';
import { byId, channel, noInput } from './channel.ts';

/** One 교육 실적 record: a training the legal team ran. */
export interface EducationSession {
  id: number;
  heldOn: string;
  course: string;
  attendees: number;
  memo: string | null;
}

export const educationInputSchema = z.object({
  heldOn: isoDate('일자'),
  course: z
    .string({ error: '과정명을 입력하세요.' })
    .trim()
    .min(1, '과정명을 입력하세요.')
    .max(100, '과정명은 100자 이내로 입력하세요.'),
  attendees: z
    .number({ error: '인원을 숫자로 입력하세요.' })
    .int('인원은 정수로 입력하세요.')
    .min(0, '인원은 0명 이상이어야 합니다.')
    .max(100_000, '인원이 너무 많습니다.'),
  memo: optionalText(200, '비고'),
});

export type EducationInput = z.input<typeof educationInputSchema>;
export type EducationInputParsed = z.output<typeof educationInputSchema>;

export const educationContract = {
  'education:list': channel<EducationSession[]>()(noInput),
  'education:add': channel<EducationSession>()(educationInputSchema),
  'education:remove': channel<{ id: number }>()(byId),
} as const;
