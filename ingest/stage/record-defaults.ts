/** The upload's choices applied to one record (no imports beyond types: part threads load it). */
import type { RawDoc } from '../types.ts';
import type { PartSpec } from './part.ts';

/**
 * A record as the file's choices complete it: the upload's date where it has none (set on `doc`),
 * and the name of its city (its own, else the upload's), or null when it names none. The staged
 * path and the keys-only check of a re-upload (stored-already.ts) read records through it, so both
 * compute the same dedup keys.
 */
export function withFileDefaults(doc: RawDoc, spec: Pick<PartSpec, 'date' | 'read'>): string | null {
  if (!doc.date && spec.date) doc.date = spec.date;
  return doc.city?.trim() || spec.read.city || null;
}
