/**
 * The lake follows every write to a real database file: a run after nothing changed rewrites
 * nothing, an ingest rewrites only its own partitions, a re-annotation the partitions it touched,
 * and after a privacy delete (data/db/privacy.ts) the lake no longer holds the deleted rows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../data/db/store.ts';
import { deleteAuthor, deleteSource } from '../../data/db/privacy.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { setCityValues } from '../../ingest/reannotate.ts';
import { LAKE_TABLES } from '../../data/lake/tables.ts';
import { readManifest } from '../../data/lake/manifest.ts';
import { writeLake, type LakeReport } from '../../data/lake/write.ts';
import { lakeFiles, readLake } from '../helpers/lake.ts';
import { tmpDir } from '../helpers/tmp.ts';

const tmp = tmpDir('brandgap-lake-inc-');
const dir = join(tmp.dir, 'lake');
let store: Store;

const ingest = async (file: string, city: string) => {
  const s = await ingestFile(store, `tests/fixtures/ingest/${file}`, { city });
  expect(s.errors, file).toEqual([]);
  expect(s.segments, file).toBeGreaterThan(0);
};

/** Row counts per table, in the database and read back from the lake. */
async function counts(): Promise<{ db: Record<string, number>; lake: Record<string, number> }> {
  const lake = await readLake(dir);
  try {
    const out = { db: {} as Record<string, number>, lake: {} as Record<string, number> };
    for (const t of LAKE_TABLES) {
      out.db[t] = (await store.all<{ n: number }>(`select count(*)::INTEGER as n from ${t}`))[0].n;
      out.lake[t] = out.db[t] === 0 ? 0 : await lake.count(t);
    }
    return out;
  } finally {
    lake.close();
  }
}

/** Every data file of the lake with its inode and mtime, under partitions matching `where`. */
function files(where: (path: string) => boolean = () => true): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of LAKE_TABLES) for (const [p, v] of lakeFiles(dir, t)) if (where(p)) out.set(p, v);
  return out;
}
const inCity = (city: string) => (p: string) => p.includes(`/city=${city}/`);

const written = (r: LakeReport) => LAKE_TABLES.reduce((a, t) => a + r.tables[t].written, 0);

/** Document ids found in the lake's documents and in its segments. */
async function lakeDocumentIds(ids: number[]): Promise<number> {
  const lake = await readLake(dir);
  try {
    const [r] = await lake.all<{ n: number }>((l) => `select ((select count(*) from ${l('documents')} where list_contains($ids, id))
      + (select count(*) from ${l('segments')} where list_contains($ids, document_id)))::INTEGER as n`, { ids: listValue(ids) });
    return r.n;
  } finally {
    lake.close();
  }
}

beforeAll(async () => {
  store = await openStore(join(tmp.dir, 'brandgap.duckdb'));
  // Havenstad 2025-06 and Lindholm 2025-06 (a post names its city), Lindholm 2025-04
  await ingest('social-posts.ndjson', 'Havenstad');
  await ingest('qualtrics-demo.csv', 'Lindholm');
});
afterAll(() => { store?.close(); tmp.cleanup(); });

describe('the lake kept up to date', () => {
  it('writes every partition on the first run and none on a second', async () => {
    const first = await writeLake(store, dir);
    expect(first.tables.documents.written).toBe(3);
    const c = await counts();
    expect(c.lake).toEqual(c.db);
    expect(c.db.segments).toBeGreaterThan(10);
    const before = files();
    const second = await writeLake(store, dir);
    expect(written(second)).toBe(0);
    expect(second.tables.segments.unchanged).toBe(first.tables.segments.written);
    expect(files()).toEqual(before);
  });

  it("rewrites only the new file's partitions after one more file is ingested", async () => {
    const touched = (p: string) => p.includes('/city=lindholm/month=2025-04/');
    const others = files((p) => !touched(p));
    const old = files(touched);
    await ingest('x-api-small.jsonl', 'Lindholm'); // two posts of April 2025
    const r = await writeLake(store, dir);
    for (const t of ['documents', 'segments', 'segment_facts'] as const) expect(r.tables[t], t).toMatchObject({ written: 1, removed: 0 });
    expect(files((p) => !touched(p))).toEqual(others);
    const now = files(touched);
    expect([...now.keys()]).toEqual([...old.keys()]);
    for (const [p, v] of now) expect(v, p).not.toBe(old.get(p));
    const c = await counts();
    expect(c.lake).toEqual(c.db);
  });

  it('rewrites the partitions a re-annotation changed, and no other city', async () => {
    const lindholm = files(inCity('lindholm'));
    expect(lindholm.size).toBeGreaterThan(0);
    await setCityValues(store, 'Havenstad', [{ name: 'Harbour', terms: ['harbour', 'fish market'], exclusions: [] }], 'test');
    const r = await writeLake(store, dir);
    expect(r.tables.segment_values.written).toBe(1);
    expect(r.tables.segments.written).toBe(1);
    expect(files(inCity('lindholm'))).toEqual(lindholm);
    const c = await counts();
    expect(c.db.segment_values).toBeGreaterThan(0);
    expect(c.lake).toEqual(c.db);
    const lake = await readLake(dir);
    const named = await lake.all<{ city: string; value: string; n: number }>((l) =>
      `select city, value, count(*)::INTEGER as n from ${l('segment_values')} group by all`);
    lake.close();
    expect(named).toEqual([{ city: 'havenstad', value: 'Harbour', n: c.db.segment_values }]);
  });

  it('no longer holds an author deleted through data/db/privacy.ts', async () => {
    const [author] = await store.all<{ k: string }>(
      `select d.author_key as k from documents d join sources s on s.id = d.source_id
       where s.file_name = 'x-api-small.jsonl' and d.author_key is not null order by d.id limit 1`);
    const docs = (await store.all<{ id: number }>(`select id::INTEGER as id from documents where author_key = $k`, { k: author.k })).map((d) => d.id);
    expect(await lakeDocumentIds(docs)).toBeGreaterThan(0);
    const havenstad = files(inCity('havenstad'));
    expect(await deleteAuthor(store, author.k)).not.toBeNull();
    const r = await writeLake(store, dir);
    expect(r.tables.documents.written).toBe(1);
    expect(await lakeDocumentIds(docs)).toBe(0);
    expect(files(inCity('havenstad'))).toEqual(havenstad);
    const c = await counts();
    expect(c.lake).toEqual(c.db);
  });

  it('no longer holds a deleted source, and removes the partitions it leaves empty', async () => {
    const [src] = await store.all<{ id: number }>(`select id::INTEGER as id from sources where file_name = 'social-posts.ndjson'`);
    const docs = (await store.all<{ id: number }>(`select id::INTEGER as id from documents where source_id = $id`, { id: src.id })).map((d) => d.id);
    expect(await lakeDocumentIds(docs)).toBeGreaterThan(0);
    expect((await deleteSource(store, src.id))?.documents).toBe(docs.length);
    const r = await writeLake(store, dir);
    // Havenstad had only this file's post (June 2025), and Lindholm's June came from it too
    expect(r.tables.documents).toMatchObject({ written: 0, removed: 2 });
    expect(await lakeDocumentIds(docs)).toBe(0);
    expect(files(inCity('havenstad')).size).toBe(0);
    expect(existsSync(join(dir, 'segments', 'city=havenstad'))).toBe(false);
    expect([...files(inCity('lindholm')).keys()].every((p) => p.includes('/month=2025-04/'))).toBe(true);
    const c = await counts();
    expect(c.lake).toEqual(c.db);
    const manifest = readManifest(dir);
    expect(Object.keys(manifest.tables.documents!.partitions)).toEqual(['city=lindholm/month=2025-04']);
  });
});
