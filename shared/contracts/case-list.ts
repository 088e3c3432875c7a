import { z } from 'zod';
import { CASE_KIND_CODES } from '../cases/case-kinds.ts';
import type { CaseSummary } from '../cases/case-schema.ts';
import { channel } from './channel.ts';

export const CASE_PAGE_MAX_LIMIT = 200;

/** `open`: no 결과 and no 종결일 yet (the dashboard's notion of an open case); `closed`: the rest. */
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const casePageSchema = z.object({
  offset: z
    .number({ error: '시작 위치는 숫자로 지정하세요.' })
    .int('시작 위치는 정수로 지정하세요.')
    .min(0, '시작 위치는 0 이상이어야 합니다.')
    .max(10_000_000, '시작 위치가 너무 큽니다.')
    .default(0),
  limit: z
    .number({ error: '한 쪽의 건수는 숫자로 지정하세요.' })
    .int('한 쪽의 건수는 정수로 지정하세요.')
    .min(1, '한 쪽의 건수는 1 이상이어야 합니다.')
    .max(CASE_PAGE_MAX_LIMIT, `한 쪽에는 ${CASE_PAGE_MAX_LIMIT}건까지 볼 수 있습니다.`)
    .default(50),
  kind: z.enum(CASE_KIND_CODES, { error: '구분을 목록에서 고르세요.' }).optional(),
  department: z
    .string()
    .trim()
    .min(1, '담당부서를 입력하세요.')
    .max(60, '담당부서는 60자 이내로 입력하세요.')
    .optional(),
  status: z.enum(CASE_STATUSES, { error: '진행 상태는 진행 중 또는 종결 중에서 고르세요.' }).optional(),
});

export type CasePageQuery = z.output<typeof casePageSchema>;

export interface CasePage {
  /** Newest first (등록일 then id, descending). */
  rows: CaseSummary[];
  /** Live cases matching the filters, for the pager. */
  total: number;
}

export const caseListContract = {
  'cases:page': channel<CasePage>()(casePageSchema),
} as const;
