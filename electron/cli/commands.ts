import { applyCommand } from './apply.ts';
import type { CliCommand } from './command.ts';
import { compareCommand } from './compare.ts';
import { deadlineCommand } from './deadline.ts';
import { importCommand } from './import.ts';
import { reportCommand } from './report.ts';

// One line per command; keep the list in the order users meet them.
export const commands: CliCommand[] = [compareCommand, applyCommand, deadlineCommand, importCommand, reportCommand];
