import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../data/db/store.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { guardZip, ZipRejected } from '../../ingest/zip-guard.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { buildZip, deflatedZeros } from './zip-builder.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

describe('zip-bomb guard for XLSX/DOCX', () => {
  const tmp = tmpDir();
  let zeros16: Uint8Array;
  let store: Store;
  beforeAll(async () => {
    zeros16 = deflatedZeros(16);
    store = await openStore(':memory:');
  });
  afterAll(() => { store.close(); tmp.cleanup(); });
  const file = (name: string, data: Buffer) => { const p = join(tmp.dir, name); writeFileSync(p, data); return p; };
  const refusal = async (path: string) => guardZip(path).then(() => null, (e: unknown) => (e instanceof ZipRejected ? e.message : `other: ${e}`));

  it('passes real XLSX and DOCX files', async () => {
    await expect(guardZip(join(FIXTURES, 'surveymonkey-export.xlsx'))).resolves.toBeUndefined();
    await expect(guardZip(join(FIXTURES, 'brand-book.docx'))).resolves.toBeUndefined();
    await expect(guardZip(join(FIXTURES, 'social-posts.csv'))).resolves.toBeUndefined();
  });

  it('refuses an overlapping bomb (many directory entries, one blob) by its declared total', async () => {
    const entries = Array.from({ length: 80 }, (_, i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: zeros16, size: 16 * 1024 * 1024 }));
    const p = file('overlap.xlsx', buildZip(entries, { shareData: true }));
    expect(await refusal(p)).toMatch(/expands to 1280 MB; at most 1024 MB/);
  });

  it('refuses one entry whose compression ratio is a bomb\'s', async () => {
    const p = file('ratio.xlsx', buildZip([{ name: 'xl/sharedStrings.xml', data: zeros16, size: 16 * 1024 * 1024 }]));
    expect(await refusal(p)).toMatch(/expands \d+:1; at most 200:1/);
  });

  it('refuses an entry that lies about its size once it inflates past the declared size', async () => {
    const p = file('liar.xlsx', buildZip([{ name: 'xl/workbook.xml', data: zeros16, size: 1000 }]));
    expect(await refusal(p)).toMatch(/expands past the size its directory declares/);
  });

  it('refuses too many entries and a truncated archive', async () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array([3, 0]), size: 0 }));
    expect(await refusal(file('many.xlsx', buildZip(many)))).toMatch(/10001 entries/);
    const good = buildZip([{ name: 'a.xml', data: deflatedZeros(1), size: 1024 * 1024 }]);
    expect(await refusal(file('cut.xlsx', good.subarray(0, good.length - 30)))).toMatch(/not a complete ZIP/);
  });

  it('makes the pipeline reject the bomb with nothing stored and memory far below its expanded size', async () => {
    const entries = Array.from({ length: 80 }, (_, i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: zeros16, size: 16 * 1024 * 1024 }));
    const p = file('bomb.xlsx', buildZip(entries, { shareData: true }));
    const liar = file('liar2.xlsx', buildZip([{ name: 'xl/workbook.xml', data: zeros16, size: 2000 }]));
    const before = process.memoryUsage().rss;
    for (const path of [p, liar]) {
      const s = await ingestFile(store, path, { city: 'Havenstad' });
      expect(s.errors[0].message).toMatch(/zip bomb/);
      expect(s.documents).toBe(0);
    }
    const grown = process.memoryUsage().rss - before;
    expect(grown).toBeLessThan(256 * 1024 * 1024); // the bomb expands to 1.25 GB
    const stored = await store.all<{ n: number }>(`select count(*)::INTEGER as n from documents`);
    expect(stored[0].n).toBe(0);
    const runs = await store.all<{ status: string }>(`select status from ingest_runs`);
    expect(runs.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
