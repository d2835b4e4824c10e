/**
 * One entry of a ZIP (XLSX, DOCX) streamed from disk and inflated chunk by chunk, so a reader
 * never holds a whole XML part; the bytes inflated across a file's entries are capped.
 */
import { open } from 'node:fs/promises';
import { Inflate } from 'fflate';
import { LIMIT_SETTINGS } from '../../data/limits.ts';
import { zipDirectory, type ZipEntry } from '../zip-guard.ts';
import { reject } from './errors.ts';

/** Counts inflated bytes across the entries of one file against maxExpandedBytes. */
export type ExpandBudget = { used: number; max: number };

/** The ZIP's entries by name. */
export async function zipEntries(path: string): Promise<Map<string, ZipEntry>> {
  try {
    return new Map((await zipDirectory(path)).map((e) => [e.name, e]));
  } catch (err) {
    throw reject('file', (err as Error).message);
  }
}

const CHUNK = 64 * 1024;

/** The inflated bytes of `entry`, in chunks of at most ~64 KiB × the deflate ratio. */
export async function* entryChunks(path: string, entry: ZipEntry, budget: ExpandBudget): AsyncGenerator<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const local = Buffer.alloc(30);
    await fh.read(local, 0, 30, entry.offset);
    if (local.readUInt32LE(0) !== 0x04034b50) throw reject('file', `corrupt ZIP: no local header for "${entry.name.slice(0, 100)}"`);
    let pos = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const end = pos + entry.compressed;
    const out: Uint8Array[] = [];
    const count = (chunk: Uint8Array) => {
      budget.used += chunk.length;
      if (budget.used > budget.max) {
        throw reject('file', `the file's compressed parts expand past ${Math.round(budget.max / 2 ** 20)} MB (${LIMIT_SETTINGS.maxExpandedBytes} raises it); nothing was stored`);
      }
      out.push(chunk);
    };
    const inflate = new Inflate(count);
    while (pos < end) {
      const buf = Buffer.alloc(Math.min(CHUNK, end - pos));
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) throw reject('file', `corrupt ZIP: "${entry.name.slice(0, 100)}" is cut short`);
      pos += bytesRead;
      const data = buf.subarray(0, bytesRead);
      if (entry.method === 0) {
        count(data);
        yield* out.splice(0);
        continue;
      }
      if (entry.method !== 8) throw reject('file', `unsupported ZIP compression method ${entry.method}`);
      try {
        inflate.push(data, pos >= end);
      } catch (err) {
        if (err instanceof Error && err.name === 'FileRejected') throw err;
        throw reject('file', `corrupt ZIP entry "${entry.name.slice(0, 100)}": ${(err as Error).message}`);
      }
      yield* out.splice(0);
    }
  } finally {
    await fh.close();
  }
}

/** The entry as text, streamed (UTF-8). */
export async function* entryText(path: string, entry: ZipEntry, budget: ExpandBudget): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of entryChunks(path, entry, budget)) {
    const t = decoder.decode(chunk, { stream: true });
    if (t) yield t;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
