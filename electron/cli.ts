// `lexdesk` command line: the same services as the app, for batch work and tests.
// Each command lives in electron/cli/<name>.ts and is listed in electron/cli/commands.ts.
import { commands } from './cli/commands.ts';
import { CliError } from './cli/cli-error.ts';

export async function runCli(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const list = commands.map((c) => `  lexdesk ${c.usage}`).join('\n');
    process.stderr.write(`사용법:\n${list}\n`);
    return name === undefined || name === '--help' ? 0 : 1;
  }
  try {
    return await command.run(rest, out);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`오류: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
