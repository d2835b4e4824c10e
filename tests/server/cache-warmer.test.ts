import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import type { createApp } from '../../server/app.ts';
import { defaultViews, startCacheWarmer, type CacheWarmer } from '../../server/cache-warmer.ts';
import type { Store } from '../../data/db/store.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import { knownApp, loadKnownDataset } from '../helpers/known-dataset.ts';

describe('cache warmer: the first views of every city are computed before anyone asks', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let warmer: CacheWarmer;
  beforeAll(async () => {
    ({ app, store } = await knownApp(loadKnownDataset));
    warmer = startCacheWarmer(store, app.internal, { settleMs: 50 });
  });
  afterAll(async () => { await warmer.stop(); store.close(); });

  it('lists each page\'s default view and the group views of every city', () => {
    const views = defaultViews([{ name: 'Den Haag', country: null, documents: 3, segments: 5, bySource: {}, byGroup: { resident: 2, international: 1 } }]);
    expect(views).toContain('/api/overview?city=Den%20Haag');
    expect(views).toContain('/api/quotes?city=Den%20Haag');
    expect(views).toContain('/api/themes?city=Den%20Haag&group=international');
    expect(views).toHaveLength(6 + 2 * 3);
  });

  it('warms at start, and again after a write, with the new figures', async () => {
    await warmer.idle();
    const first = await app.request('/api/themes?city=Testville');
    expect(first.headers.get('X-Cache')).toBe('hit');
    const housing = (b: ThemesResponse) => b.themes.find((t) => t.theme === 'housing')!.n;
    const before = housing((await first.json()) as ThemesResponse);

    await store.write(async (c) => {
      await c.run(`update segments set themes = list_filter(themes, (t) -> t <> 'housing')
        where id = (select min(segment_id) from segment_themes where theme = 'housing')`);
      await refreshAllFacts(c);
    });
    await warmer.idle();
    const after = await app.request('/api/themes?city=Testville');
    expect(after.headers.get('X-Cache')).toBe('hit');
    expect(housing((await after.json()) as ThemesResponse)).toBe(before - 1);
  });
});
