// `lexdesk apply <현행> <개정문>`: applies a 개정문 to the current text and prints the amended full text.
import { AmendmentError, applyAmendmentDetailed } from '../../shared/law/index.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './command.ts';
import { parseCommandArgs, readInput } from './compare.ts';

export const applyCommand: CliCommand = {
  name: 'apply',
  usage: 'apply <현행 파일> <개정문 파일>  (개정문을 현행에 적용한 전문을 출력; 파일: .txt/.md/.docx)',
  async run(args, out) {
    const { positionals } = parseCommandArgs(args, {}, 2, '현행 파일과 개정문 파일을 지정해 주세요.');
    const [oldPath = '', amendmentPath = ''] = positionals;
    const oldText = await readInput(oldPath);
    const amendment = await readInput(amendmentPath);
    let result: string;
    try {
      const applied = applyAmendmentDetailed(oldText, amendment);
      result = applied.text;
      // 별표·서식 clauses amend what is not in the text: the drafter applies them to the attachment.
      for (const note of applied.outside) process.stderr.write(`참고: ${note}\n`);
    } catch (error) {
      // AmendmentError carries a Korean message meant for the drafter (which sentence could not be applied).
      if (error instanceof AmendmentError) throw new CliError(error.message);
      throw error;
    }
    out.write(result.endsWith('\n') ? result : `${result}\n`);
    return 0;
  },
};
