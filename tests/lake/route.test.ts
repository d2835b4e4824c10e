/**
 * POST /api/admin/lake: while the server owns the database (so `npm run lake` cannot open it), an
 * admin writes the lake into BRANDGAP_LAKE_DIR from the server's own connection. The real app, a
 * real DuckDB file, the lake read back by a fresh DuckDB.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../data/db/store.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { readLake } from '../helpers/lake.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

describe('the lake route', () => {
  const tmp = tmpDir();
  const db = join(tmp.dir, 'owned.duckdb');
  const lakeDir = join(tmp.dir, 'lake');
  let app: App;
  let store: Store;
  let admin: Login;
  let analyst: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp({ path: db, settings: { lakeDir } }));
    for (const f of ['social-posts.csv', 'qualtrics-demo.csv']) {
      const s = await ingestFile(store, join('tests/fixtures/ingest', f), { city: 'Lakeside' });
      expect(s.errors).toEqual([]);
    }
    admin = await loginAs(app, store, 'boss', 'admin');
    analyst = await loginAs(app, store, 'ana', 'analyst');
  }, 120_000);
  afterAll(() => { store.close(); tmp.cleanup(); });

  const post = (who: Login, body?: unknown) => app.request('/api/admin/lake', {
    method: 'POST', headers: { ...as(who), 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}),
  });

  it('npm run lake cannot open the database the server holds', async () => {
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'data/lake/cli.ts', join(tmp.dir, 'cli-lake'), '--db', db])
      .then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/running server holds/);
  }, 60_000);

  it('refuses anyone but an admin', async () => {
    expect((await post(analyst)).status).toBe(403);
    expect((await app.request('/api/admin/lake', { method: 'POST' })).status).toBe(401);
  });

  it('writes the lake into the configured folder, never one the request names, and answers the partitions written', async () => {
    const res = await post(admin, { dir: '/etc' });
    expect(res.status).toBe(200);
    const body = await res.json() as { dir: string; written: number; removed: number; tables: Record<string, { written: number; rows: number }> };
    expect(body.dir).toBe(lakeDir);
    const [stored] = await store.all<{ documents: number; segments: number }>(
      `select (select count(*) from documents)::INTEGER as documents, (select count(*) from segments)::INTEGER as segments`);
    expect(body.tables.documents.rows).toBe(stored.documents);
    expect(body.tables.segments.rows).toBe(stored.segments);
    expect(body.written).toBe(Object.values(body.tables).reduce((n, t) => n + t.written, 0));
    expect(body.written).toBeGreaterThanOrEqual(5); // at least one partition for each of the five tables
    expect(body.removed).toBe(0);

    const lake = await readLake(lakeDir);
    try {
      expect(await lake.count('documents')).toBe(stored.documents);
      expect(await lake.count('segments')).toBe(stored.segments);
    } finally {
      lake.close();
    }
    // the audit log names the run
    const [entry] = await store.all<{ action: string; actor: string; target: string }>(`select action, actor, target from audit_log where action = 'lake'`);
    expect(entry).toEqual({ action: 'lake', actor: 'boss', target: lakeDir });
  });

  it('a second run writes nothing; a new ingest rewrites only what it touched', async () => {
    const again = await (await post(admin)).json() as { written: number };
    expect(again.written).toBe(0);
    const s = await ingestFile(store, 'tests/fixtures/ingest/social-posts.csv', { city: 'Otherport' });
    expect(s.documents).toBeGreaterThan(0);
    const after = await (await post(admin)).json() as { written: number; tables: Record<string, { written: number; unchanged: number }> };
    expect(after.written).toBeGreaterThan(0);
    expect(after.tables.documents.unchanged).toBeGreaterThan(0);
  });

  it('says what to set when no folder is configured', async () => {
    const bare = await trustApp();
    try {
      const boss = await loginAs(bare.app, bare.store, 'boss', 'admin');
      const res = await bare.app.request('/api/admin/lake', { method: 'POST', headers: { ...as(boss), 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(409);
      expect((await res.json()).error).toMatchObject({ code: 'no_lake_dir', message: expect.stringContaining('BRANDGAP_LAKE_DIR') });
    } finally {
      bare.store.close();
    }
  });
});
