// Text encodings of a CSV 송무대장: UTF-8 (Excel's "CSV UTF-8" adds a BOM), UTF-16 with a BOM (Excel's
// "유니코드 텍스트") and CP949, which is what Korean Windows Excel writes for a plain "CSV".
//
// Why a hand-written CP949 decoder: Node's `new TextDecoder('euc-kr')` (ICU, even with full ICU) is strict
// EUC-KR (KS X 1001, 2,350 syllables); it turns the UHC extension bytes of 똠 (8C 63) or 햏 (C1 64) into
// U+008C + "c" instead of the syllable. CP949 adds exactly the 8,822 remaining modern syllables, in Unicode
// order, at lead 0x81–0xC6 × trail 0x41–0x5A, 0x61–0x7A, 0x81–0xFE (only trails below 0xA1 from lead 0xA1 on),
// so the extension is computed; the KS X 1001 part comes from the built-in decoder, once.

const FIRST_SYLLABLE = 0xac00;
const SYLLABLE_COUNT = 11_172;

interface Cp949Tables {
  /** lead << 8 | trail → code point, for every two-byte CP949 character. */
  decode: Map<number, number>;
  /** code point → lead << 8 | trail. */
  encode: Map<number, number>;
}

let tables: Cp949Tables | undefined;

function extensionTrails(lead: number): number[] {
  const trails: number[] = [];
  for (let t = 0x41; t <= 0x5a; t++) trails.push(t);
  for (let t = 0x61; t <= 0x7a; t++) trails.push(t);
  for (let t = 0x81; t <= (lead < 0xa1 ? 0xfe : 0xa0); t++) trails.push(t);
  return trails;
}

function buildTables(): Cp949Tables {
  const decode = new Map<number, number>();
  // KS X 1001 (rows 0xA1–0xFE × 0xA1–0xFE): decode all 8,836 pairs in one call, a newline after each pair so
  // an unmapped pair cannot shift the rest. ICU's table predates KS X 1001:1998, so € and ® are added by hand.
  const pairs: number[] = [];
  for (let lead = 0xa1; lead <= 0xfe; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) pairs.push(lead, trail, 0x0a);
  const decoded = new TextDecoder('euc-kr').decode(Uint8Array.from(pairs)).split('\n');
  decoded.forEach((text, i) => {
    const code = text.codePointAt(0);
    if (text.length === 1 && code !== undefined && code !== 0xfffd)
      decode.set(((pairs[3 * i] ?? 0) << 8) | (pairs[3 * i + 1] ?? 0), code);
  });
  decode.set(0xa2e6, 0x20ac); // €
  decode.set(0xa2e7, 0x00ae); // ®
  const inKsx = new Set(decode.values());
  let syllable = FIRST_SYLLABLE;
  const next = (): number | undefined => {
    while (syllable < FIRST_SYLLABLE + SYLLABLE_COUNT && inKsx.has(syllable)) syllable++;
    return syllable < FIRST_SYLLABLE + SYLLABLE_COUNT ? syllable++ : undefined;
  };
  for (let lead = 0x81; lead <= 0xc6; lead++) {
    for (const trail of extensionTrails(lead)) {
      const code = next();
      if (code === undefined) break;
      decode.set((lead << 8) | trail, code);
    }
  }
  const encode = new Map<number, number>();
  for (const [bytes, code] of decode) if (!encode.has(code)) encode.set(code, bytes);
  return { decode, encode };
}

function cp949Tables(): Cp949Tables {
  tables ??= buildTables();
  return tables;
}

/** Decodes CP949 (a superset of EUC-KR); bytes that name no character become U+FFFD. */
export function decodeCp949(data: Uint8Array): string {
  const { decode } = cp949Tables();
  let out = '';
  let chunk: number[] = [];
  const flush = () => {
    out += String.fromCodePoint(...chunk);
    chunk = [];
  };
  for (let i = 0; i < data.length; i++) {
    const lead = data[i] ?? 0;
    if (lead < 0x80) chunk.push(lead);
    else {
      const trail = data[i + 1];
      const code = trail === undefined ? undefined : decode.get((lead << 8) | trail);
      if (code === undefined) chunk.push(0xfffd);
      else {
        chunk.push(code);
        i++;
      }
    }
    if (chunk.length >= 8192) flush();
  }
  flush();
  return out;
}

/** Encodes text as CP949 (for sample files and tests); throws on a character CP949 cannot hold. */
export function encodeCp949(text: string): Uint8Array {
  const { encode } = cp949Tables();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = encode.get(code);
      if (pair === undefined) throw new Error(`CP949로 나타낼 수 없는 글자입니다: ${ch}`);
      bytes.push(pair >> 8, pair & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

export type LedgerEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp949';

/** UTF-16 by its BOM, else UTF-8 when the bytes are valid UTF-8 (BOM or not), else CP949. */
export function decodeLedgerText(data: Uint8Array): { text: string; encoding: LedgerEncoding } {
  if (data[0] === 0xff && data[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  if (data[0] === 0xfe && data[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    return { text: decodeCp949(data), encoding: 'cp949' };
  }
}
