import { createHash, createHmac } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 of a file, streamed. */
export async function fileHash(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** A short stable hash of some text, used as the dedup key of records without a platform id. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * The stored 64-bit fingerprint of a dedup key or an author key: bytes 8–15 of its md5,
 * little-endian, which is DuckDB's `md5_number_lower(key)` (migrations 006 and 009 fill old rows
 * with it; a test holds the two equal).
 */
export function fingerprint(key: string): bigint {
  return createHash('md5').update(key).digest().readBigUInt64LE(8);
}

/** Pseudonyms remembered per ingest: authors and mentions repeat, and an HMAC costs ~3 µs. */
const PSEUDONYM_MEMO = 65_536;

/** A keyed hash of a handle: the same person maps to the same pseudonym, the handle is not stored. */
export function makePseudonymizer(key: string): (handle: string) => string {
  const memo = new Map<string, string>();
  return (handle) => {
    const normal = handle.trim().toLowerCase();
    let pseudonym = memo.get(normal);
    if (pseudonym === undefined) {
      pseudonym = 'p_' + createHmac('sha256', key).update(normal).digest('hex').slice(0, 16);
      if (memo.size >= PSEUDONYM_MEMO) memo.clear(); // bounded: a file with millions of authors starts over
      memo.set(normal, pseudonym);
    }
    return pseudonym;
  };
}
