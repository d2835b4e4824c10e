/** Byte → text decoding: BOMs, UTF-16 without BOM, and a Windows-1252 fallback for invalid UTF-8. */
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Guesses the encoding from the first bytes of a file. */
export function sniffEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const n = Math.min(head.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  // ASCII text in UTF-16 has a zero in every other byte; which side tells the byte order.
  if (n >= 4 && oddZeros > n / 4 && evenZeros === 0) return 'utf-16le';
  if (n >= 4 && evenZeros > n / 4 && oddZeros === 0) return 'utf-16be';
  return isValidUtf8(trimPartial(head)) ? 'utf-8' : 'windows-1252';
}

/** True when the bytes contain NULs or many control characters outside of UTF-16 text. */
export function looksBinary(head: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Drops an incomplete multi-byte sequence at the end of a head sample, so the cut is not "invalid". */
function trimPartial(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back];
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (back < need) return bytes.subarray(0, end - back);
    }
    break;
  }
  return bytes;
}

/**
 * A streaming decoder. UTF-8 is decoded strictly; on the first invalid sequence the rest of the
 * file is read as Windows-1252 (the usual culprit: Excel on Windows), and `fellBack` says so.
 */
export class StreamDecoder {
  encoding: Encoding;
  fellBack = false;
  private decoder: Decoder;
  private first = true;
  constructor(encoding: Encoding) {
    this.encoding = encoding;
    this.decoder = makeDecoder(encoding);
  }
  /** Decodes one chunk; pass `last` for the final call so trailing bytes are flushed. */
  write(chunk: Uint8Array, last = false): string {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: !last });
    } catch {
      this.encoding = 'windows-1252';
      this.fellBack = true;
      this.decoder = makeDecoder('windows-1252');
      text = this.decoder.decode(chunk, { stream: !last });
    }
    if (this.first && text.length > 0) {
      this.first = false;
      // TextDecoder strips a BOM for UTF-8/16 but not for a fallback decode of a BOM'd file.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.startsWith('ï»¿')) text = text.slice(3);
    }
    return text;
  }
}

type Decoder = { decode: (bytes: Uint8Array, opts: { stream: boolean }) => string };

function makeDecoder(encoding: Encoding): Decoder {
  // Node's TextDecoder treats "windows-1252" as Latin-1 (0x80 → U+0080, not €): use iconv-lite.
  if (encoding === 'windows-1252') return { decode: (bytes) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252') };
  return encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : new TextDecoder(encoding);
}

/** Decodes a whole buffer with the sniffed encoding and fallback. */
export function decodeAll(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const d = new StreamDecoder(sniffEncoding(bytes));
  const text = d.write(bytes, true);
  return { text, encoding: d.encoding };
}
