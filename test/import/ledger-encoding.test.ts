import { describe, expect, it } from 'vitest';
import { decodeCp949, decodeLedgerText, encodeCp949 } from '../../electron/import/ledger-encoding.ts';

// Byte values from Python's cp949 codec (the Windows code page 949 table).
const UHC = [
  ['똠', '8c63'],
  ['햏', 'c164'],
  ['뷁', '94ee'],
  ['쏼', '9c58'],
] as const;

describe('CP949', () => {
  it("Node's TextDecoder('euc-kr') is strict EUC-KR: it cannot read CP949 extension syllables", () => {
    const bytes = Buffer.from('8c63', 'hex');
    expect(new TextDecoder('euc-kr').decode(bytes)).not.toBe('똠');
    expect(new TextDecoder('euc-kr').decode(Buffer.from('b0a1', 'hex'))).toBe('가');
  });

  it.each(UHC)('decodes and encodes the extension syllable %s as %s', (ch, hex) => {
    expect(decodeCp949(Buffer.from(hex, 'hex'))).toBe(ch);
    expect(Buffer.from(encodeCp949(ch)).toString('hex')).toBe(hex);
  });

  it('round-trips all 11,172 modern Hangul syllables and KS X 1001 symbols/hanja', () => {
    let all = '';
    for (let c = 0xac00; c <= 0xd7a3; c++) all += String.fromCharCode(c);
    all += '가나다 ABC 123 ㈜ ① 法院 € ®';
    expect(decodeCp949(encodeCp949(all))).toBe(all);
  });

  it('turns bytes that name no character into U+FFFD', () => {
    expect(decodeCp949(Uint8Array.from([0x41, 0xff, 0x42]))).toBe('A\ufffdB');
  });
});

describe('decodeLedgerText', () => {
  const text = '구분,사건명\r\n행정소송,정똠순 외 1\r\n';
  it('reads UTF-8 with or without a BOM, UTF-16 with a BOM, else CP949', () => {
    expect(decodeLedgerText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeLedgerText(Buffer.from(`\ufeff${text}`)).encoding).toBe('utf-8');
    expect(decodeLedgerText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(decodeLedgerText(encodeCp949(text))).toEqual({ text, encoding: 'cp949' });
  });
});
