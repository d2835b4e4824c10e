import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile, type IngestSummary } from '../../ingest/pipeline.ts';
import { formatNames } from '../../ingest/readers/index.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { CONSISTENT, dataCounts, orphans } from './consistency.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const SEEDS = [
  'qualtrics-demo.csv', 'qualtrics-demo.tsv', 'google-forms-nl.csv', 'limesurvey-results.csv', 'generic-survey.csv',
  'surveymonkey-export.xlsx', 'social-posts.csv', 'social-posts.ndjson', 'x-api-small.jsonl', 'facebook-posts.json',
  'pushshift-comments.ndjson', 'focus-group-demo.md', 'focus-group.srt', 'teams-interview.vtt', 'brand-demo.md',
  'brand-book.docx', 'focus-group-notes.docx', 'brand-flyer.pdf',
];

type Edit = { at: number; op: 'flip' | 'insert' | 'delete' | 'truncate' | 'dup'; byte: number; len: number };
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }), op: fc.constantFrom('flip', 'insert', 'delete', 'truncate', 'dup'),
  byte: fc.integer({ min: 0, max: 255 }), len: fc.integer({ min: 1, max: 64 }),
}) as fc.Arbitrary<Edit>;

/** Applies byte-level edits: bit flips, inserted or deleted runs, truncation, duplicated slices. */
function mutate(seed: Buffer, edits: Edit[]): Buffer {
  let b = Buffer.from(seed);
  for (const e of edits) {
    const i = Math.floor(e.at * b.length);
    if (e.op === 'flip' && b.length) b[Math.min(i, b.length - 1)] ^= 1 << (e.byte % 8);
    else if (e.op === 'insert') b = Buffer.concat([b.subarray(0, i), Buffer.alloc(e.len, e.byte), b.subarray(i)]);
    else if (e.op === 'delete') b = Buffer.concat([b.subarray(0, i), b.subarray(i + e.len)]);
    else if (e.op === 'truncate') b = b.subarray(0, i);
    else b = Buffer.concat([b.subarray(0, i), b.subarray(i, i + e.len * 8), b.subarray(i)]);
  }
  return b;
}

describe('fuzz: random and mutated bytes through every reader and the pipeline', () => {
  const tmp = tmpDir();
  let store: Store;
  let n = 0;
  const outcomes = { stored: 0, rejected: 0 };
  beforeAll(async () => { store = await openStore(join(tmp.dir, 'fuzz.duckdb')); });
  afterAll(() => { store.close(); tmp.cleanup(); });

  /** Ingests bytes; asserts the outcome is stored or rejected and the database stays consistent. */
  async function check(bytes: Uint8Array, ext: string, format?: string): Promise<void> {
    const path = join(tmp.dir, `case-${++n}${ext}`);
    writeFileSync(path, bytes);
    const before = await dataCounts(store);
    let summary: IngestSummary;
    try {
      summary = await ingestFile(store, path, { city: 'Fuzzton', format });
    } catch (err) {
      throw new Error(`ingest threw instead of rejecting (${format ?? ext}, ${bytes.length} bytes): ${(err as Error).stack}`);
    }
    const after = await dataCounts(store);
    if (summary.errors.length) {
      outcomes.rejected++;
      expect(after, 'a rejected file stores nothing').toEqual(before);
      expect(summary.documents).toBe(0);
    } else {
      outcomes.stored++;
      expect(after.documents - before.documents).toBe(summary.documents);
      expect(after.segments - before.segments).toBe(summary.segments);
    }
    const [run] = await store.all<{ status: string }>(`select status from ingest_runs order by id desc limit 1`);
    expect(run.status).toBe(summary.errors.length ? 'rejected' : 'stored');
    expect(await orphans(store)).toEqual(CONSISTENT);
  }

  it('mutated real exports of every format end stored or rejected, never a crash or a half-stored file', async () => {
    for (const seed of SEEDS) {
      const bytes = readFileSync(join(FIXTURES, seed));
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => check(mutate(bytes, edits), extname(seed))),
        { numRuns: 6, seed: 7 },
      );
    }
    expect(outcomes.stored).toBeGreaterThan(10);
    expect(outcomes.rejected).toBeGreaterThan(10);
  }, 600_000);

  it('random bytes forced through each format\'s reader end rejected or stored', async () => {
    for (const format of formatNames()) {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 2048 }), fc.constantFrom('.csv', '.json', '.xlsx', '.md', '.txt'),
          async (bytes, ext) => check(bytes, ext, format)),
        { numRuns: 2, seed: 11 },
      );
    }
  }, 600_000);
});
