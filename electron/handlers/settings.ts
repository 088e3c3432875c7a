import type { UserSettings } from '../../shared/contracts/settings.ts';
import { getSetting, setSetting } from '../db/repositories/settings.ts';
import type { HandlerContext } from './context.ts';
import { USER_NAME_SETTING } from './current-user.ts';

/** 기관명 (e.g. 마포구): the title of the yearly report unless an export names another. */
export const OFFICE_NAME_SETTING = 'officeName';

async function read(ctx: HandlerContext): Promise<UserSettings> {
  return {
    userName: (await getSetting(ctx.db, USER_NAME_SETTING)) ?? '',
    osUser: ctx.osUser,
    officeName: (await getSetting(ctx.db, OFFICE_NAME_SETTING)) ?? '',
  };
}

export const settingsHandlers = {
  'settings:get': read,
  'settings:update': async (
    ctx: HandlerContext,
    input: { userName?: string | undefined; officeName?: string | undefined },
  ): Promise<UserSettings> => {
    await ctx.db.transaction().execute(async (trx) => {
      for (const [key, value] of [
        [USER_NAME_SETTING, input.userName],
        [OFFICE_NAME_SETTING, input.officeName],
      ] as const) {
        if (value === undefined) continue;
        if (value === '') await trx.deleteFrom('settings').where('key', '=', key).execute();
        else await setSetting(trx, key, value);
      }
    });
    return read(ctx);
  },
};
