/** The Parquet lake's cost: a full write of a database into an empty folder, then a run with nothing changed. */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../data/db/store.ts';
import { writeLake } from '../data/lake/write.ts';

export type LakeFigures = { rows: number; partitions: number; mb: number; fullMs: number; unchangedMs: number };

const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((a, e) => a + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

/** Times `writeLake` on a database opened read-only, as `npm run lake` opens it. */
export async function lakeTimes(db: string): Promise<LakeFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'brandgap-bench-lake-'));
  const store = await openStore(db, { readOnly: true });
  try {
    let t = performance.now();
    const full = await writeLake(store, dir);
    const fullMs = Math.round(performance.now() - t);
    t = performance.now();
    await writeLake(store, dir);
    const unchangedMs = Math.round(performance.now() - t);
    const tables = Object.values(full.tables);
    return {
      rows: tables.reduce((a, r) => a + r.rows, 0), partitions: tables.reduce((a, r) => a + r.written, 0),
      mb: Math.round(sizeOf(dir) / 2 ** 20 * 10) / 10, fullMs, unchangedMs,
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
