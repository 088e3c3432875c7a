import { z } from 'zod';
import { channel, noInput } from './channel.ts';
import { officeNameSchema } from './reports.ts';

export interface UserSettings {
  /** Shown in the change history; empty means the OS account is used. */
  userName: string;
  osUser: string;
  /** 기관명 for report titles, e.g. `마포구`; empty means the placeholder `○○구`. */
  officeName: string;
  /** How this office joins the clauses of a 개정문 (see shared/law JoinStyle). */
  amendmentStyle: AmendmentStyle;
}

export const AMENDMENT_STYLES = ['single', 'article', 'chain'] as const;
export type AmendmentStyle = (typeof AMENDMENT_STYLES)[number];
export const AMENDMENT_STYLE_LABELS: Record<AmendmentStyle, string> = {
  single: '한 문장으로 잇기 (…로 하고, 같은 조 제2항 중 …) — 기본',
  article: '조마다 한 문장 (법제처 입안 기준)',
  chain: '쉼표로 잇기 (…으로, 제7조 중 …으로 한다)',
};

export const settingsContract = {
  'settings:get': channel<UserSettings>()(noInput),
  /** Saves the fields given; an empty string clears one. */
  'settings:update': channel<UserSettings>()(
    z.object({
      userName: z.string().trim().max(40, '사용자 이름은 40자 이내로 입력하세요.').optional(),
      officeName: officeNameSchema.optional(),
      amendmentStyle: z.enum(AMENDMENT_STYLES, { error: '개정문 문장 잇기 방식을 고르세요.' }).optional(),
    }),
  ),
} as const;
