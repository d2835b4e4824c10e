/** `npm run lake -- DIR`: the report per table, a second run that writes nothing, and a clear
 * message (never a raw lock error) while a server owns the database. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../data/db/store.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { MANIFEST } from '../../data/lake/manifest.ts';
import { tmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '../..');
const tmp = tmpDir('brandgap-lake-cli-');
const db = join(tmp.dir, 'brandgap.duckdb');
const dir = join(tmp.dir, 'lake');

const lake = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'data/lake/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

beforeAll(async () => {
  const store = await openStore(db);
  try {
    const s = await ingestFile(store, 'tests/fixtures/ingest/qualtrics-demo.csv', { city: 'Lindholm' });
    expect(s.errors).toEqual([]);
  } finally {
    store.close();
  }
});
afterAll(tmp.cleanup);

describe('npm run lake', () => {
  it('reports per table the partitions written, then none on a second run; a killed run\'s leftovers are cleared', () => {
    const first = lake(dir, '--db', db, '--json');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.tables.documents).toEqual({ written: 1, unchanged: 0, removed: 0, rows: 6 });
    expect(report.tables.segment_values).toEqual({ written: 0, unchanged: 0, removed: 0, rows: 0 });
    expect(existsSync(join(dir, 'documents/city=lindholm/month=2025-04/data_0.parquet'))).toBe(true);
    // what a run killed mid-way leaves: a staging folder and a lock of a process that is gone
    mkdirSync(join(dir, '.staging-999999999/documents'), { recursive: true });
    writeFileSync(join(dir, '_lake.lock'), '999999999');
    const second = lake(dir, '--db', db);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/documents\s+6 rows\s+0 written, 1 unchanged, 0 removed/);
    expect(existsSync(join(dir, '.staging-999999999'))).toBe(false);
    expect(existsSync(join(dir, '_lake.lock'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).tables.documents.partitions['city=lindholm/month=2025-04'].rows).toBe(6);
  });

  it('stops with a clear message while another process owns the database', async () => {
    const server = await openStore(db); // this process plays the running server
    try {
      const r = lake(join(tmp.dir, 'other'), '--db', db);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('is in use by another brandgap process');
      expect(r.stderr).toContain('npm run restore');
      expect(r.stderr).not.toMatch(/IO Error|Could not set lock|at .*\.ts:\d+/);
    } finally {
      server.close();
    }
  });

  it('is a usage error without a folder or with an unknown database', () => {
    expect(lake().status).toBe(2);
    const r = lake(dir, '--db', join(tmp.dir, 'missing.duckdb'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no database at');
  });
});
