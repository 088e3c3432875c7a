import { channel, noInput } from './channel.ts';

export interface AppInfo {
  version: string;
  dataPath: string;
  schemaVersion: number;
  /** The office's today (main process clock, local time zone), `YYYY-MM-DD`. */
  today: string;
}

export const appContract = {
  'app:info': channel<AppInfo>()(noInput),
} as const;
