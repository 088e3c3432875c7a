import { AMENDMENT_STYLES, type AmendmentStyle, type UserSettings } from '../../shared/contracts/settings.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { getSetting, setSetting } from '../db/repositories/settings.ts';
import type { HandlerContext } from './context.ts';
import { USER_NAME_SETTING } from './current-user.ts';

/** 기관명 (e.g. 마포구): the title of the yearly report unless an export names another. */
export const OFFICE_NAME_SETTING = 'officeName';
/** How the office joins 개정문 clauses; every 개정문 the app writes (drafts, 의안, compare) uses it. */
export const AMENDMENT_STYLE_SETTING = 'amendmentStyle';

export async function amendmentStyleOf(db: Kysely<Database>): Promise<AmendmentStyle> {
  const stored = await getSetting(db, AMENDMENT_STYLE_SETTING);
  return AMENDMENT_STYLES.find((s) => s === stored) ?? 'single';
}

async function read(ctx: HandlerContext): Promise<UserSettings> {
  return {
    userName: (await getSetting(ctx.db, USER_NAME_SETTING)) ?? '',
    osUser: ctx.osUser,
    officeName: (await getSetting(ctx.db, OFFICE_NAME_SETTING)) ?? '',
    amendmentStyle: await amendmentStyleOf(ctx.db),
  };
}

export const settingsHandlers = {
  'settings:get': read,
  'settings:update': async (
    ctx: HandlerContext,
    input: {
      userName?: string | undefined;
      officeName?: string | undefined;
      amendmentStyle?: AmendmentStyle | undefined;
    },
  ): Promise<UserSettings> => {
    await ctx.db.transaction().execute(async (trx) => {
      for (const [key, value] of [
        [USER_NAME_SETTING, input.userName],
        [OFFICE_NAME_SETTING, input.officeName],
        [AMENDMENT_STYLE_SETTING, input.amendmentStyle],
      ] as const) {
        if (value === undefined) continue;
        if (value === '') await trx.deleteFrom('settings').where('key', '=', key).execute();
        else await setSetting(trx, key, value);
      }
    });
    return read(ctx);
  },
};
