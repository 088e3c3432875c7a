import { channel, noInput } from './channel.ts';

export interface AppInfo {
  version: string;
  dataPath: string;
  schemaVersion: number;
}

export const appContract = {
  'app:info': channel<AppInfo>()(noInput),
} as const;
