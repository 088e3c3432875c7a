import { getSetting } from '../db/repositories/settings.ts';
import type { HandlerContext } from './context.ts';

export const USER_NAME_SETTING = 'userName';

/** Who the history says made a change: the name set in 설정, else the OS account. */
export async function currentUser(ctx: HandlerContext): Promise<string> {
  return (await getSetting(ctx.db, USER_NAME_SETTING)) ?? ctx.osUser;
}
