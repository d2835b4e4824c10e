import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../data/db/store.ts';
import type { Jobs, UploadView } from '../../server/jobs.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { multipart, MULTIPART_TYPE } from '../trust/multipart-body.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

describe('POST /api/uploads asks a brand text\'s publication date', () => {
  const tmp = tmpDir();
  let app: App;
  let store: Store;
  let jobs: Jobs;
  let analyst: Login;
  beforeAll(async () => {
    ({ app, store, jobs } = await trustApp({ settings: { uploadDir: tmp.dir } }));
    analyst = await loginAs(app, store, 'ana', 'analyst');
  });
  afterAll(() => { store.close(); tmp.cleanup(); });

  const post = (fields: Record<string, string>) => app.request('/api/uploads', {
    method: 'POST', headers: { ...as(analyst), 'content-type': MULTIPART_TYPE },
    body: multipart(fields, { name: 'brand-demo.txt', data: readFileSync(join(FIXTURES, 'brand-demo.txt')) }), duplex: 'half',
  } as RequestInit);

  it('dates the brand text\'s segments with the date field', async () => {
    const res = await post({ city: 'Havenstad', source: 'brand', date: '2022-04-30' });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await jobs.idle();
    const done = (await (await app.request(`/api/uploads/${id}`, { headers: as(analyst) })).json()) as UploadView;
    expect(done.status).toBe('stored');
    const dates = await store.all<{ date: string; n: number }>(`select strftime(date, '%Y-%m-%d') as date, count(*)::INTEGER as n from segments group by all`);
    expect(dates.map((d) => d.date)).toEqual(['2022-04-30']);
  });

  it('answers 400 naming the field for a date that is not YYYY-MM-DD or not real', async () => {
    for (const date of ['30-04-2022', '2022-02-31x', 'soon']) {
      const res = await post({ city: 'Havenstad', source: 'brand', date });
      expect(res.status, date).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^date: /);
    }
  });
});
