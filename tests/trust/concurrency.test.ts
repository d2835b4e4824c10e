import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import { createApiToken } from '../../server/auth/tokens.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { createJobs, type UploadView } from '../../server/jobs.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { bigCsv } from './big-csv.ts';
import { CONSISTENT, orphans } from './consistency.ts';
import { multipart, MULTIPART_TYPE } from './multipart-body.ts';

const READERS = 50;
const PATHS = ['/api/cities', '/api/themes?city=Havenstad', '/api/quotes?city=Havenstad&limit=20', '/api/overview?city=Havenstad', '/api/sources', '/api/values?city=Havenstad'];

describe('concurrency: 50 readers hammer the API while two uploads run', () => {
  const tmp = tmpDir();
  let store: Store;
  let server: ServerType;
  let base: string;
  let viewerToken: string;
  let analystToken: string;
  beforeAll(async () => {
    store = await openStore(join(tmp.dir, 'busy.duckdb'));
    await ingestFile(store, join(import.meta.dirname, '../fixtures/ingest/x-api-small.jsonl'), { city: 'Havenstad' });
    const jobs = await createJobs(store);
    const app = createApp({ store, version: 'test', demo: false, minN: 30, jobs, settings: { uploadDir: tmp.dir } });
    viewerToken = (await createApiToken(store, (await createAccount(store, 'reader', 'viewer', 'reader password 1')).id, null)).token;
    analystToken = (await createApiToken(store, (await createAccount(store, 'loader', 'analyst', 'loader password 1')).id, null)).token;
    server = await new Promise((resolve) => { const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s)); });
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    store.close();
    tmp.cleanup();
  });

  it('answers every read while both uploads store all their documents exactly once', async () => {
    const files = [['havenstad-a.csv', 2500, 200_000], ['havenstad-b.csv', 2500, 300_000]] as const;
    const before = (await store.all<{ n: number }>(`select count(*)::INTEGER as n from documents`))[0].n;
    const ids: string[] = [];
    for (const [name, rows, first] of files) {
      bigCsv(join(tmp.dir, name), rows, 'Havenstad', first);
      const res = await fetch(`${base}/api/uploads`, {
        method: 'POST', headers: { authorization: `Bearer ${analystToken}`, 'content-type': MULTIPART_TYPE },
        body: multipart({ source: 'social', city: 'Havenstad' }, { name, data: readFileSync(join(tmp.dir, name)) }),
      });
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as { id: string }).id);
    }
    const status = async (id: string) => (await (await fetch(`${base}/api/uploads/${id}`, { headers: { authorization: `Bearer ${analystToken}` } })).json()) as UploadView;
    let finished = false;
    const failures: string[] = [];
    let reads = 0;
    const reader = async (r: number) => {
      // bounded: stop when both uploads are done, or after 400 requests per reader
      for (let i = 0; i < 400 && !finished; i++) {
        const path = PATHS[(r + i) % PATHS.length];
        const res = await fetch(base + path, { headers: { authorization: `Bearer ${viewerToken}` } });
        const body = await res.text();
        reads++;
        if (res.status !== 200) failures.push(`${path} → ${res.status} ${body.slice(0, 200)}`);
      }
    };
    const watcher = (async () => {
      for (let i = 0; i < 6000; i++) {
        const s = await Promise.all(ids.map(status));
        if (s.every((u) => !['queued', 'running'].includes(u.status))) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      finished = true;
    })();
    await Promise.all([watcher, ...Array.from({ length: READERS }, (_, r) => reader(r))]);
    const done = await Promise.all(ids.map(status));
    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(READERS);
    expect(done.map((u) => [u.status, u.summary?.documents, u.summary?.duplicates, u.summary?.errors.slice(0, 2)])).toEqual([['stored', 2500, 0, []], ['stored', 2500, 0, []]]);
    const after = (await store.all<{ n: number }>(`select count(*)::INTEGER as n from documents`))[0].n;
    expect(after).toBe(before + 5000);
    const dup = await store.all(`select dedup_key from documents group by city_id, kind, dedup_key having count(*) > 1`);
    expect(dup).toEqual([]);
    expect(await orphans(store)).toEqual(CONSISTENT);
  }, 600_000);
});
