/**
 * A file stored before, uploaded again: when its content hash has a stored run and a keys-only read
 * (parse, pseudonymise, dedup key; no analysis) finds every record already stored, the loader would
 * keep none of them. The summary is then what the staged path gives (every record a duplicate, the
 * reader's format, source, dropped columns, skipped records and redactions) at the cost of a parse.
 * Any doubt (a record not stored, a reader error, a refusal, the deadline) leaves the file to the
 * staged path, which decides as always.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { allKeysStored, storedBefore } from '../data/db/ingest-runs.ts';
import type { IngestSummary, SourceKind } from '../data/types.ts';
import { dedupKey } from './dedup-key.ts';
import { makePseudonymizer } from './hash.ts';
import { openReader } from './readers/index.ts';
import type { FileSpec } from './stage/file-context.ts';
import { withFileDefaults } from './stage/record-defaults.ts';
import { guardZip, zipLimitsFor } from './zip-guard.ts';

/** Keys looked up at once; the first record is looked up alone, so a new file stops at once. */
const KEYS_BATCH = 2000;

/** What the summary says of a file whose every record is stored. */
export type StoredFile = Pick<IngestSummary, 'format' | 'source' | 'dropped' | 'skipped' | 'city' | 'duplicates' | 'redacted'>;

/** The file's summary when every record of it is stored already, else null (stage it). */
export async function storedAlready(conn: DuckDBConnection, hash: string, spec: FileSpec, source?: SourceKind): Promise<StoredFile | null> {
  if (!(await storedBefore(conn, hash))) return null; // a new file pays one lookup
  try {
    return await readKeys(conn, spec, source);
  } catch {
    return null; // the staged path reports whatever went wrong
  }
}

async function readKeys(conn: DuckDBConnection, spec: FileSpec, source?: SourceKind): Promise<StoredFile | null> {
  await guardZip(spec.path, zipLimitsFor(spec.limits));
  const session = await openReader(spec.path, { ...spec.read, limits: spec.limits, pseudonymize: makePseudonymizer(spec.pseudonymKey) });
  const kind = spec.kind ?? session.source;
  let batch: { city: string; key: string }[] = [];
  let records = 0;
  let firstCity: string | null = null;
  for await (const doc of session.docs) {
    if (spec.deadline !== null && Date.now() > spec.deadline) return null;
    const city = withFileDefaults(doc, spec);
    if (!city) return null;
    firstCity ??= city;
    records++;
    batch.push({ city, key: dedupKey(doc, kind) });
    if (records === 1 || batch.length >= KEYS_BATCH) {
      if (!(await allKeysStored(conn, kind, batch))) return null;
      batch = [];
    }
  }
  if (!records || session.stats.errors.length || !(await allKeysStored(conn, kind, batch))) return null;
  return {
    format: session.format, source: source ?? session.source, dropped: session.dropped, skipped: session.stats.skipped,
    city: spec.read.city ?? firstCity, duplicates: records, redacted: { ...session.redacted },
  };
}
