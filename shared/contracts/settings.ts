import { z } from 'zod';
import { channel, noInput } from './channel.ts';

export interface UserSettings {
  /** Shown in the change history; empty means the OS account is used. */
  userName: string;
  osUser: string;
}

export const settingsContract = {
  'settings:get': channel<UserSettings>()(noInput),
  'settings:update': channel<UserSettings>()(
    z.object({ userName: z.string().trim().max(40, '사용자 이름은 40자 이내로 입력하세요.') }),
  ),
} as const;
