/**
 * A file uploaded again: when every record is stored, the pipeline reads only its keys and stages
 * nothing, and the summary and the ingest log are exactly what the staged path gives (the staged
 * path is taken on the same database by hiding the earlier run's hash). A record deleted since, or
 * another city, sends the file through the staged path again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../data/db/store.ts';
import { deleteDocument } from '../../data/db/privacy.ts';
import { ingestFile, type IngestOptions } from '../../ingest/pipeline.ts';
import { parseColumnMapping } from '../../ingest/readers/index.ts';
import { writeSocialJsonl } from '../../bench/generate.ts';
import { tmpDir } from '../helpers/tmp.ts';

const OWN = 'tests/fixtures/ingest';
const MAPPINGS: Record<string, string> = {
  'generic-survey.csv': join(OWN, 'generic-survey.mapping.json'),
  'generic-speakers.csv': join(OWN, 'generic-speakers.mapping.json'),
};
const fixtures = readdirSync(OWN).filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.mapping.json')).sort();

function options(file: string): IngestOptions {
  const mapping = MAPPINGS[file];
  return { city: 'Testville', mapping: mapping ? parseColumnMapping(JSON.parse(readFileSync(mapping, 'utf8'))) : undefined };
}

/** Ingests and says whether the file was staged (the staged path always reports progress). */
async function ingest(store: Store, path: string, opts: IngestOptions) {
  let staged = false;
  const t0 = performance.now();
  const summary = await ingestFile(store, path, { ...opts, onProgress: () => { staged = true; } });
  return { summary, staged, ms: performance.now() - t0 };
}

/** The last run's log row, without what differs between two runs (id, times). */
async function lastRun(store: Store) {
  const [row] = await store.all<Record<string, unknown>>(
    `select file_name, file_hash, status, format, city, source_id, dropped::VARCHAR as dropped, documents, segments, skipped, duplicates, errors::VARCHAR as errors
     from ingest_runs order by id desc limit 1`);
  return row;
}

/** Forces the staged path on the same database: no stored run carries the file's hash any more. */
async function hideRuns(store: Store, hash: string) {
  await store.write((conn) => conn.run(`update ingest_runs set file_hash = 'hidden-' || file_hash where file_hash = $hash`, { hash }));
}

describe('a re-uploaded file whose records are all stored', () => {
  const tmp = tmpDir();
  let store: Store;
  beforeAll(async () => { store = await openStore(join(tmp.dir, 'db.duckdb')); });
  afterAll(() => { store.close(); tmp.cleanup(); });

  it.each(fixtures)('%s: stages nothing, and its summary and log equal the staged path\'s', async (file) => {
    const path = join(OWN, file);
    const first = await ingest(store, path, options(file));
    expect(first.summary.errors).toEqual([]);
    expect(first.staged).toBe(true);

    const early = await ingest(store, path, options(file));
    const earlyRun = await lastRun(store);
    expect(early.staged).toBe(false);
    expect(early.summary.documents).toBe(0);
    expect(early.summary.duplicates).toBe(first.summary.documents + first.summary.duplicates);

    await hideRuns(store, earlyRun.file_hash as string);
    const full = await ingest(store, path, options(file));
    const fullRun = await lastRun(store);
    expect(full.staged).toBe(true);
    expect(early.summary).toEqual(full.summary);
    expect({ ...earlyRun, file_hash: null }).toEqual({ ...fullRun, file_hash: null });
  }, 120_000);

  it('stages the file again when one of its records was deleted since, or for another city', async () => {
    const store = await openStore(join(tmp.dir, 'deleted.duckdb'));
    const path = join(OWN, 'social-posts.csv');
    const first = await ingest(store, path, options('social-posts.csv'));
    expect(first.summary.documents).toBeGreaterThan(1);
    const again = await ingest(store, path, options('social-posts.csv'));
    expect(again.staged).toBe(false);
    expect(again.summary.duplicates).toBe(first.summary.documents + first.summary.duplicates);

    const [doc] = await store.all<{ id: number }>(`select min(id)::INTEGER as id from documents`);
    expect(await deleteDocument(store, doc.id)).not.toBeNull();
    const restored = await ingest(store, path, options('social-posts.csv'));
    expect(restored.staged).toBe(true);
    expect({ documents: restored.summary.documents, duplicates: restored.summary.duplicates })
      .toEqual({ documents: 1, duplicates: again.summary.duplicates - 1 });

    const elsewhere = await ingest(store, path, { ...options('social-posts.csv'), city: 'Otherville' });
    expect(elsewhere.staged).toBe(true);
    expect(elsewhere.summary.documents).toBe(first.summary.documents);
    store.close();
  }, 120_000);

  it('skips the analysis of a 20,000-post re-upload', async () => {
    const path = join(tmp.dir, 'posts.jsonl');
    await writeSocialJsonl(path, 20_000);
    const first = await ingest(store, path, { city: 'Bigtown' });
    const again = await ingest(store, path, { city: 'Bigtown' });
    expect(again.staged).toBe(false);
    expect(again.summary).toMatchObject({ documents: 0, segments: 0, duplicates: first.summary.documents + first.summary.duplicates });
    console.log(`20,000 posts: first ingest ${Math.round(first.ms)} ms, re-upload ${Math.round(again.ms)} ms`);
    expect(again.ms).toBeLessThan(first.ms / 2);
  }, 300_000);
});
