// `lexdesk deadline <기산일> <기간> [--electronic-notice] [--backward] [--midnight]`
// Prints the computed deadline as JSON: { due, rawEnd, start, deemedService?, shifts, provisional, …, explanation }.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { computeDeadline, DeadlineError, defaultHolidayCalendar } from '../../shared/deadlines/index.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './command.ts';

const options = {
  'electronic-notice': { type: 'boolean' },
  backward: { type: 'boolean' },
  midnight: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const USAGE_HINT =
  '사용법: lexdesk deadline <기산일 YYYY-MM-DD> <기간 예: 14d, 2w, 1m, 1y> [--electronic-notice] [--backward]';

export const deadlineCommand: CliCommand = {
  name: 'deadline',
  usage:
    'deadline <기산일 YYYY-MM-DD> <기간: 14d|2w|1m|1y> [--electronic-notice] [--backward] [--midnight]  ' +
    '(--electronic-notice: 기산일이 전자송달 통지일, --backward: 기일로부터 역산, --midnight: 0시 기산·초일 산입)',
  async run(args, out) {
    let parsed;
    try {
      parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
      throw new CliError(
        option ? `알 수 없는 옵션입니다: ${option}\n${USAGE_HINT}` : `인자를 해석할 수 없습니다: ${message}`,
      );
    }
    const { values, positionals } = parsed;
    if (positionals.length < 2) throw new CliError(`기산일과 기간을 입력하세요.\n${USAGE_HINT}`);
    if (positionals.length > 2)
      throw new CliError(`인자가 너무 많습니다: ${positionals.slice(2).join(' ')}\n${USAGE_HINT}`);
    const [trigger = '', period = ''] = positionals;
    try {
      const result = computeDeadline(trigger, period, defaultHolidayCalendar(), {
        electronicNotice: values['electronic-notice'] === true,
        backward: values.backward === true,
        startsAtMidnight: values.midnight === true,
      });
      out.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof DeadlineError) throw new CliError(error.message);
      throw error;
    }
  },
};
