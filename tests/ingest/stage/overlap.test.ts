/**
 * Parts loaded while later parts still stage: the owner loads part k once parts 0..k are staged,
 * inside the file's one transaction, and stores exactly the rows of one load of every part; a part
 * that fails after earlier ones were loaded leaves nothing stored. A line-delimited file's parts
 * read only their own lines, and refusals still name the file's line and record.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../data/db/store.ts';
import { READ_LIMITS } from '../../../data/limits.ts';
import { ingestFile } from '../../../ingest/pipeline.ts';
import { partSpecs, prepareContext } from '../../../ingest/stage/file-context.ts';
import { PartsInOrder } from '../../../ingest/stage/load.ts';
import type { PartResult } from '../../../ingest/stage/part.ts';
import { runParts } from '../../../ingest/stage/run-parts.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const CITY = 'Testville';
const TABLES: Record<string, string> = {
  documents: 'select * from documents order by id',
  segments: 'select * from segments order by id',
  segment_themes: 'select * from segment_themes order by all',
  segment_values: 'select * from segment_values order by all',
  segment_terms: 'select * from segment_terms order by all',
  sources: 'select id, city_id, kind, format, file_name from sources order by id',
  cities: 'select id, name, country from cities order by id',
};

async function dump(store: Store): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [t, sql] of Object.entries(TABLES)) out[t] = JSON.stringify(await store.all(sql), (_, v) => (typeof v === 'bigint' ? v.toString() : v));
  return out;
}

async function keyedStore(): Promise<Store> {
  const store = await openStore(':memory:');
  await store.write((conn) => conn.run(`insert into settings (key, value) values ('pseudonym_key', 'overlap-test')`));
  return store;
}

const count = async (store: Store, sql: string) => Number((await store.all<{ n: number }>(sql))[0].n);

describe('parts loaded while later parts stage', () => {
  const tmp = tmpDir();
  afterAll(() => tmp.cleanup());
  // 120 posts over ~1.3 MB, each naming its city; post 50 repeats post 37 (a duplicate in a later part)
  const post = (i: number, extra: Record<string, unknown> = {}) => JSON.stringify({
    id: String(i === 50 ? 37 : i), text: `Post ${i}: the harbour is lovely but rent is too high. Trams run late.`, city: i < 30 ? CITY : 'Otherburg',
    created_at: `2025-0${1 + (i % 9)}-01T00:00:00Z`, padding: 'x'.repeat(11_000), ...extra,
  });
  const social = join(tmp.dir, 'posts.ndjson');
  writeFileSync(social, Array.from({ length: 120 }, (_, i) => post(i)).join('\n') + '\n');

  const stage = (store: Store, parts: number, staging: string) => store.write(async (conn) => {
    const file = await prepareContext(conn, { path: social, staging, uploadId: `u-${parts}`, read: {}, limits: READ_LIMITS, kind: null });
    return runParts(partSpecs({ ...file, batch: 8 }, parts), { threads: false, memoryMb: 512 });
  });
  const loadSpec = (first: PartResult) => ({ uploadId: 'u', kind: first.source!, format: first.format!, fileName: 'posts.ndjson', fileHash: 'x', actor: null, wave: null });

  it('reads only its own lines in each part of a line-delimited file, every line once', async () => {
    const store = await keyedStore();
    try {
      const results = await stage(store, 5, join(tmp.dir, 'staging-r'));
      expect(results.map((r) => r.ranged)).toEqual([true, true, true, true, true]);
      expect(results.map((r) => r.read.records).reduce((a, b) => a + b)).toBe(120);
      expect(Math.max(...results.map((r) => r.read.records))).toBeLessThanOrEqual(30); // no part reads the file up to its range
      expect(results.every((r) => r.documents > 0)).toBe(true);
    } finally {
      store.close();
    }
  });

  it('stores the same rows when parts arrive out of order and each is loaded once every earlier part is', async () => {
    const one = await keyedStore();
    const five = await keyedStore();
    try {
      const whole = await ingestFile(one, social, {});
      expect(whole).toMatchObject({ documents: 119, duplicates: 1, errors: [] });
      const results = await stage(five, 5, join(tmp.dir, 'staging-o'));
      const loaded = await five.write(async (conn) => {
        await conn.run('begin transaction');
        const loader = new PartsInOrder(conn, loadSpec, (r) => r.refusal === null);
        const stored = async () => Number((await conn.runAndReadAll('select count(*)::INTEGER as n from documents')).getRowObjectsJS()[0].n);
        const seen: number[] = [];
        loader.add(results[3]);
        loader.add(results[1]);
        await loader.settle();
        seen.push(loader.loaded, await stored()); // nothing before part 0
        loader.add(results[0]);
        await loader.settle();
        seen.push(loader.loaded, await stored()); // parts 0 and 1 in, part 3 waits for part 2
        loader.add(results[4]);
        loader.add(results[2]);
        const result = await loader.finish(5);
        await conn.run('commit');
        return { seen, result };
      });
      expect(loaded.seen).toEqual([0, 0, 2, results[0].documents + results[1].documents]);
      expect(loaded.result).toMatchObject({ documents: 119, duplicates: 1, segments: whole.segments });
      expect(await dump(five)).toEqual(await dump(one));
    } finally {
      one.close();
      five.close();
    }
  });

  it('stores nothing when a part fails after earlier parts were loaded', async () => {
    const store = await keyedStore();
    try {
      const results = await stage(store, 3, join(tmp.dir, 'staging-f'));
      const before = await dump(store);
      results[2].files!.segments = join(tmp.dir, 'gone.ndjson');
      const midway = await store.write(async (conn) => {
        await conn.run('begin transaction');
        const loader = new PartsInOrder(conn, loadSpec, () => true);
        loader.add(results[0]);
        loader.add(results[1]);
        await loader.settle();
        const n = Number((await conn.runAndReadAll('select count(*)::INTEGER as n from documents')).getRowObjectsJS()[0].n);
        loader.add(results[2]);
        const failed = await loader.finish(3).then(() => false, () => true);
        await conn.run('rollback');
        return { n, failed };
      });
      // post 50 (part 1) repeats post 37: dropped at load
      expect(midway).toEqual({ n: results[0].documents + results[1].documents - 1, failed: true });
      expect(await dump(store)).toEqual(before);
      expect(await count(store, 'select count(*)::INTEGER as n from documents')).toBe(0);
    } finally {
      store.close();
    }
  });

  it('splits a 1.2 MB file that is not read in line ranges (CSV) between its parts, not all to the last', async () => {
    const csv = join(tmp.dir, 'posts.csv');
    const rows = Array.from({ length: 100 }, (_, i) => `${i},Post ${i}: the harbour is lovely but rent is too high.,2025-01-0${1 + (i % 9)},${'x'.repeat(12_000)}`);
    writeFileSync(csv, ['id,text,date,padding', ...rows].join('\n') + '\n');
    const store = await keyedStore();
    try {
      const results = await store.write(async (conn) => {
        const file = await prepareContext(conn, { path: csv, staging: join(tmp.dir, 'staging-c'), uploadId: 'c', read: { city: CITY }, limits: READ_LIMITS, kind: null });
        return runParts(partSpecs({ ...file, batch: 8 }, 2), { threads: false, memoryMb: 512 });
      });
      expect(results.map((r) => r.ranged)).toEqual([false, false]);
      expect(results.map((r) => r.documents).reduce((a, b) => a + b)).toBe(100);
      expect(Math.min(...results.map((r) => r.documents))).toBeGreaterThan(30);
    } finally {
      store.close();
    }
  });

  it('rejects the whole file for a bad line or a cityless record in a later part, naming the file\'s line and record', async () => {
    const staging = join(tmp.dir, 'staging-env');
    process.env.BRANDGAP_STAGING = staging;
    const store = await keyedStore();
    try {
      const bad = join(tmp.dir, 'bad.ndjson');
      const lines = Array.from({ length: 120 }, (_, i) => post(i));
      writeFileSync(bad, [...lines.slice(0, 100), '{"id":"x","text":"unfinished', ...lines.slice(100)].join('\n') + '\n');
      const badLine = await ingestFile(store, bad, { threads: 2 });
      expect(badLine.errors[0]).toMatchObject({ where: 'line 101' });
      const cityless = join(tmp.dir, 'cityless.ndjson');
      writeFileSync(cityless, [...lines.slice(0, 90), post(90, { city: '' }), ...lines.slice(91)].join('\n') + '\n');
      const noCity = await ingestFile(store, cityless, { threads: 2 });
      expect(noCity.errors[0].where).toBe('record 91');
      expect(await count(store, 'select count(*)::INTEGER as n from documents')).toBe(0);
      expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
      // the same file whole: stored, in 8 parts on 2 threads
      const good = join(tmp.dir, 'good.ndjson');
      writeFileSync(good, lines.join('\n') + '\n');
      expect(await ingestFile(store, good, { threads: 2 })).toMatchObject({ documents: 119, duplicates: 1, errors: [] });
    } finally {
      delete process.env.BRANDGAP_STAGING;
      store.close();
    }
  }, 60_000);
});
