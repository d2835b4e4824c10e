import { describe, expect, it } from 'vitest';
import { decodeAll, sniffEncoding, StreamDecoder } from '../../../ingest/readers/decode.ts';

const utf16 = (s: string, be = false) => {
  const le = Buffer.from(s, 'utf16le');
  return be ? Buffer.from(le.map((_, i) => le[i ^ 1])) : le;
};

describe('decoding', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeAll(Buffer.from('\uFEFFcafé', 'utf8'))).toEqual({ text: 'café', encoding: 'utf-8' });
    expect(decodeAll(Buffer.from('café', 'utf8')).text).toBe('café');
  });

  it('reads UTF-16LE and UTF-16BE, with BOM and without', () => {
    expect(decodeAll(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('Zürich;1')]))).toEqual({ text: 'Zürich;1', encoding: 'utf-16le' });
    expect(decodeAll(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16('Zürich;1', true)]))).toEqual({ text: 'Zürich;1', encoding: 'utf-16be' });
    expect(sniffEncoding(utf16('plain ascii text here'))).toBe('utf-16le');
    expect(sniffEncoding(utf16('plain ascii text here', true))).toBe('utf-16be');
  });

  it('falls back to Windows-1252 when UTF-8 is invalid', () => {
    expect(decodeAll(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]))).toEqual({ text: 'Café €5', encoding: 'windows-1252' });
  });

  it('does not call a multi-byte character cut at the end of the sniffed head invalid', () => {
    const bytes = Buffer.from('ééé', 'utf8');
    expect(sniffEncoding(bytes.subarray(0, 5))).toBe('utf-8');
  });

  it('switches to Windows-1252 mid-stream when a later chunk is invalid UTF-8', () => {
    const d = new StreamDecoder('utf-8');
    const a = d.write(Buffer.from('naïve,', 'utf8'));
    const b = d.write(Buffer.from([0x93, 0x68, 0x69, 0x94]), true);
    expect(a + b).toBe('naïve,“hi”');
    expect(d.fellBack).toBe(true);
  });
});
