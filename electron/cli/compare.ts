// `lexdesk compare <현행> <개정안>`: the 개정문 on stdout, optionally the 대비표 / 개정문 as Word files.
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { compareOrdinances, type CompareOptions, type JoinStyle, type LawWarning } from '../../shared/law/index.ts';
import type { CellParagraph, ComparisonTable, Run } from '../../shared/law/table-types.ts';
import { amendmentBillTitle, buildAmendmentDocx, buildComparisonDocx } from '../export/comparison-docx.ts';
import type { DocxFontOptions } from '../export/docx-style.ts';
import { OrdinanceFileError, readOrdinanceFile } from '../import/read-text-file.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './command.ts';

export const NO_CHANGES = '변경된 조문이 없습니다';

const options = {
  title: { type: 'string' },
  docx: { type: 'string' },
  'amendment-docx': { type: 'string' },
  json: { type: 'boolean' },
  quotes: { type: 'string' },
  style: { type: 'string' },
  full: { type: 'boolean' },
  font: { type: 'string' },
  'font-size': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const compareCommand: CliCommand = {
  name: 'compare',
  usage:
    'compare <현행 파일> <개정안 파일> [--title "<제명>"] [--docx <대비표.docx>] [--amendment-docx <개정문.docx>] ' +
    '[--json] [--quotes curly|straight] [--style single|article|chain] [--full] [--font <글꼴>] [--font-size <pt>]  ' +
    '(파일: .txt/.md/.docx; --json 출력의 각 칸은 Run[]이며 칸 안의 문단 사이에 {"text":"\\n"}이 들어갑니다)',
  async run(args, out) {
    const { values, positionals } = parseCommandArgs(args, options, 2, '현행 파일과 개정안 파일을 지정해 주세요.');
    const [oldPath = '', newPath = ''] = positionals;
    const font = fontOptions(values.font, values['font-size']);
    const compareOptions: CompareOptions = { quotes: quoteStyle(values.quotes), style: joinStyle(values.style) };
    if (values.full) compareOptions.mode = 'full';
    if (values.title !== undefined) compareOptions.title = values.title;

    const oldText = await readInput(oldPath);
    const newText = await readInput(newPath);
    const result = compareOrdinances(oldText, newText, compareOptions);
    // "No change" must not leave stale rows behind: the file then shows only the header.
    const table: ComparisonTable = result.changed ? result.table : { title: result.table.title, rows: [] };
    const amendment = result.changed ? result.amendment : '';

    if (values.docx !== undefined) await writeOutput(values.docx, await buildComparisonDocx(table, font));
    if (values['amendment-docx'] !== undefined) {
      if (!result.changed) throw new CliError(`${NO_CHANGES}: 개정문 파일을 만들지 않았습니다.`);
      const name = values.title ?? ordinanceNameOf(amendment) ?? billNameOf(table.title);
      await writeOutput(values['amendment-docx'], await buildAmendmentDocx(name, amendment, font));
    }

    const noChangeLine = `${NO_CHANGES} (무시한 표기 차이 ${result.ignoredTypographic}건)`;
    if (values.json) {
      out.write(`${JSON.stringify(toJson(amendment, table, result.warnings), null, 2)}\n`);
      if (!result.changed) process.stderr.write(`${noChangeLine}\n`);
    } else {
      for (const w of result.warnings) process.stderr.write(`${formatWarning(w)}\n`);
      if (result.fullRevisionSuggested && result.mode === 'partial')
        process.stderr.write('참고: 조문 대부분이 바뀌었습니다. 전부개정이 알맞으면 --full 로 다시 만드십시오.\n');
      out.write(result.changed ? `${amendment.replace(/\n+$/, '')}\n` : `${noChangeLine}\n`);
    }
    return 0;
  },
};

export interface JsonOutput {
  amendment: string;
  table: { rows: { old: Run[]; new: Run[] }[] };
  warnings: LawWarning[];
}

function toJson(amendment: string, table: ComparisonTable, warnings: LawWarning[]): JsonOutput {
  return {
    amendment,
    table: { rows: table.rows.map((row) => ({ old: flattenCell(row.old), new: flattenCell(row.new) })) },
    warnings,
  };
}

/** The JSON contract has one Run[] per cell: paragraphs are joined by a `{ text: "\n" }` run. */
export function flattenCell(paragraphs: CellParagraph[]): Run[] {
  return paragraphs.flatMap((runs, i) => (i === 0 ? runs : [{ text: '\n' }, ...runs]));
}

function formatWarning(w: LawWarning): string {
  const near = w.near ? ` (${w.near} 부근)` : '';
  // Warnings about the comparison as a whole have no line: never print `0행`.
  const where = w.line > 0 ? `${w.line}행${near}: ` : near ? `${near.trim()}: ` : '';
  return `경고: ${where}${w.message}${w.text ? ` — ${w.text}` : ''}`;
}

/** `서울특별시 마포구 법률고문 운영 규칙 일부를 다음과 같이 개정한다.` → the 제명. */
function ordinanceNameOf(amendment: string): string | undefined {
  const first = amendment.trimStart().split('\n', 1)[0] ?? '';
  return /^(.+?)\s*(?:일부|전부)를 다음과 같이 개정한다/.exec(first)?.[1];
}

/** `… 일부개정조례안 신·구조문대비표` → `… 일부개정조례안`. */
function billNameOf(tableTitle: string): string {
  return amendmentBillTitle(tableTitle.replace(/\s*신[·ㆍ・.]?구\s*조문\s*대비표\s*$/, ''));
}

function joinStyle(value: string | undefined): JoinStyle {
  if (value === undefined) return 'single';
  if (value === 'single' || value === 'article' || value === 'chain') return value;
  throw new CliError(
    `--style 은 single(한 문장), article(조마다 한 문장), chain(쉼표로 잇기) 중 하나여야 합니다: ${value}`,
  );
}

function quoteStyle(value: string | undefined): 'curly' | 'straight' {
  if (value === undefined || value === 'curly' || value === 'straight') return value ?? 'curly';
  throw new CliError(`--quotes 값은 curly 또는 straight 이어야 합니다: ${value}`);
}

function fontOptions(family: string | undefined, size: string | undefined): DocxFontOptions {
  const font: DocxFontOptions = {};
  if (family !== undefined) font.fontFamily = family;
  if (size !== undefined) {
    const pt = Number(size);
    if (!Number.isFinite(pt) || pt < 6 || pt > 36)
      throw new CliError(`--font-size 는 6–36 사이의 숫자여야 합니다: ${size}`);
    font.fontSizePt = pt;
  }
  return font;
}

// ── helpers shared with the other file-based commands (apply) ──────────────────────────────────────────────

/** parseArgs with Korean errors and an exact number of positional arguments. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  opts: O,
  positionalCount: number,
  missingMessage: string,
): {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
} {
  let parsed;
  try {
    parsed = parseArgs({ args, options: opts, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(parseArgsMessage(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length < positionalCount) throw new CliError(missingMessage);
  if (positionals.length > positionalCount) {
    throw new CliError(`인자가 너무 많습니다: ${positionals.slice(positionalCount).join(' ')}`);
  }
  return { values, positionals };
}

function parseArgsMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `알 수 없는 옵션입니다: ${option || message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `옵션 값이 없거나 잘못되었습니다: ${option || message}`;
    default:
      return `인자를 해석할 수 없습니다: ${message}`;
  }
}

export async function readInput(path: string): Promise<string> {
  try {
    return await readOrdinanceFile(path);
  } catch (error) {
    if (error instanceof OrdinanceFileError) throw new CliError(error.message);
    throw error;
  }
}

export async function writeOutput(path: string, data: Buffer): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(`파일을 쓸 수 없습니다(${code}): ${path}`);
  }
}
