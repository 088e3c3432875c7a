export interface CliCommand {
  name: string;
  /** One line shown in the usage text, without the leading `lexdesk `. */
  usage: string;
  /** Returns the exit code. Throw CliError for a Korean message and exit 1. */
  run(args: string[], out: NodeJS.WritableStream): Promise<number>;
}
