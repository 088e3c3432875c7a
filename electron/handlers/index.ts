import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../shared/contract.ts';
import { appHandlers } from './app.ts';
import { caseHandlers } from './cases.ts';
import { attachmentHandlers } from './attachments.ts';
import { calendarHandlers } from './calendar.ts';
import { deadlineExportHandlers } from './deadline-exports.ts';
import { caseListHandlers } from './case-list.ts';
import { searchHandlers } from './search.ts';
import type { HandlerContext } from './context.ts';
import { dashboardHandlers } from './dashboard.ts';
import { eventHandlers } from './events.ts';
import { deadlineExtensionHandlers } from './deadline-extension.ts';
import { peopleHandlers } from './people.ts';
import { settingsHandlers } from './settings.ts';
import { holidayHandlers } from './holidays.ts';
import { ledgerHandlers } from './ledger.ts';
import { reportHandlers } from './reports.ts';
import { educationHandlers } from './education.ts';
import { ordinanceHandlers } from './ordinances.ts';
import { draftHandlers } from './drafts.ts';

export type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ChannelParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

// One handler per contract channel; the type makes a missing or mistyped handler a compile error.
export const handlers: Handlers = {
  ...appHandlers,
  ...caseHandlers,
  ...attachmentHandlers,
  ...calendarHandlers,
  ...deadlineExportHandlers,
  ...caseListHandlers,
  ...searchHandlers,
  ...peopleHandlers,
  ...eventHandlers,
  ...deadlineExtensionHandlers,
  ...dashboardHandlers,
  ...settingsHandlers,
  ...holidayHandlers,
  ...ledgerHandlers,
  ...reportHandlers,
  ...educationHandlers,
  ...ordinanceHandlers,
  ...draftHandlers,
};
