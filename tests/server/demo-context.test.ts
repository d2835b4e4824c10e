/** The demo cities' context (data/demo/context.ts, fictional, source "demo"), read through the HTTP API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityContextResponse, CompareResponse } from '../../data/types.ts';
import type { Store } from '../../data/db/store.ts';
import { DEMO_CONTEXT } from '../../data/demo/context.ts';
import { demoApp } from '../helpers/demo-server.ts';

let app: Awaited<ReturnType<typeof demoApp>>['app'];
let store: Store;
beforeAll(async () => ({ app, store } = await demoApp()));
afterAll(() => store.close());

describe('the demo cities in figures', () => {
  it('serves each city\'s context as the demo build wrote it, and refuses to change it (read-only demo)', async () => {
    for (const city of ['Havenstad', 'Lindholm', 'Marenburg']) {
      const body = (await (await app.request(`/api/cities/${city}/context`)).json()) as CityContextResponse;
      expect(body).toMatchObject({ city, ...DEMO_CONTEXT[city], updatedBy: 'demo' });
    }
    const res = await app.request('/api/cities/Havenstad/context', {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_CONTEXT.Lindholm),
    });
    expect(res.status).toBe(403);
  });

  it('gives Havenstad and Lindholm rates per 10,000 residents and marks Marenburg, which has no population', async () => {
    const d = (await (await app.request('/api/compare?cities=Havenstad,Lindholm,Marenburg&per=10k')).json()) as CompareResponse;
    const [h, l, m] = d.cities;
    expect(h.population).toEqual({ value: 231_500, source: 'demo (fictional figures)', year: 2025 });
    expect(h.per10k!.documents).toBe(Math.round((h.documents / 231_500) * 10_000 * 100) / 100);
    expect(l.per10k!.segments).toBe(Math.round((l.segments / 102_300) * 10_000 * 100) / 100);
    for (const x of h.per10k!.dimensions) expect(x.rate).toBe(Math.round((x.n / 231_500) * 10_000 * 100) / 100);
    expect(m).toMatchObject({ city: 'Marenburg', population: null, per10k: null });
  });
});
