import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../data/db/store.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

const VALUES = [{ name: 'Green', terms: ['green', 'park'], exclusions: [] }];

describe('PUT /api/cities/:city/values on a city that does not exist', () => {
  let app: App;
  let store: Store;
  let analyst: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    analyst = await loginAs(app, store, 'ana', 'analyst');
  });
  afterAll(() => store.close());
  const put = (path: string) => app.request(path, { method: 'PUT', headers: { ...as(analyst), 'content-type': 'application/json' }, body: JSON.stringify(VALUES) });
  const cities = async () => (await store.all<{ name: string }>(`select name from cities order by name`)).map((r) => r.name);

  it('answers 404 and creates nothing (a typo in a city name is not a new city)', async () => {
    const res = await put('/api/cities/Havenstadt/values');
    expect(res.status).toBe(404);
    expect((await res.json()).error).toEqual({ code: 'unknown_city', message: 'unknown city "Havenstadt"; add ?create=1 to create it' });
    expect(await cities()).toEqual([]);
  });

  it('creates the city when the request asks for it with ?create=1, then updates it without', async () => {
    expect((await put('/api/cities/Havenstad/values?create=1')).status).toBe(200);
    expect(await cities()).toEqual(['Havenstad']);
    expect((await put('/api/cities/Havenstad/values')).status).toBe(200);
    const values = await (await app.request('/api/cities/Havenstad/values', { headers: as(analyst) })).json();
    expect(values).toEqual(VALUES);
  });
});
