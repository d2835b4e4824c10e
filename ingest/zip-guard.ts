/**
 * Zip-bomb checks for ZIP-based uploads (XLSX, DOCX) before a reader opens them: the central
 * directory's entry count, declared total size and compression ratios, then one streaming
 * inflate (fflate) that stops as soon as an entry outgrows what the directory declared.
 * Memory stays bounded: the directory is read from the file's tail, data in 1 MiB chunks.
 */
import { open } from 'node:fs/promises';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { LIMIT_SETTINGS, type ReadLimits } from '../data/limits.ts';

export type ZipLimits = { maxEntries: number; maxTotalBytes: number; maxRatio: number; maxDirectoryBytes: number };
export const ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxTotalBytes: 1024 ** 3, maxRatio: 200, maxDirectoryBytes: 32 * 1024 ** 2 };

/** The ZIP limits under a file's read limits: the archive may expand to maxExpandedBytes in all. */
export const zipLimitsFor = (read: ReadLimits): ZipLimits => ({ ...ZIP_LIMITS, maxTotalBytes: read.maxExpandedBytes });
const RAISE = `${LIMIT_SETTINGS.maxExpandedBytes} raises it`;

/** A ZIP refused as a whole, shaped like a reader's rejection (`errors`). */
export class ZipRejected extends Error {
  errors: { where: string; message: string }[];
  constructor(message: string) {
    super(message);
    this.errors = [{ where: 'file', message }];
  }
}

/** A central directory entry: where its local header starts and how it is stored (0 stored, 8 deflate). */
export type ZipEntry = { name: string; compressed: number; size: number; offset: number; method: number };
type Entry = ZipEntry;
// Entries this small cannot hurt whatever their ratio (a run of empty cells compresses 1000:1).
const RATIO_FLOOR = 1024 * 1024;
const PUSH = 4 * 1024;

async function readAt(fh: Awaited<ReturnType<typeof open>>, pos: number, len: number): Promise<Buffer> {
  const buf = Buffer.alloc(len);
  const { bytesRead } = await fh.read(buf, 0, len, pos);
  return buf.subarray(0, bytesRead);
}

/** The central directory entries, read from the end of the file (ZIP64 aware). */
async function centralDirectory(fh: Awaited<ReturnType<typeof open>>, fileSize: number, limits: ZipLimits): Promise<Entry[]> {
  const tailLen = Math.min(fileSize, 65_557);
  const tail = await readAt(fh, fileSize - tailLen, tailLen);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new ZipRejected('not a complete ZIP file (no end of central directory): is the XLSX/DOCX truncated?');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && locator >= 0 && tail.readUInt32LE(locator) === 0x07064b50) {
    const z64 = await readAt(fh, Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (z64.length < 56 || z64.readUInt32LE(0) !== 0x06064b50) throw new ZipRejected('corrupt ZIP64 directory');
    count = Number(z64.readBigUInt64LE(32));
    cdSize = Number(z64.readBigUInt64LE(40));
    cdOffset = Number(z64.readBigUInt64LE(48));
  }
  if (count > limits.maxEntries) throw new ZipRejected(`the archive has ${count} entries; at most ${limits.maxEntries} are accepted`);
  if (cdSize > limits.maxDirectoryBytes || cdOffset + cdSize > fileSize) throw new ZipRejected('corrupt or oversized ZIP directory');
  const cd = await readAt(fh, cdOffset, cdSize);
  const entries: Entry[] = [];
  for (let p = 0; p + 46 <= cd.length && entries.length < count; ) {
    if (cd.readUInt32LE(p) !== 0x02014b50) throw new ZipRejected('corrupt ZIP directory entry');
    const method = cd.readUInt16LE(p + 10);
    let compressed = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    let offset = cd.readUInt32LE(p + 42);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const name = cd.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    // ZIP64 extended sizes: original size first, then compressed, each only when 0xffffffff.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = cd.readUInt16LE(e);
      const len = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) { size = Number(cd.readBigUInt64LE(q)); q += 8; }
        if (compressed === 0xffffffff && q + 8 <= e + 4 + len) { compressed = Number(cd.readBigUInt64LE(q)); q += 8; }
        if (offset === 0xffffffff && q + 8 <= e + 4 + len) offset = Number(cd.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    entries.push({ name, compressed, size, offset, method });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkDeclared(entries: Entry[], limits: ZipLimits): void {
  const total = entries.reduce((a, e) => a + e.size, 0);
  if (total > limits.maxTotalBytes) {
    throw new ZipRejected(`the archive expands to ${Math.round(total / 1024 ** 2)} MB; at most ${Math.round(limits.maxTotalBytes / 1024 ** 2)} MB are accepted (zip bomb?; ${RAISE})`);
  }
  for (const e of entries) {
    if (e.size > RATIO_FLOOR && e.size > limits.maxRatio * Math.max(e.compressed, 1)) {
      throw new ZipRejected(`"${e.name.slice(0, 100)}" expands ${Math.round(e.size / Math.max(e.compressed, 1))}:1; at most ${limits.maxRatio}:1 is accepted (zip bomb?)`);
    }
  }
}

/** Inflates every entry once, counting bytes; stops at the first that outgrows its declared size. */
async function checkActual(fh: Awaited<ReturnType<typeof open>>, entries: Entry[], limits: ZipLimits): Promise<void> {
  const declared = new Map(entries.map((e) => [e.name, e.size]));
  let total = 0;
  let problem: string | null = null;
  const unzip = new Unzip((file) => {
    const allowed = Math.min(declared.get(file.name) ?? 0, limits.maxTotalBytes);
    let seen = 0;
    file.ondata = (err, chunk) => {
      if (problem) return;
      if (err) { problem = `corrupt ZIP entry "${file.name.slice(0, 100)}": ${err.message}`; return; }
      seen += chunk.length;
      total += chunk.length;
      if (seen > allowed) problem = `"${file.name.slice(0, 100)}" expands past the size its directory declares (zip bomb?)`;
      else if (total > limits.maxTotalBytes) problem = `the archive expands past the accepted total of ${Math.round(limits.maxTotalBytes / 1024 ** 2)} MB (zip bomb?; ${RAISE})`;
      // Throwing unwinds fflate's synchronous inflate at once instead of letting it finish the chunk.
      if (problem) throw new ZipRejected(problem);
    };
    if (file.compression === 0 || file.compression === 8) file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for (let pos = 0; !problem; ) {
    // a fresh buffer per read: fflate may keep a reference to an unfinished chunk
    const chunk = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
    pos += bytesRead;
    try {
      // Small pushes: fflate inflates a whole push at once, and deflate expands at most ~1032:1,
      // so 4 KiB in means at most ~4 MiB out before the next size check.
      for (let i = 0; i < bytesRead && !problem; i += PUSH) unzip.push(chunk.subarray(i, Math.min(i + PUSH, bytesRead)), false);
      if (bytesRead === 0) unzip.push(new Uint8Array(0), true);
    } catch (err) {
      problem ??= `corrupt ZIP data: ${(err as Error).message}`;
    }
    if (bytesRead === 0) break;
  }
  if (problem) throw new ZipRejected(problem);
}

/** The central directory of the ZIP at `path` (throws ZipRejected when it is none or breaks the limits). */
export async function zipDirectory(path: string, limits: ZipLimits = ZIP_LIMITS): Promise<ZipEntry[]> {
  const fh = await open(path, 'r');
  try {
    return await centralDirectory(fh, (await fh.stat()).size, limits);
  } finally {
    await fh.close();
  }
}

/** Throws ZipRejected when `path` is a ZIP (PK\x03\x04) that breaks the limits; other files pass. */
export async function guardZip(path: string, limits: ZipLimits = ZIP_LIMITS): Promise<void> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const magic = await readAt(fh, 0, 4);
    if (magic.length < 4 || magic.readUInt32LE(0) !== 0x04034b50) return;
    const entries = await centralDirectory(fh, size, limits);
    checkDeclared(entries, limits);
    await checkActual(fh, entries, limits);
  } finally {
    await fh.close();
  }
}
