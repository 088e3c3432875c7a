import type { UserSettings } from '../../shared/contracts/settings.ts';
import { getSetting, setSetting } from '../db/repositories/settings.ts';
import type { HandlerContext } from './context.ts';
import { USER_NAME_SETTING } from './current-user.ts';

async function read(ctx: HandlerContext): Promise<UserSettings> {
  return { userName: (await getSetting(ctx.db, USER_NAME_SETTING)) ?? '', osUser: ctx.osUser };
}

export const settingsHandlers = {
  'settings:get': read,
  'settings:update': async (ctx: HandlerContext, input: { userName: string }): Promise<UserSettings> => {
    if (input.userName === '') await ctx.db.deleteFrom('settings').where('key', '=', USER_NAME_SETTING).execute();
    else await setSetting(ctx.db, USER_NAME_SETTING, input.userName);
    return read(ctx);
  },
};
