// Plain text of a DOCX body: one line per paragraph, in reading order, table cells included.
// A small scanner over word/document.xml rather than a DOM: the file is machine-written and we only need
// <w:p>, <w:t> and a few inline marks.
import JSZip from 'jszip';

export class DocxTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxTextError';
  }
}

export async function extractDocxText(data: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxTextError('not a zip archive');
  }
  const entry = zip.file('word/document.xml');
  if (!entry) throw new DocxTextError('word/document.xml is missing');
  return documentXmlToText(await entry.async('string'));
}

const TAG = /<(\/?)([A-Za-z][\w.-]*:)?([\w.-]+)((?:\s[^>]*?)?)(\/?)>|([^<]+)/g;

/**
 * Paragraph texts of a WordprocessingML body joined by `\n`. Skipped: deleted revisions (w:delText), field codes
 * (w:instrText) and the fallback copy of alternate content (mc:Fallback), which would otherwise repeat text-box text.
 */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  // Paragraphs nest (a text box inside a paragraph); each open <w:p> gets its own buffer.
  const open: string[] = [];
  let inText = false;
  let skipDepth = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, closing, prefix = '', local = '', , selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText && skipDepth === 0 && open.length > 0) open[open.length - 1] += decodeEntities(chars);
      continue;
    }
    const name = `${prefix}${local}`;
    if (name === 'mc:Fallback' && !selfClosing) {
      skipDepth += closing ? -1 : 1;
      continue;
    }
    if (skipDepth > 0) continue;
    if (name === 'w:p') {
      if (selfClosing) lines.push('');
      else if (!closing) open.push('');
      else lines.push(open.pop() ?? '');
      continue;
    }
    if (name === 'w:t') {
      inText = !closing && !selfClosing;
      continue;
    }
    if (closing || open.length === 0) continue;
    if (name === 'w:tab' || name === 'w:ptab') open[open.length - 1] += '\t';
    else if ((name === 'w:br' && !/w:type="page"|w:type="column"/.test(m[4] ?? '')) || name === 'w:cr')
      open[open.length - 1] += '\n';
    else if (name === 'w:noBreakHyphen') open[open.length - 1] += '-';
  }
  return lines.join('\n');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? whole;
  });
}
