/** PartSpecs for a file, as the owner would build them (only the fields the queue looks at matter here). */
import type { PartSpec } from '../../ingest/stage/part.ts';
import { READ_LIMITS } from '../../data/limits.ts';

export function specsFor(path: string, uploadId: string, parts: number, staging: string, deadline: number | null = null): PartSpec[] {
  return Array.from({ length: parts }, (_, part) => ({
    path, part, parts, batch: 1, staging, uploadId, read: { city: 'Havenstad' }, limits: READ_LIMITS,
    pseudonymKey: 'k', kind: 'social', defaultGroup: 'unknown', date: null, voice: null, cities: [], themeTerms: [],
    modelFile: null, deadline, timeoutMs: null,
  }));
}
