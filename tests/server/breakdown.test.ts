import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverviewResponse, QuotesResponse, SurveyResponse, ThemesResponse, TrendResponse, ValuesResponse } from '../../data/types.ts';
import type { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp, loadKnownDataset, loadKnownSurvey } from '../helpers/known-dataset.ts';

/**
 * The known dataset (tests/helpers/known-dataset.ts) with origins:
 *   eu      r1 + housing A, r2 − housing A, r3 + B, i3 unscored
 *   local   r4 + B, r5 neutral
 *   non_eu  i1 − housing A, i2 − housing culture_events A
 * Intervals: Bonett–Price, centre 100·(pos − neg)/(n + 2), half-width 196·√(((pos+neg+2)/(n+2) − ((pos−neg)/(n+2))²)/(n+2)).
 */
async function withOrigins(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`update segments set origin = case when id in (11, 12, 13, 23) then 'eu' when id in (14, 15) then 'local'
                   when id in (21, 22) then 'non_eu' else 'unknown' end,
                 stay = case when id in (21, 22) then 'lt1' else 'gt5' end,
                 stage = case when id in (21, 22) then 'first_year' else 'settled' end`);
    await refreshAllFacts(c);
  });
}

describe('the breakdown axis by= (issue 18), on paper', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownDataset, withOrigins)));
  afterAll(() => store.close());
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  it('gives per origin n, net, its interval and low_n, for the whole city and per theme', async () => {
    const body = await get<ThemesResponse>('/api/themes?city=Testville&by=origin');
    expect(body.breakdown!.by).toBe('origin');
    const row = (key: string | null, value: string) => body.breakdown!.rows.find((r) => r.key === key && r.value === value);
    // eu: 2 positive, 1 negative of 3 scored (4 segments): net 33.3; centre 20, half-width 196·√(0.96/5) = 85.9
    expect(row(null, 'eu')).toMatchObject({ n: 4, scored: 3, net: 33.3, low: -65.9, high: 100, low_n: true });
    // local: 1 positive, 1 neutral: net 50; centre 25, half-width 196·√((0.75 − 0.0625)/4) = 81.3
    expect(row(null, 'local')).toMatchObject({ n: 2, scored: 2, net: 50, low: -56.3, high: 100 });
    // non_eu: 2 of 2 negative: net −100; centre −50, half-width 196·√(0.75/4) = 84.9
    expect(row(null, 'non_eu')).toMatchObject({ n: 2, scored: 2, net: -100, low: -100, high: 34.9 });
    // housing: eu {r1+, r2−} net 0 ± 98; non_eu {i1−, i2−}
    expect(row('housing', 'eu')).toMatchObject({ n: 2, net: 0, low: -98, high: 98, low_n: true });
    expect(row('housing', 'non_eu')).toMatchObject({ n: 2, net: -100, low: -100, high: 34.9 });
    expect(row('housing', 'local')).toBeUndefined();
  });

  it('links each row to its quotes, which are the segments it counts', async () => {
    const body = await get<ThemesResponse>('/api/themes?city=Testville&by=origin&group=international');
    const r = body.breakdown!.rows.find((x) => x.key === 'housing' && x.value === 'non_eu')!;
    expect(r.quotes).toBe('/api/quotes?city=Testville&group=international&origin=non_eu&theme=housing');
    const quotes = await get<QuotesResponse>(r.quotes);
    expect(quotes.total).toBe(r.n);
    expect(quotes.quotes.map((q) => q.id).sort()).toEqual([21, 22]);
  });

  it('filters quotes by stay and stage', async () => {
    expect((await get<QuotesResponse>('/api/quotes?city=Testville&stay=lt1')).total).toBe(2);
    expect((await get<QuotesResponse>('/api/quotes?city=Testville&stage=settled&group=resident')).total).toBe(5);
    const bad = await app.request('/api/quotes?city=Testville&stay=forever');
    expect(bad.status).toBe(400);
  });

  it('breaks brand values, the overview and the trend down the same way', async () => {
    const values = await get<ValuesResponse>('/api/values?city=Testville&by=origin');
    // A: eu {r1+, r2−}, non_eu {i1−, i2−}; B: eu {r3+}, local {r4+}
    expect(values.breakdown!.rows.filter((r) => r.key === 'A').map((r) => [r.value, r.n, r.net])).toEqual([['eu', 2, 0], ['non_eu', 2, -100]]);
    expect(values.breakdown!.rows.find((r) => r.key === 'B' && r.value === 'local')).toMatchObject({ n: 1, net: 100, quotes: '/api/quotes?city=Testville&origin=local&value=B' });
    const overview = await get<OverviewResponse>('/api/overview?city=Testville&by=stage');
    // first_year = {i1−, i2−}; settled = the 6 others: 3 positive, 1 negative of 5 scored
    expect(overview.breakdown!.rows.map((r) => [r.value, r.n, r.net])).toEqual([['settled', 6, 40], ['first_year', 2, -100]]);
    const trend = await get<TrendResponse>('/api/trend?city=Testville&by=origin');
    expect(trend.breakdown!.rows.find((r) => r.key === '2025-02-01' && r.value === 'non_eu')).toMatchObject({
      n: 2, net: -100, quotes: '/api/quotes?city=Testville&origin=non_eu&from=2025-02-01&to=2025-03-01',
    });
  });

  it('exports the breakdown as the view\'s rows', async () => {
    const res = await app.request('/api/export?view=themes&format=csv&city=Testville&by=origin&theme=housing');
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe('by,key,value,n,scored,net,low,high,low_n,quotes');
    expect(lines).toContain('origin,housing,non_eu,2,2,-100,-100,34.9,true,/api/quotes?city=Testville&theme=housing&origin=non_eu');
  });

  it('refuses an unknown axis with a 400 naming the parameter by', async () => {
    for (const route of ['themes', 'values', 'trend', 'survey', 'overview']) {
      const res = await app.request(`/api/${route}?city=Testville&by=shoe_size`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.message).toMatch(/parameter "by"/);
    }
  });
});

/**
 * The known survey (tests/helpers/known-dataset.ts) with origins: respondents 101–105 local,
 * 106–108 non_eu, 109–110 eu.
 *   Likert (top-2 ≥ 4, bottom-2 ≤ 2): local 5 4 4 3 2, non_eu 1 5 4, eu 3 1
 *   NPS (9–10 promoters, 0–6 detractors): local 10 9 9 8 7, non_eu 6 5 10, eu 10 3
 */
async function withRespondentOrigins(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`update documents set origin = case when id between 101 and 105 then 'local'
      when id between 106 and 108 then 'non_eu' when id between 109 and 110 then 'eu' else origin end`);
    // as at ingest, a respondent's segments carry the respondent's fields
    await c.run(`update segments set origin = 'non_eu' where document_id = 106`);
    await refreshAllFacts(c);
  });
}

describe('the survey breakdown (by=), on paper', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownDataset, loadKnownSurvey, withRespondentOrigins)));
  afterAll(() => store.close());

  it('gives per item and origin the respondents, the net agreement or NPS and its interval', async () => {
    const res = await app.request('/api/survey?city=Testville&by=origin');
    expect(res.status).toBe(200);
    const rows = ((await res.json()) as SurveyResponse).breakdown!.rows.map(({ key, value, n, net, low, high, low_n }) => ({ key, value, n, net, low, high, low_n }));
    expect(rows).toEqual([
      // local: 3 top-2, 1 bottom-2 of 5: net 40; centre 100·2/7 = 28.6, half-width 196·√((6/7 − (2/7)²)/7) = 65.2
      { key: '1', value: 'local', n: 5, net: 40, low: -36.7, high: 93.8, low_n: true },
      // non_eu: 2 top, 1 bottom of 3: net 33.3; centre 20, half-width 196·√(0.96/5) = 85.9
      { key: '1', value: 'non_eu', n: 3, net: 33.3, low: -65.9, high: 100, low_n: true },
      // eu: 0 top, 1 bottom of 2: net −50; centre −25, half-width 196·√((3/4 − 1/16)/4) = 81.3
      { key: '1', value: 'eu', n: 2, net: -50, low: -100, high: 56.3, low_n: true },
      // NPS local: 3 promoters, 0 detractors of 5: +60; centre 42.9, half-width 196·√((5/7 − 9/49)/7) = 54.0
      { key: '2', value: 'local', n: 5, net: 60, low: -11.1, high: 96.8, low_n: true },
      // NPS non_eu: 1 promoter, 2 detractors of 3: −33.3; centre −20, half-width 85.9
      { key: '2', value: 'non_eu', n: 3, net: -33.3, low: -100, high: 65.9, low_n: true },
      // NPS eu: 1 and 1 of 2: 0 ± 98
      { key: '2', value: 'eu', n: 2, net: 0, low: -98, high: 98, low_n: true },
    ]);
  });

  it('links a row to the open answers of exactly those respondents', async () => {
    const body = (await (await app.request('/api/survey?city=Testville&by=origin')).json()) as SurveyResponse;
    const row = body.breakdown!.rows.find((r) => r.key === '2' && r.value === 'non_eu')!;
    expect(row.quotes).toBe('/api/quotes?city=Testville&origin=non_eu&item=2');
    // of the three non-EU respondents only 106 wrote an open answer
    const quotes = (await (await app.request(row.quotes)).json()) as QuotesResponse;
    expect(quotes.quotes.map((q) => q.id)).toEqual([106]);
  });
});
