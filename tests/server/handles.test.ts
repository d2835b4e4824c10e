import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../../server/app.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp } from '../helpers/known-dataset.ts';

describe('official handles per city and the voice of social posts', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(async (s) => {
    await s.write((c) => c.run(`insert into cities (id, name) values (1, 'Havenstad')`));
  })));
  afterAll(() => store.close());
  const put = (body: unknown) => app.request('/api/cities/Havenstad/handles', {
    method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });

  it('stores handles lower case without "@", and refuses a voice other than official or partner', async () => {
    const res = await put([{ handle: '@CityOfHavenstad', voice: 'official' }, { handle: 'UniHavenstad', voice: 'partner' }]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ handles: [{ handle: 'cityofhavenstad', voice: 'official' }, { handle: 'unihavenstad', voice: 'partner' }] });
    expect((await put([{ handle: 'someone', voice: 'user' }])).status).toBe(400);
    expect((await app.request('/api/cities/Atlantis/handles')).status).toBe(404);
  });

  it('gives posts by those handles their voice at ingest, and the upload option the rest', async () => {
    await ingestFile(store, 'tests/fixtures/ingest/social-speakers.csv', { city: 'Havenstad' });
    expect(await store.all(`select dedup_key, voice from documents order by id`)).toEqual([
      { dedup_key: 'id:901', voice: 'official' }, { dedup_key: 'id:902', voice: 'user' },
      { dedup_key: 'id:903', voice: 'user' }, { dedup_key: 'id:904', voice: 'partner' },
    ]);
    // a file uploaded as the partners' voice: every post is partner, a listed official handle stays official
    await ingestFile(store, 'tests/fixtures/ingest/social-posts.csv', { city: 'Havenstad', voice: 'partner' });
    expect(await store.all(`select distinct voice from documents where id > 4 order by voice`)).toEqual([{ voice: 'partner' }]);
  });
});
