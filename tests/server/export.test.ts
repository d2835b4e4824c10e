import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { csvCell, toCsv } from '../../server/csv.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { loadKnownDataset } from '../helpers/known-dataset.ts';
import { tmpDir } from '../helpers/tmp.ts';

describe('CSV cells', () => {
  it('neutralises strings a spreadsheet would run as formulas, keeps numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+31 6 123')).toBe("'+31 6 123");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-50)).toBe('-50');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(toCsv([{ a: 1, b: 'x' }, { a: 2, c: true }])).toBe('a,b,c\r\n1,x,\r\n2,,true\r\n');
  });
});

describe('GET /api/export', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const tmp = tmpDir();
  beforeAll(async () => {
    store = await openStore(':memory:');
    await loadKnownDataset(store);
    app = createApp({ store, version: 'test', demo: false, minN: 30, auth: 'none' });
  });
  afterAll(() => { store.close(); tmp.cleanup(); });

  it('gives a view\'s rows as CSV with the same numbers as the JSON', async () => {
    const res = await app.request('/api/export?view=themes&city=Testville&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('brandgap-themes-Testville.csv');
    const lines = (await res.text()).trim().split('\r\n');
    const header = lines[0].split(',');
    const housing = lines.find((l) => l.startsWith('all,housing'))!.split(',');
    expect(header.slice(0, 4)).toEqual(['group', 'theme', 'share', 'n']);
    expect(housing[header.indexOf('n')]).toBe('4');
    expect(housing[header.indexOf('net')]).toBe('-50');
  });

  it('gives Parquet that DuckDB reads back row for row', async () => {
    const res = await app.request('/api/export?view=values&city=Testville&format=parquet');
    expect(res.status).toBe(200);
    const file = join(tmp.dir, 'v.parquet');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const rows = (await conn.runAndReadAll(`select value, "group", n::INTEGER as n, net from read_parquet('${file}') where "group" = 'all' order by value`)).getRowObjectsJS();
    expect(rows).toEqual([{ value: 'A', group: 'all', n: 4, net: -50 }, { value: 'B', group: 'all', n: 2, net: 100 }]);
    conn.closeSync();
  });

  it('refuses an unknown view with a 400 naming the parameter, and passes on the view\'s own errors', async () => {
    const bad = await app.request('/api/export?view=../../etc/passwd&city=Testville');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('"view"');
    const unknown = await app.request('/api/export?view=themes&city=Atlantis');
    expect(unknown.status).toBe(404);
  });
});
