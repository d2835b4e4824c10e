import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../ingest/pipeline.ts';
import { openStore } from '../../data/db/store.ts';
import { tmpDir } from '../helpers/tmp.ts';

const dates = async (path: string, opts: Parameters<typeof ingestFile>[2]) => {
  const store = await openStore(':memory:');
  try {
    const summary = await ingestFile(store, path, { city: 'Havenstad', ...opts });
    expect(summary.errors).toEqual([]);
    return await store.all<{ kind: string; date: string | null; n: number }>(
      `select kind, strftime(date, '%Y-%m-%d') as date, count(*)::INTEGER as n from segments group by all order by all`, {});
  } finally {
    store.close();
  }
};

describe('a brand text carries its publication date', () => {
  const tmp = tmpDir();
  afterAll(() => tmp.cleanup());

  it('takes the date given at upload (--date) for records that carry none', async () => {
    const rows = await dates(resolve(import.meta.dirname, '../fixtures/ingest/brand-demo.txt'), { source: 'brand', date: '2021-05-01' });
    expect(rows.map((r) => [r.kind, r.date])).toEqual([['brand', '2021-05-01']]);
  });

  it('reads a Markdown brand text\'s front-matter date, before any date given at upload', async () => {
    const path = join(tmp.dir, 'brand-2019.md');
    writeFileSync(path, '---\ntitle: Campaign\ndate: 2019-09-30\n---\n# Havenstad, a multicultural port\n\nWe are a multicultural city.\n');
    const rows = await dates(path, { date: '2024-01-01' });
    expect(rows.map((r) => [r.kind, r.date])).toEqual([['brand', '2019-09-30']]);
  });

  it('leaves a text without a date undated when none is given', async () => {
    const rows = await dates(resolve(import.meta.dirname, '../fixtures/ingest/brand-demo.txt'), { source: 'brand' });
    expect(rows.map((r) => [r.kind, r.date])).toEqual([['brand', null]]);
  });
});
