import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentXmlToText } from '../../electron/import/docx-text.ts';
import {
  OrdinanceFileError,
  readOrdinanceFile,
  type OrdinanceFileErrorCode,
} from '../../electron/import/read-text-file.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexdesk-read-'));
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function expectError(path: string, code: OrdinanceFileErrorCode, message: RegExp): Promise<void> {
  const error: unknown = await readOrdinanceFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OrdinanceFileError);
  const e = error as OrdinanceFileError;
  expect(e.code).toBe(code);
  expect(e.path).toBe(path);
  expect(e.message).toMatch(message);
}

describe('readOrdinanceFile — text', () => {
  it('strips a UTF-8 BOM and turns CRLF and CR into LF', async () => {
    const path = file('bom.txt', '\uFEFF제1조(목적) 이 조례는\r\n① 구청장은\r② 위원회는\r\n');
    expect(await readOrdinanceFile(path)).toBe('제1조(목적) 이 조례는\n① 구청장은\n② 위원회는\n');
  });

  it('reads markdown as is and keeps every character', async () => {
    const text = '# 서울특별시 마포구 법률고문 운영 규칙\n\n제5조(위촉) “새마포담당관”　전각 공백 ⓛ\n';
    expect(await readOrdinanceFile(file('law.md', text))).toBe(text);
  });

  it('accepts UTF-16 with a BOM, as Windows Notepad saves "유니코드"', async () => {
    const body = Buffer.from('제1조(목적)\r\n', 'utf16le');
    const path = file('notepad.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
    expect(await readOrdinanceFile(path)).toBe('제1조(목적)\n');
  });

  it('accepts an upper-case extension', async () => {
    expect(await readOrdinanceFile(file('UPPER.TXT', '제1조'))).toBe('제1조');
  });
});

describe('readOrdinanceFile — docx', () => {
  it('reads paragraphs in order, table cells included, one line per paragraph', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun('서울특별시 마포구 법률고문 운영 규칙')],
            }),
            new Paragraph({
              children: [
                new TextRun('제1조(목적) 이 규칙은 '),
                new TextRun({ text: '「법률」', bold: true }),
                new TextRun('에 따라'),
              ],
            }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('[별표 1]'), new Paragraph('구분 & 금액 <원>')] }),
                    new TableCell({ children: [new Paragraph('1천만원')] }),
                  ],
                }),
              ],
            }),
            new Paragraph(''),
            new Paragraph('부칙 <제844호, 2023. 7. 13.>'),
          ],
        },
      ],
    });
    const path = file('law.docx', await Packer.toBuffer(doc));
    expect(await readOrdinanceFile(path)).toBe(
      [
        '서울특별시 마포구 법률고문 운영 규칙',
        '제1조(목적) 이 규칙은 「법률」에 따라',
        '[별표 1]',
        '구분 & 금액 <원>',
        '1천만원',
        '',
        '부칙 <제844호, 2023. 7. 13.>',
      ].join('\n'),
    );
  });

  it('skips deleted revisions, field codes and fallback copies; keeps tabs and line breaks', () => {
    const xml =
      '<w:document><w:body>' +
      '<w:p><w:r><w:t xml:space="preserve">제2조 </w:t></w:r><w:del><w:r><w:delText>옛</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>새</w:t></w:r></w:ins><w:r><w:tab/><w:t>말</w:t><w:br/><w:t>&#12304;끝&#x3011;</w:t></w:r></w:p>' +
      '<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>본문</w:t></w:r>' +
      '<mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>상자</w:t></w:r></w:p></w:txbxContent></mc:Choice>' +
      '<mc:Fallback><w:p><w:r><w:t>상자</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:p>' +
      '<w:p/></w:body></w:document>';
    expect(documentXmlToText(xml)).toBe('제2조 새\t말\n【끝】\n상자\n본문\n');
  });
});

describe('readOrdinanceFile — errors in Korean', () => {
  it('missing file', async () => {
    await expectError(join(dir, 'nope.txt'), 'not-found', /^파일을 찾을 수 없습니다: .*nope\.txt$/);
  });

  it('a folder instead of a file', async () => {
    mkdirSync(join(dir, 'folder.txt'), { recursive: true });
    await expectError(join(dir, 'folder.txt'), 'not-a-file', /^파일이 아닙니다/);
  });

  it('empty or blank file', async () => {
    await expectError(file('empty.txt', ''), 'empty', /^파일에 내용이 없습니다/);
    await expectError(file('blank.md', '\uFEFF \r\n\t\n'), 'empty', /^파일에 내용이 없습니다/);
  });

  it('binary content', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expectError(file('image.txt', png), 'binary', /^텍스트 파일이 아닙니다\(이진 파일로 보입니다\)/);
  });

  it('EUC-KR (not UTF-8) text', async () => {
    // "제1조" in EUC-KR.
    await expectError(
      file('euckr.txt', Uint8Array.from([0xc1, 0xa6, 0x31, 0xc1, 0xb6])),
      'not-utf8',
      /^UTF-8로 된 텍스트가 아닙니다/,
    );
  });

  it('broken DOCX: not a zip, or a zip without a document', async () => {
    await expectError(file('fake.docx', '제1조(목적)'), 'broken-docx', /^DOCX 파일을 열 수 없습니다/);
    const zip = new JSZip().file('hello.txt', 'x');
    await expectError(
      file('nodoc.docx', await zip.generateAsync({ type: 'uint8array' })),
      'broken-docx',
      /^DOCX 파일을 열 수 없습니다/,
    );
  });

  it('a DOCX without text is empty', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('')] }] });
    await expectError(file('blank.docx', await Packer.toBuffer(doc)), 'empty', /^파일에 내용이 없습니다/);
  });

  it('unsupported extension, with a hint for HWP', async () => {
    await expectError(
      file('law.hwp', 'x'),
      'unsupported-extension',
      /^지원하지 않는 파일 형식입니다\(\.hwp\)[\s\S]*DOCX 또는 UTF-8 텍스트/,
    );
    await expectError(file('noext', 'x'), 'unsupported-extension', /^지원하지 않는 파일 형식입니다\(확장자 없음\)/);
  });
});
