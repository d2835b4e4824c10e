/**
 * A streaming multipart/form-data reader: the one file part goes straight to a temp file (never
 * held in memory), small text fields are collected, and the body is cut off at a byte limit.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';

/** The request body is larger than the limit. */
export class TooLarge extends Error {}
/** The body is not well-formed multipart, or breaks a field limit. */
export class BadUpload extends Error {}

export type ReceivedFile = { path: string; dir: string; fileName: string; bytes: number };
export type Received = { fields: Record<string, string>; file: ReceivedFile | null };
export type ReceiveOptions = { dir: string; maxBytes: number; fileField: string };

const MAX_FIELD = 64 * 1024;
const MAX_PARTS = 32;
const MAX_HEADER = 16 * 1024;

/** The boundary of a multipart/form-data Content-Type, or null. */
export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : null;
}

/** A file name safe to use on disk that keeps the extension (readers detect formats by it). */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(-120);
  return clean || 'upload';
}

type Part = { name: string; fileName: string | null; field: Buffer[]; size: number; out: WriteStream | null };

function parseHeaders(block: string): { name: string; fileName: string | null } {
  const disposition = block.split('\r\n').find((l) => /^content-disposition:/i.test(l));
  if (!disposition) throw new BadUpload('a part has no Content-Disposition header');
  const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) throw new BadUpload('a part has no name');
  const star = /;\s*filename\*=(?:UTF-8|utf-8)''([^;\s]+)/.exec(disposition)?.[1];
  const plain = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1];
  let fileName: string | null = plain ?? null;
  if (star) {
    try { fileName = decodeURIComponent(star); } catch { fileName = star; }
  }
  return { name, fileName };
}

/** Reads a multipart body; on any failure the temp folder is removed before the error is thrown. */
export async function receiveMultipart(body: ReadableStream<Uint8Array> | null, boundary: string, opts: ReceiveOptions): Promise<Received> {
  if (!body) throw new BadUpload('the request has no body');
  const delim = Buffer.from(`\r\n--${boundary}`);
  const keep = delim.length - 1;
  const dir = await mkdtemp(join(opts.dir, 'brandgap-upload-'));
  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  let part: Part | null = null;
  let parts = 0;
  let state: 'preamble' | 'after' | 'headers' | 'body' | 'end' = 'preamble';
  // A leading CRLF lets the first boundary match the same delimiter as the others.
  let buf = Buffer.from('\r\n');
  let total = 0;
  const reader = body.getReader();

  const emit = async (data: Buffer) => {
    if (!part || data.length === 0) return;
    part.size += data.length;
    if (part.out) {
      if (!part.out.write(data)) await once(part.out, 'drain');
    } else {
      if (part.size > MAX_FIELD) throw new BadUpload(`the field "${part.name}" is longer than ${MAX_FIELD} bytes`);
      part.field.push(data);
    }
  };
  const finishPart = async () => {
    if (!part) return;
    if (part.out) {
      const out = part.out;
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      file = { path: out.path as string, dir, fileName: part.fileName ?? 'upload', bytes: part.size };
    } else {
      fields[part.name] = Buffer.concat(part.field).toString('utf8');
    }
    part = null;
  };
  const startPart = (block: string) => {
    if (++parts > MAX_PARTS) throw new BadUpload(`more than ${MAX_PARTS} parts`);
    const h = parseHeaders(block);
    if (h.fileName !== null) {
      if (h.name !== opts.fileField) throw new BadUpload(`unexpected file field "${h.name}"; send the file as "${opts.fileField}"`);
      if (file || part?.out) throw new BadUpload('send one file per upload');
      const out = createWriteStream(join(dir, safeFileName(h.fileName)), { flags: 'wx' });
      out.on('error', () => {}); // surfaced by write/end instead
      part = { name: h.name, fileName: h.fileName, field: [], size: 0, out };
    } else {
      part = { name: h.name, fileName: null, field: [], size: 0, out: null };
    }
  };

  const step = async (): Promise<boolean> => {
    switch (state) {
      case 'preamble': {
        const i = buf.indexOf(delim);
        if (i < 0) { buf = buf.subarray(Math.max(0, buf.length - keep)); return false; }
        buf = buf.subarray(i + delim.length); state = 'after'; return true;
      }
      case 'after': {
        if (buf.length < 2) return false;
        if (buf[0] === 0x2d && buf[1] === 0x2d) { state = 'end'; return false; }
        if (buf[0] !== 0x0d || buf[1] !== 0x0a) throw new BadUpload('malformed multipart boundary');
        buf = buf.subarray(2); state = 'headers'; return true;
      }
      case 'headers': {
        const i = buf.indexOf('\r\n\r\n');
        if (i < 0) { if (buf.length > MAX_HEADER) throw new BadUpload('part headers too long'); return false; }
        startPart(buf.subarray(0, i).toString('utf8'));
        buf = buf.subarray(i + 4); state = 'body'; return true;
      }
      case 'body': {
        const i = buf.indexOf(delim);
        if (i < 0) {
          const cut = buf.length - keep;
          if (cut > 0) { await emit(buf.subarray(0, cut)); buf = buf.subarray(cut); }
          return false;
        }
        await emit(buf.subarray(0, i));
        await finishPart();
        buf = buf.subarray(i + delim.length); state = 'after'; return true;
      }
      case 'end': buf = Buffer.alloc(0); return false;
    }
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > opts.maxBytes) throw new TooLarge(`the upload is larger than ${opts.maxBytes} bytes`);
      buf = buf.length ? Buffer.concat([buf, value]) : Buffer.from(value);
      while (await step());
    }
    // state changes inside step(), which TypeScript's narrowing cannot see
    if ((state as string) !== 'end') throw new BadUpload('the upload ended before its closing boundary');
    if (!file) await rm(dir, { recursive: true, force: true });
    return { fields, file };
  } catch (err) {
    await reader.cancel().catch(() => {});
    const out = (part as Part | null)?.out;
    if (out && !out.closed) { out.destroy(); await once(out, 'close').catch(() => {}); }
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
