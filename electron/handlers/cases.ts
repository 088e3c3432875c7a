import { AppError } from '../../shared/errors.ts';
import type { CaseInputParsed, CaseSummary } from '../../shared/cases/case-schema.ts';
import { findCaseByNumber, insertCase, listCases } from '../db/repositories/cases.ts';
import type { HandlerContext } from './context.ts';

export const caseHandlers = {
  'cases:list': (ctx: HandlerContext): Promise<CaseSummary[]> => listCases(ctx.db),

  'cases:create': async (ctx: HandlerContext, input: CaseInputParsed): Promise<CaseSummary> => {
    if (input.caseNumber && (await findCaseByNumber(ctx.db, input.caseNumber, input.court))) {
      throw new AppError('CONFLICT', `이미 등록된 사건번호입니다: ${input.caseNumber}`, {
        caseNumber: '이미 등록된 사건번호입니다.',
      });
    }
    return insertCase(ctx.db, input, ctx.now());
  },
};
