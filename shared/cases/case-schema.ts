import { z } from 'zod';
import { CASE_KIND_CODES, caseKindGroup } from './case-kinds.ts';
import { compactCaseNumber, isAppealCaseNumber, isCourtCaseNumber } from './case-number.ts';

// One schema validates the form in the renderer and the request in the main process,
// so a user sees the same Korean message whichever side catches the mistake.

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}은(는) ${max}자 이내로 입력하세요.`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const caseInputSchema = z
  .object({
    kind: z.enum(CASE_KIND_CODES, { error: '구분을 선택하세요.' }),
    caseNumber: z
      .string()
      .trim()
      .max(40, '사건번호는 40자 이내로 입력하세요.')
      .optional()
      .transform((v) => (v ? compactCaseNumber(v) : null)),
    title: z
      .string({ error: '사건명을 입력하세요.' })
      .trim()
      .min(1, '사건명을 입력하세요.')
      .max(200, '사건명은 200자 이내로 입력하세요.'),
    court: optionalText(60, '법원·기관'),
    department: optionalText(60, '담당부서'),
  })
  .superRefine((input, ctx) => {
    const group = caseKindGroup(input.kind);
    const number = input.caseNumber;
    if (group === 'lawsuit') {
      if (!number) ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: '사건번호를 입력하세요.' });
      else if (!isCourtCaseNumber(number))
        ctx.addIssue({
          code: 'custom',
          path: ['caseNumber'],
          message: '사건번호는 연도·사건부호·번호 형식이어야 합니다 (예: 2024구합12345).',
        });
    } else if (group === 'appeal' && number && !isAppealCaseNumber(number)) {
      ctx.addIssue({
        code: 'custom',
        path: ['caseNumber'],
        message: '행정심판 사건번호는 연도-번호 형식이어야 합니다 (예: 2024-12345).',
      });
    }
  });

export type CaseInput = z.input<typeof caseInputSchema>;
export type CaseInputParsed = z.output<typeof caseInputSchema>;

export interface CaseSummary {
  id: number;
  kind: (typeof CASE_KIND_CODES)[number];
  caseNumber: string | null;
  title: string;
  court: string | null;
  department: string | null;
  createdAt: string;
}
