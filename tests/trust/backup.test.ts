import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../ingest/pipeline.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import { audit } from '../../server/auth/audit.ts';
import { createSession } from '../../server/auth/sessions.ts';
import { backupStore, restoreBackup } from '../../server/backup.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { loadKnownDataset, loadKnownSurvey } from '../helpers/known-dataset.ts';
import { tmpDir } from '../helpers/tmp.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

async function tables(store: Store): Promise<string[]> {
  return (await store.all<{ t: string }>(`select table_name as t from information_schema.tables where table_schema = 'main' and table_type = 'BASE TABLE' order by 1`)).map((r) => r.t);
}

/** Every row of a table, in a stable order, as JSON text (BIGINTs and dates included). */
async function dump(store: Store, table: string): Promise<string> {
  const rows = await store.withConnection(async (c) => (await c.runAndReadAll(`select * from "${table}" order by all`)).getRowObjectsJson());
  return JSON.stringify(rows);
}

describe('backup and restore', () => {
  const tmp = tmpDir();
  const src = join(tmp.dir, 'live.duckdb');
  let store: Store;
  beforeAll(async () => {
    store = await openStore(src);
    await loadKnownDataset(store);
    await loadKnownSurvey(store);
    await ingestFile(store, join(FIXTURES, 'x-api-small.jsonl'), { city: 'Havenstad', actor: 'alice' });
    const admin = await createAccount(store, 'admin', 'admin', 'a long enough password');
    await createSession(store, admin.id, 1, '127.0.0.1');
    await audit(store, { actor: 'admin', action: 'login', ip: '127.0.0.1' });
  });
  afterAll(() => { store.close(); tmp.cleanup(); });

  it('round-trips every table row for row, and the measures still compute', async () => {
    const dir = join(tmp.dir, 'backup-1');
    const manifest = await backupStore(store, dir);
    const names = await tables(store);
    expect(Object.keys(manifest.tables).sort()).toEqual(names);
    expect(names).toEqual(expect.arrayContaining(['documents', 'segments', 'users', 'sessions', 'audit_log', 'uploads', 'settings']));
    expect(manifest.tables.documents).toBeGreaterThan(10);
    const restoredPath = join(tmp.dir, 'restored.duckdb');
    await restoreBackup(dir, restoredPath);
    const restored = await openStore(restoredPath, { readOnly: true });
    try {
      expect(await tables(restored)).toEqual(names);
      for (const t of names) expect(await dump(restored, t), t).toBe(await dump(store, t));
      expect(await restored.all(`select net_points(3, 1, 4)::DOUBLE as x`)).toEqual([{ x: 50 }]);
      // the macros that call other macros (migration 008) come back too, and give the same counts
      const figures = `select c.id, (select coalesce(sum(n), 0) from audience_totals(c.id, NULL, NULL, '2025-01-10', NULL, NULL, NULL, NULL, NULL, NULL, NULL))::INTEGER as segments,
        (select count(*) from audience_terms(c.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL))::INTEGER as terms
        from cities c order by c.id`;
      const before = await store.all<{ segments: number }>(figures);
      expect(before.some((r) => r.segments > 0)).toBe(true);
      expect(await restored.all(figures)).toEqual(before);
      expect(await restored.schema()).toBe(await store.schema());
    } finally {
      restored.close();
    }
  });

  it('refuses to write into a non-empty folder or over an existing database without --force', async () => {
    await expect(backupStore(store, join(tmp.dir, 'backup-1'))).rejects.toThrow(/not empty/);
    const target = join(tmp.dir, 'existing.duckdb');
    (await openStore(target)).close();
    await expect(restoreBackup(join(tmp.dir, 'backup-1'), target)).rejects.toThrow(/pass --force/);
    const { kept } = await restoreBackup(join(tmp.dir, 'backup-1'), target, { force: true });
    expect(kept && existsSync(kept)).toBe(true);
  });

  it('refuses a folder that is not a backup, and a backup whose rows do not match its manifest', async () => {
    await expect(restoreBackup(tmp.dir, join(tmp.dir, 'x.duckdb'))).rejects.toThrow(/not a brandgap backup/);
    const dir = join(tmp.dir, 'backup-2');
    await backupStore(store, dir);
    const { writeFileSync, readFileSync } = await import('node:fs');
    const m = JSON.parse(readFileSync(join(dir, 'brandgap-backup.json'), 'utf8'));
    m.tables.documents += 1;
    writeFileSync(join(dir, 'brandgap-backup.json'), JSON.stringify(m));
    await expect(restoreBackup(dir, join(tmp.dir, 'y.duckdb'))).rejects.toThrow(/documents has \d+ rows, the backup \d+/);
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('y.duckdb'))).toEqual([]);
  });
});

describe('the backup schema', () => {
  it('creates every macro after the macros it calls, whatever order they were redefined in', async () => {
    const { macrosAfterTheirDependencies } = await import('../../server/backup.ts');
    const sql = ['CREATE TABLE t(a INTEGER);', 'CREATE MACRO outer_m (x) AS TABLE (SELECT * FROM t WHERE inner_m(a, x));', 'CREATE MACRO inner_m (a, x) AS (a = x);', ''].join('\n');
    expect(macrosAfterTheirDependencies(sql).split('\n')).toEqual(['CREATE TABLE t(a INTEGER);', 'CREATE MACRO inner_m (a, x) AS (a = x);', 'CREATE MACRO outer_m (x) AS TABLE (SELECT * FROM t WHERE inner_m(a, x));', '']);
  });
});
