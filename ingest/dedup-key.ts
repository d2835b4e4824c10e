import type { SourceKind } from '../data/types.ts';
import { contentHash } from './hash.ts';
import type { RawDoc } from './types.ts';

/** The platform's record id when there is one, else a hash of the content. */
export function dedupKey(doc: RawDoc, kind: SourceKind): string {
  if (doc.externalId) return `id:${doc.externalId}`;
  const answers = (doc.answers ?? []).map((a) => `${a.item}=${a.value}`).join('\u0001');
  return `h:${contentHash(`${kind}\u0000${doc.date ?? ''}\u0000${doc.parts.map((p) => p.text).join('\u0001')}\u0000${answers}`)}`;
}
