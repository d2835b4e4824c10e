/** A file read as a stream of byte chunks, counting bytes for the progress bar. */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StreamDecoder, type Encoding } from './decode.ts';
import { reject } from './errors.ts';
import { LIMIT_SETTINGS, READ_LIMITS } from '../../data/limits.ts';

export type ByteSource = {
  path: string;
  size: number;
  /** Bytes delivered by the current pass. */
  bytes: number;
  /** Reads the file from the start (again); each pass resets `bytes`. */
  chunks: () => AsyncIterable<Buffer>;
  /** Reads the file from the start as decoded text chunks. */
  text: (encoding: Encoding) => AsyncIterable<string>;
  /** The longest record (line, CSV record) a reader of this file accepts, in characters. */
  maxRecordChars: number;
  /** The part of the file to read, when the file is staged in parts (a line-based reader honours it: lineRange). */
  part: PartOfFile | null;
  /** The lines of `part`, once a line-based reader has taken them (null: the reader reads the whole file). */
  range: LineRange | null;
};

/** Part `part` (0-based) of `parts` equal byte ranges of a file. */
export type PartOfFile = { part: number; parts: number };

/**
 * The lines a part reads: those that start in its byte range, from `start` (a line's first byte)
 * to `end` (exclusive), and how many lines come before it in the file (line numbers stay the file's).
 */
export type LineRange = { start: number; end: number; linesBefore: number };

/** Reads the first `n` bytes of a file. */
export async function readHead(path: string, n = 65536): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Opens a file as a re-readable byte source. */
export async function openByteSource(path: string, maxRecordChars = READ_LIMITS.maxRecordChars, part: PartOfFile | null = null): Promise<ByteSource> {
  const { size } = await stat(path);
  const src: ByteSource = {
    path,
    size,
    bytes: 0,
    maxRecordChars,
    part,
    range: null,
    async *chunks() {
      const r = src.range;
      src.bytes = r ? r.start : 0;
      if (r && r.start >= r.end) return;
      // small chunks when a part's records are told by the position (split.ts): a file of a few MB still splits evenly
      const highWaterMark = part && !r ? 1 << 16 : 1 << 20;
      for await (const chunk of createReadStream(path, r ? { highWaterMark, start: r.start, end: r.end - 1 } : { highWaterMark })) {
        src.bytes += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    },
    async *text(encoding) {
      const decoder = new StreamDecoder(encoding);
      const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
      let newlines = src.range?.linesBefore ?? 0;
      for await (const chunk of src.chunks()) {
        // A NUL byte never occurs in 8-bit text: the file is binary (or corrupted) from here.
        const nul = wide ? -1 : chunk.indexOf(0);
        if (nul >= 0) throw reject(`line ${newlines + countNewlines(chunk.subarray(0, nul)) + 1}`, 'binary data: not a text file');
        if (!wide) newlines += countNewlines(chunk);
        const t = decoder.write(chunk);
        if (t) yield t;
      }
      const rest = decoder.write(new Uint8Array(0), true);
      if (rest) yield rest;
    },
  };
  return src;
}

export type Line = { text: string; line: number; last: boolean; terminated: boolean };

/** A record past the length cap: the refusal names the cap and its setting. */
export function tooLong(where: string, max: number): Error {
  return reject(where, `a record longer than ${Math.round(max / 1024)} KB; at most that is accepted per record (${LIMIT_SETTINGS.maxRecordChars} raises it); nothing was stored`);
}

/** Splits text chunks into lines (LF, CRLF or CR), numbered from 1; one array per chunk, to keep awaits few. */
export async function* lineBatches(chunks: AsyncIterable<string>, maxChars = Infinity, linesBefore = 0): AsyncGenerator<Line[]> {
  let carry = '';
  let n = linesBefore;
  let pendingCr = false;
  const re = /\r\n|\n|\r/g;
  for await (let chunk of chunks) {
    if (pendingCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    pendingCr = false;
    const text = carry + chunk;
    const batch: Line[] = [];
    let start = 0;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      // A CR at a chunk edge may be half of a CRLF.
      if (m[0] === '\r' && m.index === text.length - 1) pendingCr = true;
      batch.push({ text: text.slice(start, m.index), line: ++n, last: false, terminated: true });
      start = m.index + m[0].length;
    }
    carry = text.slice(start);
    // a line that never ends would otherwise grow until the heap (or V8's string limit) gives out
    if (carry.length > maxChars) throw tooLong(`line ${n + 1}`, maxChars);
    if (batch.length) yield batch;
  }
  if (carry.length > 0) yield [{ text: carry, line: ++n, last: true, terminated: false }];
}

/** Splits text chunks into lines, one at a time. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  for await (const batch of lineBatches(chunks)) yield* batch;
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Restricts a line-based reader to its part of the file (src.part): the lines that start in the
 * part's byte range, numbered as in the whole file. The reader then reads only those bytes, not the
 * file up to them. Null (read the whole file, split.ts tells the part's records) when the file is
 * not split, or is UTF-16 (a newline byte may be half of a character).
 */
export async function lineRange(src: ByteSource, encoding: Encoding): Promise<LineRange | null> {
  if (!src.part || src.part.parts <= 1 || encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  const { part, parts } = src.part;
  const fh = await open(src.path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    // the first line starting at or after `at` (just after the first LF at or after at - 1), and how
    // many lines come before it (counted only when asked: the file is then scanned from its start)
    const lineStart = async (at: number, count: boolean): Promise<{ pos: number; lines: number }> => {
      if (at <= 0) return { pos: 0, lines: 0 };
      let lines = 0;
      for (let pos = count ? 0 : at - 1; pos < src.size;) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
        if (bytesRead === 0) break;
        const chunk = buf.subarray(0, bytesRead);
        const from = Math.max(0, at - 1 - pos);
        const lf = from < chunk.length ? chunk.indexOf(10, from) : -1;
        if (lf >= 0) return { pos: pos + lf + 1, lines: lines + countNewlines(chunk.subarray(0, lf + 1)) };
        lines += countNewlines(chunk);
        pos += bytesRead;
      }
      return { pos: src.size, lines };
    };
    const start = await lineStart(Math.floor((part * src.size) / parts), true);
    const end = part === parts - 1 ? src.size : (await lineStart(Math.floor(((part + 1) * src.size) / parts), false)).pos;
    src.range = { start: start.pos, end: Math.max(start.pos, end), linesBefore: start.lines };
    return src.range;
  } finally {
    await fh.close();
  }
}
