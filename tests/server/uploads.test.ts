import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../data/db/store.ts';
import { scrub, type Jobs, type UploadView } from '../../server/jobs.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { countingStream, multipart, MULTIPART_TYPE } from '../trust/multipart-body.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const MAX = 64 * 1024;

describe('POST /api/uploads: streamed to a temp file, size-limited, ingested as a job', () => {
  const tmp = tmpDir();
  let app: App;
  let store: Store;
  let jobs: Jobs;
  let analyst: Login;
  beforeAll(async () => {
    ({ app, store, jobs } = await trustApp({ settings: { maxUploadBytes: MAX, uploadDir: tmp.dir, maxUploadsPerUser: 5 } }));
    analyst = await loginAs(app, store, 'ana', 'analyst');
  });
  afterAll(() => { store.close(); tmp.cleanup(); });

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    app.request('/api/uploads', { method: 'POST', headers: { ...as(analyst), 'content-type': MULTIPART_TYPE, ...headers }, body, duplex: 'half' } as RequestInit);
  const status = async (id: string) => (await (await app.request(`/api/uploads/${id}`, { headers: as(analyst) })).json()) as UploadView;
  const count = async (table: string) => (await store.all<{ n: number }>(`select count(*)::INTEGER as n from ${table}`))[0].n;
  const leftovers = () => readdirSync(tmp.dir).filter((f) => f.startsWith('brandgap-upload-'));

  it('answers 202 with an id, then the job stores the file and reports the ingest --json summary', async () => {
    const res = await post(multipart({ source: 'social', city: 'Havenstad' }, { name: 'social-posts.csv', data: readFileSync(join(FIXTURES, 'social-posts.csv')) }));
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await jobs.idle();
    const done = await status(id);
    expect(done).toMatchObject({ status: 'stored', file: 'social-posts.csv', actor: 'ana', error: null });
    expect(done.summary).toMatchObject({ file: 'social-posts.csv', format: 'social-csv', city: 'Havenstad', source: 'social', documents: 3, skipped: 2, duplicates: 0, errors: [] });
    expect(await count('documents')).toBe(3);
    const sources = await store.all<{ created_by: string; file_name: string }>(`select created_by, file_name from sources`);
    expect(sources).toEqual([{ created_by: 'ana', file_name: 'social-posts.csv' }]);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a too-large Content-Length with 413 before reading any of the body', async () => {
    const before = await count('uploads');
    const big = new Uint8Array(MAX + 1).fill(97);
    const { stream, pulled } = countingStream(big, 1024);
    const res = await post(stream, { 'content-length': String(big.length) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    expect(pulled()).toBeLessThanOrEqual(1); // a stream may be primed once, never drained
    expect(await count('uploads')).toBe(before);
  });

  it('cuts off a body without Content-Length at the limit while streaming: 413, nothing stored, no temp file left', async () => {
    const docsBefore = await count('documents');
    const body = multipart({ city: 'Havenstad' }, { name: 'big.csv', data: 'id,text\n' + '1,hello there\n'.repeat(MAX / 8) });
    const { stream, pulled } = countingStream(body, 4096);
    const res = await post(stream);
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThan(body.length / 4096);
    expect(await count('documents')).toBe(docsBefore);
    expect(leftovers()).toEqual([]);
  });

  it('rejects a file no reader understands: status rejected, the errors say why, nothing stored', async () => {
    const docsBefore = await count('documents');
    const junk = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    const res = await post(multipart({ city: 'Havenstad' }, { name: 'junk.bin', data: junk }));
    const { id } = await res.json();
    await jobs.idle();
    const s = await status(id);
    expect(s.status).toBe('rejected');
    expect(s.summary!.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(s)).not.toContain(tmp.dir);
    expect(await count('documents')).toBe(docsBefore);
  });

  it('answers 400 for bad fields and malformed bodies, leaving no temp file', async () => {
    const file = { name: 'x.csv', data: 'id,text\n1,hi\n' };
    for (const body of [
      multipart({ group: 'martians' }, file),
      multipart({ surprise: 'field' }, file),
      multipart({ mapping: '{not json' }, file),
      multipart({ city: 'Havenstad' }),
      multipart({}, { ...file, field: 'other' }),
      new TextEncoder().encode('--nope\r\n'),
    ]) {
      const res = await post(body);
      expect(res.status).toBe(400);
    }
    expect((await post('plain', { 'content-type': 'text/plain' })).status).toBe(415);
    expect(leftovers()).toEqual([]);
  });

  it('records only the base name of a file named with a path', async () => {
    const res = await post(multipart({ source: 'social', city: 'Havenstad' }, { name: '../../../etc/x-posts.csv', data: readFileSync(join(FIXTURES, 'social-posts.csv')) }));
    const { id } = await res.json();
    await jobs.idle();
    const s = await status(id);
    expect(s.file).toBe('x-posts.csv');
    expect(s.summary).toMatchObject({ documents: 0, duplicates: 3 }); // the same posts again: stored once
  });

  it('lists uploads and audits them with who and what', async () => {
    const list = (await (await app.request('/api/uploads', { headers: as(analyst) })).json()) as { uploads: UploadView[] };
    expect(list.uploads.map((u) => u.status).sort()).toEqual(['rejected', 'stored', 'unchanged']); // the same file again stores nothing new
    const audit = await store.all<{ actor: string; action: string }>(`select actor, action from audit_log where action like 'upload%' order by happened_at`);
    expect(audit.filter((a) => a.action === 'upload')).toHaveLength(3);
    expect(audit.every((a) => a.actor === 'ana')).toBe(true);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['upload.stored', 'upload.rejected']));
  });

  it('answers 404 for an unknown upload and 400 for an id that is not a UUID', async () => {
    expect((await app.request('/api/uploads/00000000-0000-4000-8000-000000000000', { headers: as(analyst) })).status).toBe(404);
    expect((await app.request("/api/uploads/1'%20or%20'1'='1", { headers: as(analyst) })).status).toBe(400);
  });
});

describe('per-user upload limit', () => {
  it('answers 429 while a user already has the allowed number of uploads waiting or running', async () => {
    const tmp = tmpDir();
    const { app, store, jobs } = await trustApp({ settings: { uploadDir: tmp.dir, maxUploadsPerUser: 1 } });
    try {
      const a = await loginAs(app, store, 'busy', 'analyst');
      const b = await loginAs(app, store, 'other', 'analyst');
      const send = (who: Login) => app.request('/api/uploads', {
        method: 'POST', headers: { ...as(who), 'content-type': MULTIPART_TYPE },
        body: multipart({ source: 'social', city: 'Havenstad' }, { name: 'posts.csv', data: readFileSync(join(FIXTURES, 'social-posts.csv')) }),
      });
      // Hold the writer so the first upload stays queued while the second arrives.
      let release!: () => void;
      const held = store.write(() => new Promise<void>((r) => { release = r; }));
      expect((await send(a)).status).toBe(202);
      expect((await send(a)).status).toBe(429);
      expect((await send(b)).status).toBe(202);
      release();
      await held;
      await jobs.idle();
      expect((await send(a)).status).toBe(202);
      await jobs.idle();
    } finally {
      store.close();
      tmp.cleanup();
    }
  });
});

describe('upload error messages', () => {
  it('name the user\'s file instead of server paths, and keep dates intact', () => {
    expect(scrub("ENOENT: open '/tmp/brandgap-upload-x/a.csv' at /work/main/node_modules/x/index.js:3 on 14/05/2025", '/tmp/brandgap-upload-x/a.csv', 'a.csv'))
      .toBe("ENOENT: open 'a.csv' at [path]:3 on 14/05/2025");
  });
});
