/** Hand-built ZIP archives for zip-bomb tests: entries may share data or declare false sizes. */
import { deflateSync } from 'fflate';

export type RawEntry = { name: string; data: Uint8Array; size: number; method?: 0 | 8 };

const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };

/**
 * A ZIP whose directory says what `entries` declare (size = uncompressed size). With
 * `shareData`, every directory entry points at the first entry's data (an overlapping bomb).
 */
export function buildZip(entries: RawEntry[], opts: { shareData?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const [i, e] of entries.entries()) {
    const name = Buffer.from(e.name);
    const method = e.method ?? 8;
    if (!opts.shareData || i === 0) {
      const header = Buffer.concat([u32(0x04034b50), u16(20), u16(0), u16(method), u16(0), u16(0), u32(0), u32(e.data.length), u32(e.size), u16(name.length), u16(0), name]);
      offsets.push(offset);
      locals.push(header, Buffer.from(e.data));
      offset += header.length + e.data.length;
    } else offsets.push(offsets[0]);
    central.push(Buffer.concat([
      u32(0x02014b50), u16(20), u16(20), u16(0), u16(method), u16(0), u16(0), u32(0), u32(e.data.length), u32(e.size),
      u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offsets[i]), name,
    ]));
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(cd.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, cd, eocd]);
}

/** `mb` MiB of zeros, deflated (a few KB). */
export function deflatedZeros(mb: number): Uint8Array {
  return deflateSync(new Uint8Array(mb * 1024 * 1024), { level: 9 });
}
