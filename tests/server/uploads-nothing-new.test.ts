import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../data/db/store.ts';
import type { Jobs, UploadView } from '../../server/jobs.ts';
import { multipart, MULTIPART_TYPE } from '../trust/multipart-body.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

describe('an upload that stores nothing says "nothing new" and why', () => {
  let app: App;
  let store: Store;
  let jobs: Jobs;
  let analyst: Login;
  beforeAll(async () => {
    ({ app, store, jobs } = await trustApp());
    analyst = await loginAs(app, store, 'ana', 'analyst');
  });
  afterAll(() => store.close());

  const upload = async (): Promise<UploadView> => {
    const res = await app.request('/api/uploads', {
      method: 'POST', headers: { ...as(analyst), 'content-type': MULTIPART_TYPE },
      body: multipart({ source: 'social', city: 'Havenstad' }, { name: 'social-posts.csv', data: readFileSync(join(FIXTURES, 'social-posts.csv')) }),
    });
    const { id } = (await res.json()) as { id: string };
    await jobs.idle();
    return (await (await app.request(`/api/uploads/${id}`, { headers: as(analyst) })).json()) as UploadView;
  };

  it('ends the same file uploaded again as unchanged: its records were already stored, two skipped on purpose', async () => {
    const first = await upload();
    expect(first).toMatchObject({ status: 'stored', note: null });
    expect(first.summary?.documents).toBe(3);
    const again = await upload();
    expect(again.status).toBe('unchanged');
    expect(again.summary).toMatchObject({ documents: 0, duplicates: 3, skipped: 2, errors: [] });
    expect(again.note).toBe('nothing new: 3 records were already stored (the same file or the same records uploaded before); 2 records were skipped on purpose (empty, spam, retweets or no text)');
    const [{ n }] = await store.all<{ n: number }>(`select count(*)::INTEGER as n from documents`);
    expect(n).toBe(3);
    const audit = await store.all<{ action: string }>(`select action from audit_log where action like 'upload.%' order by happened_at`);
    expect(audit.map((a) => a.action)).toEqual(['upload.stored', 'upload.unchanged']);
  });
});
