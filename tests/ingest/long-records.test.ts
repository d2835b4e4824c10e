/**
 * Real exports with long lines and long texts, through the whole pipeline: twarc pages of 500 posts
 * (each line far beyond the sniffed head), and texts that are too long to be a sentence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../data/db/store.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { tmpDir } from '../helpers/tmp.ts';

const BREXIT = '../shared/fixtures/public/x-api-v2/brexit.jsonl';

type Tweet = Record<string, unknown> & { referenced_tweets?: { type: string }[] };

/** A twarc2 file of `pages` response pages of `perPage` own posts each, shaped like the public sample. */
export function twarcPages(pages: number, perPage: number): string {
  const sample = JSON.parse(readFileSync(BREXIT, 'utf8').split('\n')[0]) as { data: Tweet[]; includes: unknown; meta: Record<string, unknown> };
  const template = sample.data.find((t) => !(t.referenced_tweets ?? []).length && !String(t.text).startsWith('RT @'))!;
  const { context_annotations: _, ...shape } = template;
  const lines: string[] = [];
  for (let p = 0; p < pages; p++) {
    const data = Array.from({ length: perPage }, (_, i) => {
      const n = p * perPage + i;
      return { ...shape, id: String(1_500_000_000_000_000_000n + BigInt(n)), conversation_id: String(n), text: `Post ${n}: the ferry to Havenstad harbour was late again, and the rent keeps rising (${n}).` };
    });
    lines.push(JSON.stringify({ data, includes: sample.includes, meta: { ...sample.meta, result_count: perPage } }));
  }
  return lines.join('\n') + '\n';
}

describe('long lines and long texts through the pipeline', () => {
  const tmp = tmpDir();
  let store: Store;
  beforeAll(async () => { store = await openStore(join(tmp.dir, 'long.duckdb')); });
  afterAll(() => { store.close(); tmp.cleanup(); });

  it('reads a twarc file of 3 pages of 500 posts, each line longer than the sniffed head', async () => {
    const text = twarcPages(3, 500);
    const lengths = text.trimEnd().split('\n').map((l) => l.length);
    expect(lengths).toHaveLength(3);
    expect(Math.min(...lengths)).toBeGreaterThan(100_000);
    const path = join(tmp.dir, 'pages.jsonl');
    writeFileSync(path, text);
    const s = await ingestFile(store, path, { city: 'Testville' });
    expect(s.errors).toEqual([]);
    expect(s.format).toBe('x-api-v2');
    expect(s.documents).toBe(1500);
  }, 120_000);

  it('names line 3 when the third long page is broken', async () => {
    const lines = twarcPages(3, 500).trimEnd().split('\n');
    lines[2] = lines[2].slice(0, 50_000) + ',,' + lines[2].slice(50_000);
    const path = join(tmp.dir, 'broken.jsonl');
    writeFileSync(path, lines.join('\n') + '\n');
    const s = await ingestFile(store, path, { city: 'Testville' });
    expect(s.documents).toBe(0);
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0].where).toBe('line 3');
    expect(s.errors[0].message).toMatch(/^invalid JSON/);
  }, 120_000);

  it('refuses a 2 MiB line of text with no sentence end, naming the line and BRANDGAP_MAX_TEXT_CHARS', async () => {
    const path = join(tmp.dir, 'wall.txt');
    writeFileSync(path, 'A short opening sentence about the harbour.\n\n' + 'word '.repeat(2 * 2 ** 20 / 5) + '\n');
    const s = await ingestFile(store, path, { city: 'Testville', format: 'brand-text', limits: { maxRecordChars: 4 * 2 ** 20 } });
    expect(s.documents).toBe(0);
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0].where).toBe('line 3');
    expect(s.errors[0].message).toMatch(/no sentence end.*at most 20000 characters.*BRANDGAP_MAX_TEXT_CHARS raises it/);
  }, 120_000);

  it('reads a long text that has sentence ends, as many segments', async () => {
    const path = join(tmp.dir, 'long-brand.txt');
    const sentences = Array.from({ length: 600 }, (_, i) => `Havenstad welcomes visitor number ${i} to its green harbour.`).join(' ');
    expect(sentences.length).toBeGreaterThan(30_000);
    writeFileSync(path, sentences + '\n');
    const s = await ingestFile(store, path, { city: 'Testville', format: 'brand-text' });
    expect(s.errors).toEqual([]);
    expect(s.documents).toBe(1);
    expect(s.segments).toBeGreaterThanOrEqual(600);
  }, 120_000);

  it('keeps a minified JSON record longer than the text limit (the limit is on a text, not a line)', async () => {
    const path = join(tmp.dir, 'minified.ndjson');
    const padding = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`field_${i}`, `value number ${i} of the export`]));
    const line = JSON.stringify({ id: '1', text: 'The tram to the harbour is quick and clean.', created_at: '2025-01-01T00:00:00Z', ...padding });
    expect(line.length).toBeGreaterThan(40_000);
    writeFileSync(path, line + '\n');
    const s = await ingestFile(store, path, { city: 'Testville' });
    expect(s.errors).toEqual([]);
    expect(s.documents).toBe(1);
  }, 120_000);

  it('refuses a CSV answer of 30,000 characters without a sentence end, naming its row', async () => {
    const path = join(tmp.dir, 'posts.csv');
    const rows = ['id,text,created_at', '1,The harbour is lovely.,2025-01-01', `2,${'x'.repeat(30_000)},2025-01-02`];
    writeFileSync(path, rows.join('\n') + '\n');
    const s = await ingestFile(store, path, { city: 'Testville' });
    expect(s.documents).toBe(0);
    expect(s.errors[0].where).toBe('row 3 (line 3)');
    expect(s.errors[0].message).toMatch(/BRANDGAP_MAX_TEXT_CHARS/);
  }, 120_000);
});
