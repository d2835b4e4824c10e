/**
 * A file staged in several parts stores exactly the rows of the same file staged in one: ids in
 * file order, duplicates within the file dropped wherever they fall, answers, themes and values
 * on the same segments. Staging files never outlive the ingest, and a failed load stores nothing.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../data/db/store.ts';
import { READ_LIMITS } from '../../../data/limits.ts';
import { ingestFile } from '../../../ingest/pipeline.ts';
import { partSpecs, prepareContext } from '../../../ingest/stage/file-context.ts';
import { loadParts, type LoadResult } from '../../../ingest/stage/part.ts';
import { runParts } from '../../../ingest/stage/run-parts.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const CITY = 'Testville';
const TABLES: Record<string, string> = {
  documents: 'select * from documents order by id',
  segments: 'select * from segments order by id',
  segment_themes: 'select * from segment_themes order by all',
  segment_values: 'select * from segment_values order by all',
  segment_terms: 'select * from segment_terms order by all',
  survey_items: 'select * from survey_items order by id',
  survey_answers: 'select * from survey_answers order by all',
  sources: 'select id, city_id, kind, format, file_name, wave from sources order by id',
  cities: 'select id, name, country from cities order by id',
};

async function dump(store: Store): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [t, sql] of Object.entries(TABLES)) {
    out[t] = JSON.stringify(await store.all(sql), (_, v) => (typeof v === 'bigint' ? v.toString() : v));
  }
  return out;
}

/** A store with a fixed pseudonym key, so that two stores give the same pseudonyms. */
async function keyedStore(path = ':memory:'): Promise<Store> {
  const store = await openStore(path);
  await store.write((conn) => conn.run(`insert into settings (key, value) values ('pseudonym_key', 'parts-test')`));
  return store;
}

/** Stages `path` in `parts` parts and loads them, as the pipeline does with a large file. */
async function ingestInParts(store: Store, path: string, staging: string, parts: number, threads = false): Promise<LoadResult & { perPart: number[] }> {
  return store.write(async (conn) => {
    const uploadId = `test-${parts}`;
    const file = await prepareContext(conn, { path, staging, uploadId, read: { city: CITY }, limits: READ_LIMITS, kind: null });
    const results = await runParts(partSpecs({ ...file, batch: 4 }, parts), { threads, memoryMb: 512 });
    await conn.run('begin transaction');
    const loaded = await loadParts(conn, {
      uploadId, kind: results[0].source!, format: results[0].format!, fileName: path.split('/').pop()!, fileHash: 'x', actor: null, wave: null,
    }, results);
    await conn.run('commit');
    return { ...loaded, perPart: results.map((r) => r.documents) };
  });
}

describe('a file staged in parts', () => {
  const tmp = tmpDir();
  afterAll(() => tmp.cleanup());
  // a social file of 4 MB (the reader's position moves a MB at a time) with a post repeated in
  // later parts; a field the reader ignores pads it, so its 40 posts span every part's range
  const social = join(tmp.dir, 'posts.ndjson');
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({
    id: String(i % 17 === 16 ? 3 : i), text: `Post ${i}: the harbour is lovely but rent is too high. Trams run late.`, created_at: `2025-0${1 + (i % 9)}-01T00:00:00Z`,
    padding: 'x'.repeat(100_000),
  }));
  writeFileSync(social, lines.join('\n') + '\n');
  const files = [social, 'tests/fixtures/ingest/qualtrics-demo.csv', 'tests/fixtures/ingest/focus-group-demo.md'];

  for (const path of files) {
    it(`stores the same rows in 3 parts as in one part (${path.split('/').pop()})`, async () => {
      const one = await keyedStore();
      const three = await keyedStore();
      try {
        const a = await ingestInParts(one, path, join(tmp.dir, 'staging-1'), 1);
        const b = await ingestInParts(three, path, join(tmp.dir, 'staging-3'), 3);
        expect({ ...b, perPart: [] }).toEqual({ ...a, perPart: [] });
        if (path === social) expect(b.perPart.every((n) => n > 0)).toBe(true); // every part staged some
        expect(await dump(three)).toEqual(await dump(one));
        // a second time every record is a duplicate
        const again = await ingestInParts(three, path, join(tmp.dir, 'staging-3'), 3);
        expect(again).toMatchObject({ documents: 0, segments: 0, duplicates: a.documents + a.duplicates, sourceId: null });
      } finally {
        one.close();
        three.close();
      }
    });
  }

  it('stages parts on worker threads with the same rows as in the calling thread', async () => {
    const inline = await keyedStore();
    const threads = await keyedStore();
    try {
      await ingestInParts(inline, social, join(tmp.dir, 'staging-i'), 2);
      await ingestInParts(threads, social, join(tmp.dir, 'staging-t'), 2, true);
      expect(await dump(threads)).toEqual(await dump(inline));
    } finally {
      inline.close();
      threads.close();
    }
  }, 60_000);

  it('leaves no staging files behind, stored or rejected', async () => {
    const staging = join(tmp.dir, 'staging-env');
    process.env.BRANDGAP_STAGING = staging;
    const store = await openStore(join(tmp.dir, 'env.duckdb'));
    try {
      expect((await ingestFile(store, social, { city: CITY })).documents).toBeGreaterThan(0);
      const bad = join(tmp.dir, 'bad.ndjson');
      writeFileSync(bad, lines.slice(0, 5).join('\n') + '\n{"id":"x","text":"unfinished');
      expect((await ingestFile(store, bad, { city: CITY })).errors[0].where).toBe('line 6');
      expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
    } finally {
      delete process.env.BRANDGAP_STAGING;
      store.close();
    }
  });

  it('stores nothing when loading fails part-way (a staged file gone)', async () => {
    const store = await keyedStore();
    try {
      const before = await dump(store);
      const failed = await store.write(async (conn) => {
        const file = await prepareContext(conn, { path: social, staging: join(tmp.dir, 'staging-f'), uploadId: 'f', read: { city: CITY }, limits: READ_LIMITS, kind: null });
        const results = await runParts(partSpecs({ ...file, batch: 4 }, 2), { threads: false, memoryMb: 512 });
        results[1].files!.segment_terms = join(tmp.dir, 'missing.ndjson');
        await conn.run('begin transaction');
        try {
          await loadParts(conn, { uploadId: 'f', kind: 'social', format: results[0].format!, fileName: 'posts.ndjson', fileHash: 'x', actor: null, wave: null }, results);
          return false;
        } catch {
          await conn.run('rollback');
          return true;
        }
      });
      expect(failed).toBe(true);
      expect(await dump(store)).toEqual(before);
    } finally {
      store.close();
    }
  });
});
