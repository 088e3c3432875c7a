import { z } from 'zod';
import { channel, noInput } from './channel.ts';
import { officeNameSchema } from './reports.ts';

export interface UserSettings {
  /** Shown in the change history; empty means the OS account is used. */
  userName: string;
  osUser: string;
  /** 기관명 for report titles, e.g. `마포구`; empty means the placeholder `○○구`. */
  officeName: string;
}

export const settingsContract = {
  'settings:get': channel<UserSettings>()(noInput),
  /** Saves the fields given; an empty string clears one. */
  'settings:update': channel<UserSettings>()(
    z.object({
      userName: z.string().trim().max(40, '사용자 이름은 40자 이내로 입력하세요.').optional(),
      officeName: officeNameSchema.optional(),
    }),
  ),
} as const;
