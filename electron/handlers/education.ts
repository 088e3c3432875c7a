import type { EducationInputParsed, EducationSession } from '../../shared/contracts/education.ts';
import { AppError } from '../../shared/errors.ts';
import { deleteEducationSession, insertEducationSession, listEducationSessions } from '../db/repositories/education.ts';
import type { HandlerContext } from './context.ts';

export const educationHandlers = {
  'education:list': (ctx: HandlerContext): Promise<EducationSession[]> => listEducationSessions(ctx.db),

  'education:add': (ctx: HandlerContext, input: EducationInputParsed): Promise<EducationSession> =>
    insertEducationSession(ctx.db, input, ctx.now()),

  'education:remove': async (ctx: HandlerContext, input: { id: number }): Promise<{ id: number }> => {
    if (!(await deleteEducationSession(ctx.db, input.id)))
      throw new AppError('NOT_FOUND', '교육 실적을 찾을 수 없습니다.');
    return { id: input.id };
  },
};
