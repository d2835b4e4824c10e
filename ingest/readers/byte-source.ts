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
};

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
export async function openByteSource(path: string, maxRecordChars = READ_LIMITS.maxRecordChars): Promise<ByteSource> {
  const { size } = await stat(path);
  const src: ByteSource = {
    path,
    size,
    bytes: 0,
    maxRecordChars,
    async *chunks() {
      src.bytes = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        src.bytes += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    },
    async *text(encoding) {
      const decoder = new StreamDecoder(encoding);
      const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
      let newlines = 0;
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
export async function* lineBatches(chunks: AsyncIterable<string>, maxChars = Infinity): AsyncGenerator<Line[]> {
  let carry = '';
  let n = 0;
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
