import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import type { createApp } from '../../server/app.ts';
import type { Store } from '../../data/db/store.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import { knownApp, loadKnownDataset } from '../helpers/known-dataset.ts';

describe('response cache of the measure routes (exact: any write invalidates it)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownDataset)));
  afterAll(() => store.close());

  const housingN = (b: ThemesResponse) => b.themes.find((t) => t.theme === 'housing')!.n;

  it('answers a repeated view from the cache, whatever the parameter order', async () => {
    const first = await app.request('/api/themes?city=Testville&group=resident');
    const second = await app.request('/api/themes?group=resident&city=Testville');
    expect([first.headers.get('X-Cache'), second.headers.get('X-Cache')]).toEqual(['miss', 'hit']);
    expect(await second.text()).toBe(await first.text());
  });

  it('a write makes every cached answer stale: the next request recomputes and sees the change', async () => {
    const before = (await (await app.request('/api/themes?city=Testville')).json()) as ThemesResponse;
    const cached = await app.request('/api/themes?city=Testville');
    expect(cached.headers.get('X-Cache')).toBe('hit');
    const someHousing = (await store.all<{ id: number }>(
      `select segment_id::INTEGER as id from segment_themes where theme = 'housing' limit 1`))[0].id;
    await store.write(async (c) => {
      await c.run(`update segments set themes = list_filter(themes, (t) -> t <> 'housing') where id = $id`, { id: someHousing });
      await refreshAllFacts(c);
    });
    const after = await app.request('/api/themes?city=Testville');
    expect(after.headers.get('X-Cache')).toBe('miss');
    expect(housingN((await after.json()) as ThemesResponse)).toBe(housingN(before) - 1);
  });

  it('concurrent requests for an uncached view share one computation', async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => app.request('/api/values?city=Testville&group=international')));
    const how = responses.map((r) => r.headers.get('X-Cache')).sort();
    expect(how).toEqual(['miss', 'shared', 'shared', 'shared', 'shared']);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
  });

  it('never keeps errors, and leaves routes outside the measures alone', async () => {
    const a = await app.request('/api/themes?city=Nowhere');
    const b = await app.request('/api/themes?city=Nowhere');
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(b.headers.get('X-Cache')).toBeNull();
    const health = await app.request('/api/health');
    expect(health.headers.get('X-Cache')).toBeNull();
  });
});
