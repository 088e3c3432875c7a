import type { AppInfo } from '../../shared/contract.ts';
import type { HandlerContext } from './context.ts';

export const appHandlers = {
  'app:info': (ctx: HandlerContext): AppInfo => ({
    version: ctx.appVersion,
    dataPath: ctx.dataPath,
    schemaVersion: ctx.schemaVersion,
    today: ctx.today(),
  }),
};
