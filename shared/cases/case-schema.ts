import { z } from 'zod';
import { CASE_KIND_CODES, caseKindGroup, type CaseKind } from './case-kinds.ts';
import { compactCaseNumber, isAppealCaseNumber, isCourtCaseNumber } from './case-number.ts';
import { optionalIsoDate, optionalText, optionalWon } from './case-fields.ts';
import {
  CASE_RESULTS,
  OPINION_TYPES,
  PERSON_ROLES,
  WARD_SIDES,
  type CaseResult,
  type OpinionType,
  type PersonRole,
  type WardSide,
} from './case-values.ts';

// One schema validates the form in the renderer and the request in the main process,
// so a user sees the same Korean message whichever side catches the mistake.

const codes = <T extends { code: string }>(list: readonly T[]) =>
  list.map((x) => x.code) as [T['code'], ...T['code'][]];

const partySchema = z.object({
  side: z.string().trim().min(1, '당사자의 지위를 입력하세요.').max(20, '당사자 지위는 20자 이내로 입력하세요.'),
  name: z.string().trim().min(1, '당사자 이름을 입력하세요.').max(100, '당사자 이름은 100자 이내로 입력하세요.'),
  isWard: z.boolean().default(false),
});

const personLinkSchema = z.object({
  personId: z.number().int().positive(),
  role: z.enum(codes(PERSON_ROLES), { error: '역할을 선택하세요.' }),
});

const caseFields = {
  kind: z.enum(CASE_KIND_CODES, { error: '구분을 선택하세요.' }),
  caseNumber: z
    .string()
    .trim()
    .max(40, '사건번호는 40자 이내로 입력하세요.')
    .nullable()
    .optional()
    .transform((v) => (v ? compactCaseNumber(v) : null)),
  title: z
    .string({ error: '사건명을 입력하세요.' })
    .trim()
    .min(1, '사건명을 입력하세요.')
    .max(200, '사건명은 200자 이내로 입력하세요.'),
  court: optionalText(60, '법원·기관'),
  department: optionalText(60, '담당부서'),
  instance: z
    .number()
    .int()
    .min(1, '심급은 1~3입니다.')
    .max(3, '심급은 1~3입니다.')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  parentCaseId: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  division: optionalText(40, '재판부'),
  direction: optionalText(200, '지휘'),
  wardSide: z
    .enum(codes(WARD_SIDES), { error: '우리측 지위를 선택하세요.' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  claimAmount: optionalWon('소송가액'),
  filedOn: optionalIsoDate('접수일'),
  result: z
    .enum(CASE_RESULTS, { error: '결과를 목록에서 고르세요.' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  decidedOn: optionalIsoDate('선고일'),
  finalizedOn: optionalIsoDate('확정일'),
  closedOn: optionalIsoDate('종결일'),
  opinionType: z
    .enum(codes(OPINION_TYPES), { error: '자문유형을 선택하세요.' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  question: optionalText(4000, '질의 요지'),
  answer: optionalText(4000, '회신 요지'),
  costAmount: optionalWon('비용'),
  awardAmount: optionalWon('판결금'),
  memo: optionalText(4000, '메모'),
  parties: z.array(partySchema).max(50, '당사자는 50명까지 입력할 수 있습니다.').default([]),
  people: z.array(personLinkSchema).max(20).default([]),
};

function checkCaseNumber(input: { kind: CaseKind; caseNumber: string | null }, ctx: z.RefinementCtx): void {
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
}

function checkDates(
  input: { filedOn: string | null; decidedOn: string | null; finalizedOn: string | null },
  ctx: z.RefinementCtx,
) {
  if (input.filedOn && input.decidedOn && input.decidedOn < input.filedOn)
    ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: '선고일이 접수일보다 빠를 수 없습니다.' });
  if (input.decidedOn && input.finalizedOn && input.finalizedOn < input.decidedOn)
    ctx.addIssue({ code: 'custom', path: ['finalizedOn'], message: '확정일이 선고일보다 빠를 수 없습니다.' });
}

export const caseInputSchema = z.object(caseFields).superRefine((input, ctx) => {
  checkCaseNumber(input, ctx);
  checkDates(input, ctx);
});

export const caseUpdateSchema = z
  .object({ id: z.number().int().positive(), ...caseFields })
  .superRefine((input, ctx) => {
    checkCaseNumber(input, ctx);
    checkDates(input, ctx);
    if (input.parentCaseId === input.id)
      ctx.addIssue({
        code: 'custom',
        path: ['parentCaseId'],
        message: '원심 사건으로 자기 자신을 지정할 수 없습니다.',
      });
  });

export type CaseInput = z.input<typeof caseInputSchema>;
export type CaseInputParsed = z.output<typeof caseInputSchema>;
export type CaseUpdateParsed = z.output<typeof caseUpdateSchema>;

export interface CaseSummary {
  id: number;
  kind: CaseKind;
  caseNumber: string | null;
  title: string;
  court: string | null;
  department: string | null;
  createdAt: string;
}

export interface Party {
  side: string;
  name: string;
  isWard: boolean;
}

export interface LinkedPerson {
  personId: number;
  role: PersonRole;
  name: string;
  organization: string | null;
}

/** Everything stored about one case, as the detail page shows it. */
export interface CaseRecord extends CaseSummary {
  instance: number | null;
  parentCaseId: number | null;
  division: string | null;
  /** 지휘: the 검찰청 directing the suit and its approvals (국가소송, delegated state business). */
  direction: string | null;
  wardSide: WardSide | null;
  claimAmount: number | null;
  filedOn: string | null;
  result: CaseResult | null;
  decidedOn: string | null;
  finalizedOn: string | null;
  closedOn: string | null;
  opinionType: OpinionType | null;
  question: string | null;
  answer: string | null;
  costAmount: number | null;
  awardAmount: number | null;
  memo: string | null;
  updatedAt: string;
  deletedAt: string | null;
  parties: Party[];
  people: LinkedPerson[];
}
