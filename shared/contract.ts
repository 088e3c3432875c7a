import type { z } from 'zod';
import { appContract } from './contracts/app.ts';
import { casesContract } from './contracts/cases.ts';
import { attachmentsContract } from './contracts/attachments.ts';
import { calendarContract } from './contracts/calendar.ts';
import { deadlineExportsContract } from './contracts/deadline-exports.ts';
import { caseListContract } from './contracts/case-list.ts';
import { searchContract } from './contracts/search.ts';
import { settingsContract } from './contracts/settings.ts';
import { holidaysContract } from './contracts/holidays.ts';
import { ledgerContract } from './contracts/ledger.ts';
import { reportsContract } from './contracts/reports.ts';
import { educationContract } from './contracts/education.ts';
import { ordinancesContract } from './contracts/ordinances.ts';

// Every request the renderer may make: channel `domain:verb` → input schema and output type.
// Each domain keeps its channels in shared/contracts/<domain>.ts; this file only joins them.

export type { AppInfo } from './contracts/app.ts';

export const contract = {
  ...appContract,
  ...casesContract,
  ...attachmentsContract,
  ...calendarContract,
  ...deadlineExportsContract,
  ...caseListContract,
  ...searchContract,
  ...settingsContract,
  ...holidaysContract,
  ...ledgerContract,
  ...reportsContract,
  ...educationContract,
  ...ordinancesContract,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
