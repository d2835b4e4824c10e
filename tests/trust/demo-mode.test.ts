import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MARKER } from '../../server/demo-build.ts';
import { changeThemeTerm } from '../../ingest/reannotate-themes.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { createApp } from '../../server/app.ts';
import { demoProblem } from '../../server/auth/demo-guard.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { multipart, MULTIPART_TYPE } from './multipart-body.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

async function demoDb(path: string): Promise<void> {
  const s = await openStore(path);
  await ingestFile(s, join(FIXTURES, 'social-posts.csv'), { city: 'Havenstad', actor: 'demo' });
  await s.write((c) => c.run(`insert into settings values ('${DEMO_MARKER}', 'true')`));
  s.close();
}

describe('demo mode: login-free, read-only, and only for the generated demo', () => {
  const tmp = tmpDir();
  const path = join(tmp.dir, 'demo.duckdb');
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    await demoDb(path);
    store = await openStore(path, { readOnly: true });
    app = createApp({ store, version: 'test', demo: true, minN: 30 });
  });
  afterAll(() => { store.close(); tmp.cleanup(); });

  it('serves reads without login and says demo in /api/auth/me', async () => {
    expect((await app.request('/api/cities')).status).toBe(200);
    expect(await (await app.request('/api/auth/me')).json()).toEqual({ demo: true, readOnly: true });
  });

  it('refuses every write with 403 read_only, logins included', async () => {
    const json = { 'content-type': 'application/json' };
    for (const [method, path, body, headers] of [
      ['POST', '/api/auth/login', '{"name":"a","password":"b"}', json],
      ['PUT', '/api/cities/Havenstad/values', '[]', json],
      ['POST', '/api/uploads', multipart({}, { name: 'a.csv', data: 'id,text\n1,x\n' }), { 'content-type': MULTIPART_TYPE }],
      ['DELETE', '/api/sources/1', undefined, {}],
      ['DELETE', '/api/authors/p_x', undefined, {}],
      ['POST', '/api/admin/users', '{"name":"x","role":"admin"}', json],
    ] as const) {
      const res = await app.request(path, { method, body, headers });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect((await res.json()).error.code).toBe('read_only');
    }
  });

  it('will not run demo mode or auth "none" on a writable database', async () => {
    const writable = await openStore(':memory:');
    try {
      expect(() => createApp({ store: writable, version: 't', demo: true, minN: 30 })).toThrow(/read-only/);
      const vitest = process.env.VITEST;
      delete process.env.VITEST;
      try {
        expect(() => createApp({ store: writable, version: 't', demo: false, minN: 30, auth: 'none' })).toThrow(/read-only/);
      } finally {
        process.env.VITEST = vitest;
      }
    } finally {
      writable.close();
    }
  });

  it('accepts only the pristine generated demo: not after an upload, a brand edit, an account or a theme term', async () => {
    expect(await demoProblem(store)).toBeNull();
    const cases: [string, (s: Store) => Promise<unknown>, RegExp][] = [
      ['ingest', (s) => ingestFile(s, join(FIXTURES, 'social-posts.ndjson'), { city: 'Havenstad', actor: 'alice' }), /ingested/],
      ['brand edit', (s) => s.write((c) => c.run(`insert into brand_value_versions (city_id, version, values_json, changed_by) values (1, 99, '[]', null)`)), /brand values/],
      ['account', (s) => s.write((c) => c.run(`insert into users (id, name, role, password_hash) values (1, 'x', 'admin', 'h')`)), /accounts/],
      ['theme term', (s) => changeThemeTerm(s, 'add', 'housing', 'allotment', 'alice'), /theme terms/],
    ];
    for (const [name, change, why] of cases) {
      const copy = join(tmp.dir, `${name.replace(' ', '-')}.duckdb`);
      await demoDb(copy);
      const w = await openStore(copy);
      await change(w);
      w.close();
      const r = await openStore(copy, { readOnly: true });
      expect(await demoProblem(r), name).toMatch(why);
      r.close();
    }
    const plain = await openStore(join(tmp.dir, 'plain.duckdb'));
    expect(await demoProblem(plain)).toMatch(/not the generated demo/);
    plain.close();
  });
});
