import type { CasePage, CasePageQuery } from '../../shared/contracts/case-list.ts';
import { listCasePage } from '../db/repositories/case-list.ts';
import type { HandlerContext } from './context.ts';

export const caseListHandlers = {
  'cases:page': (ctx: HandlerContext, input: CasePageQuery): Promise<CasePage> => listCasePage(ctx.db, input),
};
