import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverviewResponse, TrendResponse } from '../../data/types.ts';
import { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp, loadKnownTrend } from '../helpers/known-dataset.ts';

/** "Shortville": three months of resident posts (Jan–Mar 2025), 10 a month, with 1, 1 and 6 negatives. */
async function loadThreeMonths(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (9, 'Shortville')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (90, 9, 'social', 'x-api-v2', 'x.jsonl', 'h90')`);
    let id = 9000;
    for (const [m, neg] of [1, 1, 6].entries()) {
      const date = `2025-0${m + 1}-15`;
      for (let i = 0; i < 10; i++) {
        id++;
        const label = i < neg ? 'negative' : 'positive';
        await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, text) values (${id}, 90, 9, 'social', 's${id}', 'resident', '${date}', 'post')`);
        await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label)
          values (${id}, ${id}, 9, 'social', 'resident', '${date}', 0, 0, 4, 'post', false, 'en', ${label === 'negative' ? -0.5 : 0.5}, '${label}')`);
      }
    }
    await refreshAllFacts(c);
  });
}

describe('one spike verdict for the Overview and Trends (server/spikes.ts)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownTrend, loadThreeMonths)));
  afterAll(() => store.close());
  const get = async <T>(path: string) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  it('the overview and the trend report the same spike periods, every series counted', async () => {
    for (const q of ['city=Trendton&minN=5', 'city=Trendton&minN=5&group=resident', 'city=Trendton&minN=5&source=social']) {
      const ov = await get<OverviewResponse>(`/api/overview?${q}`);
      const tr = await get<TrendResponse>(`/api/trend?${q}`);
      expect(ov.spikes).toEqual(tr.spikes);
      expect(tr.spikes.spikePeriods).toEqual(['2025-07-01']);
      // the periods are those of every alert, whatever the group
      expect(tr.spikes.spikePeriods).toEqual([...new Set(tr.alerts.map((a) => a.period))]);
      expect(ov.alerts.map((a) => `${a.period} ${a.group}`)).toEqual(tr.alerts.map((a) => `${a.period} ${a.group}`));
      expect(tr.spikes).toMatchObject({ enoughHistory: true, periods: 8, needed: 4, judged: 5 });
    }
  });

  it('with three months there is not enough history: no verdict of normality', async () => {
    const ov = await get<OverviewResponse>('/api/overview?city=Shortville&minN=5');
    const tr = await get<TrendResponse>('/api/trend?city=Shortville&minN=5');
    expect(tr.spikes).toMatchObject({ enoughHistory: false, periods: 3, judged: 0, spikePeriods: [] });
    expect(ov.spikes).toEqual(tr.spikes);
    // a longer baseline does not change how many periods are needed before the first verdict
    expect((await get<TrendResponse>('/api/trend?city=Shortville&minN=5&baseline=12')).spikes.enoughHistory).toBe(false);
  });
});
