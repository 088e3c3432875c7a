import type { FileExportResult } from '../../shared/cases/calendar-views.ts';
import type { OptionalRangeParsed } from '../../shared/contracts/calendar.ts';
import { buildDeadlineRegisterDocx, registerRows, type RegisterRow } from '../export/deadline-register-docx.ts';
import { buildDeadlineXlsx } from '../export/deadline-xlsx.ts';
import { exportFileName, openDeadlinesIn } from './calendar.ts';
import type { HandlerContext } from './context.ts';

/** 소송수행자 names per case, to fill 담당자 where a deadline names nobody. */
async function performersOf(ctx: HandlerContext, caseIds: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (caseIds.length === 0) return map;
  const rows = await ctx.db
    .selectFrom('case_people')
    .innerJoin('people', 'people.id', 'case_people.person_id')
    .select(['case_people.case_id', 'people.name'])
    .where('case_people.role', '=', 'performer')
    .where('case_people.case_id', 'in', [...new Set(caseIds)])
    .orderBy('people.name')
    .execute();
  for (const r of rows) map.set(r.case_id, [...(map.get(r.case_id) ?? []), r.name]);
  return map;
}

async function rowsFor(ctx: HandlerContext, input: OptionalRangeParsed, today: string): Promise<RegisterRow[]> {
  const deadlines = await openDeadlinesIn(ctx, input?.from ?? null, input?.to ?? null);
  return registerRows(
    deadlines,
    today,
    await performersOf(
      ctx,
      deadlines.map((d) => d.caseId),
    ),
  );
}

function periodLabel(input: OptionalRangeParsed): string | undefined {
  if (!input?.from && !input?.to) return undefined;
  return `기간: ${input.from ?? ''} ~ ${input.to ?? ''}`;
}

export const deadlineExportHandlers = {
  'deadlines:exportRegister': async (ctx: HandlerContext, input: OptionalRangeParsed): Promise<FileExportResult> => {
    const today = ctx.today();
    const rows = await rowsFor(ctx, input, today);
    const label = periodLabel(input);
    const docx = await buildDeadlineRegisterDocx(rows, today, label ? { periodLabel: label } : {});
    const path = await ctx.desktop.saveFile(exportFileName('기한관리대장', today, 'docx'), docx, [
      { name: 'Word 문서', extensions: ['docx'] },
    ]);
    return { path, count: rows.length };
  },

  'deadlines:exportXlsx': async (ctx: HandlerContext, input: OptionalRangeParsed): Promise<FileExportResult> => {
    const today = ctx.today();
    const rows = await rowsFor(ctx, input, today);
    const xlsx = await buildDeadlineXlsx(rows, today);
    const path = await ctx.desktop.saveFile(exportFileName('lexdesk-기한', today, 'xlsx'), xlsx, [
      { name: '엑셀 파일', extensions: ['xlsx'] },
    ]);
    return { path, count: rows.length };
  },
};
