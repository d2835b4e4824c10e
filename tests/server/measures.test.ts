import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResponse, SurveyResponse, ThemesResponse, TrendResponse, ValuesResponse } from '../../data/types.ts';
import { createApp } from '../../server/app.ts';
import type { Store } from '../../data/db/store.ts';
import { alignment, quadrant } from '../../server/measures.ts';
import { knownApp, loadKnownDataset, loadKnownSurvey, loadKnownTrend, loadThirdBrandCity } from '../helpers/known-dataset.ts';

describe('measures computed on paper (tests/helpers/known-dataset.ts), through the HTTP API', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownDataset)));
  afterAll(() => store.close());
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  it('brand emphasis E(v) counts brand segments per value over brand segments naming any value', async () => {
    const body = await get<ValuesResponse>('/api/values?city=Testville');
    expect(body.k).toBe(2);
    expect(body.period).toEqual({ from: '2025-01-10', to: '2025-02-10' });
    expect(body.values.map((v) => [v.value, v.emphasis, v.brand_n, v.emphasised])).toEqual([
      ['A', 0.6667, 2, true], ['B', 0.3333, 1, false],
    ]);
  });

  it('voice share, net sentiment and its 95% interval per group, never counting the moderator', async () => {
    // minN = 2 so that every figure here has a quadrant (see the next test for n below minN)
    const body = await get<ValuesResponse>('/api/values?city=Testville&minN=2');
    const fig = (v: string, g: string) => body.values.find((x) => x.value === v)!.groups.find((x) => x.group === g)!;
    // Intervals: Bonett–Price, p̃ = (pos+1)/(n+2), q̃ = (neg+1)/(n+2), (p̃ − q̃) ± 196·√((p̃ + q̃ − (p̃ − q̃)²)/(n+2))
    // residents: A = {r1+, r2−}, B = {r3+, r4+}; 4 segments name a value
    // A: p̃ = q̃ = 2/4, 0 ± 196·√(1/4) = ±98
    expect(fig('A', 'resident')).toMatchObject({ voice_share: 0.5, n: 2, net: 0, low: -98, high: 98, low_n: false });
    // B: 2 of 2 positive: p̃ = 3/4, q̃ = 1/4, 50 ± 196·√(0.75/4) = 50 ± 84.9 → −34.9 to +100 (not +100 to +100)
    expect(fig('B', 'resident')).toMatchObject({ voice_share: 0.5, n: 2, net: 100, low: -34.9, high: 100 });
    // all groups: A = {r1+, r2−, i1−, i2−}: net = (1 − 3)/4 = −50; p̃ = 2/6, q̃ = 4/6:
    // −33.3 ± 196·√((1 − 1/9)/6) = −33.3 ± 75.4 → −100 to +42.1
    expect(fig('A', 'all')).toMatchObject({ voice_share: 0.6667, n: 4, net: -50, low: -100, high: 42.1, quadrant: 'overpromised' });
    expect(fig('B', 'all')).toMatchObject({ voice_share: 0.3333, n: 2, net: 100, quadrant: 'untold_strength' });
    expect(fig('A', 'international')).toMatchObject({ voice_share: 1, n: 2, net: -100 });
  });

  it('no quadrant below the minimum n: the figure is returned, flagged, with quadrant null', async () => {
    const fig = (body: ValuesResponse, v: string, g: string) => body.values.find((x) => x.value === v)!.groups.find((x) => x.group === g)!;
    // minN = 3: A among all groups has n = 4 (a quadrant), B has n = 2 (none)
    const three = await get<ValuesResponse>('/api/values?city=Testville&minN=3');
    expect(fig(three, 'A', 'all')).toMatchObject({ n: 4, low_n: false, quadrant: 'overpromised' });
    expect(fig(three, 'B', 'all')).toMatchObject({ n: 2, net: 100, low_n: true, quadrant: null });
    // at the default minimum (30) no value of Testville has enough voices
    const body = await get<ValuesResponse>('/api/values?city=Testville');
    expect(body.values.flatMap((v) => v.groups.map((g) => g.quadrant))).toEqual(body.values.flatMap((v) => v.groups.map(() => null)));
  });

  it('alignment A(g) = 1 − ½ Σ|E − S| per group', async () => {
    const body = await get<ValuesResponse>('/api/values?city=Testville');
    const a = Object.fromEntries(body.alignment.map((x) => [x.group, x.alignment]));
    expect(a).toEqual({ all: 1, international: 0.6667, resident: 0.8333 });
    expect(body.alignment.find((x) => x.group === 'resident')).toMatchObject({ n: 4, low_n: true });
  });

  it('themes: n, share of the group\'s segments, net, and unclassified as a bucket', async () => {
    const body = await get<ThemesResponse>('/api/themes?city=Testville');
    const t = Object.fromEntries(body.themes.map((r) => [r.theme, r]));
    // 8 audience segments; housing = {r1+, r2−, i1−, i2−}; unclassified = {r3, r4, r5, i3}
    expect(t.housing).toMatchObject({ n: 4, scored: 4, share: 0.5, net: -50, stage: 'facilitation', low_n: true });
    // scores 0.6, −0.6, −0.8, −0.4: mean −0.3, sd √(1.16/3) = 0.6218, ± 1.96·0.6218/2 = 0.6094
    expect(t.housing).toMatchObject({ mean: -0.3, mean_low: -0.909, mean_high: 0.309 });
    expect(t.culture_events).toMatchObject({ n: 1, share: 0.125, net: -100, stage: 'attraction' });
    expect(t.unclassified).toMatchObject({ n: 4, scored: 3, share: 0.5, net: 66.7 });
    expect(body.unclassifiedShare).toBe(0.5);
    const intl = body.byGroup.filter((r) => r.group === 'international');
    expect(intl.find((r) => r.theme === 'housing')).toMatchObject({ n: 2, share: 0.6667, net: -100 });
  });

  it('distinctiveness is null with only one other city with brand texts (it would read 2× for any value only one city claims)', async () => {
    // Testville and Othertown have brand texts: one peer. (The ratio would be A 0.8, B 2.)
    const body = await get<ValuesResponse>('/api/values?city=Testville');
    expect(body.distinctivenessPeers).toBe(1);
    expect(body.distinctiveness).toEqual([
      { value: 'A', emphasis: 0.6667, distinctiveness: null },
      { value: 'B', emphasis: 0.3333, distinctiveness: null },
    ]);
  });

  it('vocabulary gap: the brand\'s words for a value beside each group\'s words', async () => {
    const body = await get<ValuesResponse>('/api/values?city=Testville');
    const gap = body.vocabularyGap.filter((g) => g.value === 'A');
    expect(gap).toEqual([
      { value: 'A', side: 'brand', terms: ['innovation', 'hub'], counts: [2, 1] },
      { value: 'A', side: 'resident', terms: ['multicultural', 'rent'], counts: [2, 1] },
    ]);
  });

  it('compare: shares of each city\'s own segments, themes grouped by a preset', async () => {
    const body = await get<CompareResponse>('/api/compare?cities=Testville,Othertown&preset=anholt');
    const t = body.cities.find((c) => c.city === 'Testville')!;
    expect(t.overall).toMatchObject({ n: 8, scored: 7, net: 0 });
    // Prerequisites ⊃ housing: 4 of 8 segments; Pulse = culture_events: 1 of 8
    expect(t.dimensions).toEqual([
      expect.objectContaining({ dimension: 'Prerequisites', n: 4, share: 0.5, net: -50 }),
      expect.objectContaining({ dimension: 'Pulse', n: 1, share: 0.125, net: -100 }),
    ]);
    // two cities compared: no distinctiveness (one peer)
    expect(body.brandCities).toBe(2);
    expect(t.values).toEqual([{ value: 'a', emphasis: 0.6667, distinctiveness: null }, { value: 'b', emphasis: 0.3333, distinctiveness: null }]);
    expect(body.cities.find((c) => c.city === 'Othertown')!.overall.n).toBe(0);
  });

  it('compare refuses one city or an unknown one', async () => {
    expect((await app.request('/api/compare?cities=Testville')).status).toBe(400);
    expect((await app.request('/api/compare?cities=Testville,Atlantis')).status).toBe(404);
  });

  it('filters narrow n: residents only', async () => {
    const body = await get<ThemesResponse>('/api/themes?city=Testville&group=resident');
    expect(body.themes.find((r) => r.theme === 'housing')).toMatchObject({ n: 2, net: 0 });
  });

  it('minN is configurable per request and flags, never hides', async () => {
    const body = await get<ThemesResponse>('/api/themes?city=Testville&minN=2');
    expect(body.themes.find((r) => r.theme === 'housing')!.low_n).toBe(false);
    expect(body.themes.find((r) => r.theme === 'culture_events')!.low_n).toBe(true);
  });
});

describe('distinctiveness with two other cities with brand texts (loadThirdBrandCity)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownDataset, loadThirdBrandCity)));
  afterAll(() => store.close());

  it('E(v) over the mean emphasis of the same value across the cities with brand texts (absent = 0, no brand texts = not counted)', async () => {
    // A: Testville 2/3, Othertown 1, Thirdham 0 → mean 5/9 → (2/3)/(5/9) = 1.2
    // B: Testville 1/3, Othertown 0, Thirdham 1 → mean 4/9 → (1/3)/(4/9) = 0.75
    // (Nobrand has no brand texts: counted as 0 it would make the means 5/12 and 4/12)
    const body = (await (await app.request('/api/values?city=Testville')).json()) as ValuesResponse;
    expect(body.distinctivenessPeers).toBe(2);
    expect(body.distinctiveness).toEqual([
      { value: 'A', emphasis: 0.6667, distinctiveness: 1.2 },
      { value: 'B', emphasis: 0.3333, distinctiveness: 0.75 },
    ]);
  });

  it('compare gives it only when three of the compared cities have brand texts', async () => {
    const three = (await (await app.request('/api/compare?cities=Testville,Othertown,Thirdham')).json()) as CompareResponse;
    expect(three.brandCities).toBe(3);
    expect(three.cities.find((c) => c.city === 'Thirdham')!.values).toEqual([{ value: 'b', emphasis: 1, distinctiveness: 2.25 }]);
    // a city without brand texts does not make a peer: Othertown's only value would read 2× (1 ÷ ½)
    const nobrand = (await (await app.request('/api/compare?cities=Othertown,Nobrand,Thirdham')).json()) as CompareResponse;
    expect(nobrand.brandCities).toBe(2);
    expect(nobrand.cities.find((c) => c.city === 'Othertown')!.values).toEqual([{ value: 'a', emphasis: 1, distinctiveness: null }]);
    expect(nobrand.cities.find((c) => c.city === 'Nobrand')!.values).toEqual([]);
  });
});

describe('survey measures computed on paper (loadKnownSurvey)', () => {
  let store: Store;
  let body: SurveyResponse;
  beforeAll(async () => {
    const known = await knownApp(loadKnownDataset, loadKnownSurvey);
    store = known.store;
    const res = await known.app.request('/api/survey?city=Testville');
    expect(res.status).toBe(200);
    body = await res.json();
  });
  afterAll(() => store.close());
  const item = (key: string, group: string) => body.items.find((i) => i.key === key && i.group === group)!;

  it('Likert: n, mean, top-2-box and bottom-2-box with Wilson bounds', () => {
    // Wilson 95% for 5/10 = [0.2366, 0.7634]; for 3/10 = [0.1078, 0.6032]
    expect(item('Q6_1', 'all')).toMatchObject({
      n: 10, mean: 3.2, top2: 0.5, top2_low: 0.2366, top2_high: 0.7634,
      bottom2: 0.3, bottom2_low: 0.1078, bottom2_high: 0.6032, nps: null, low_n: true,
    });
    expect(item('Q6_1', 'resident')).toMatchObject({ n: 5, mean: 3.6, top2: 0.6, bottom2: 0.2 });
    expect(item('Q6_1', 'all').distribution.map((d) => [d.num, d.n])).toEqual([[1, 2], [2, 1], [3, 2], [4, 3], [5, 2]]);
  });

  it('NPS = % promoters − % detractors with its interval', () => {
    // 5 promoters, 3 detractors of 10: +20; interval as for the net (Bonett–Price): p̃ = 6/12, q̃ = 4/12,
    // 16.67 ± 196·√((10/12 − (2/12)²)/12) = 16.67 ± 50.78 → −34.1 to +67.4
    expect(item('Q7', 'all')).toMatchObject({ n: 10, nps: 20, nps_low: -34.1, nps_high: 67.4, promoters: 0.5, detractors: 0.3, top2: null });
    // internationals 6 5 10 10 3: 2 promoters, 3 detractors of 5
    expect(item('Q7', 'international')).toMatchObject({ n: 5, nps: -20 });
  });

  it('links the open-text themes of the same respondents by NPS category', () => {
    expect(body.openThemes).toContainEqual({ theme: 'housing', category: 'detractor', n: 1, net: -100 });
  });
});

describe('spike alerts computed on paper (loadKnownTrend)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownTrend)));
  afterAll(() => store.close());

  it('alerts when a month\'s negative share exceeds its trailing 6-month baseline by k = 2 sd', async () => {
    const res = await app.request('/api/trend?city=Trendton&minN=5');
    const body = (await res.json()) as TrendResponse;
    const all = body.points.filter((p) => p.group === 'all');
    expect(all.map((p) => p.negative_share)).toEqual([0.1, 0.2, 0.3, 0.2, 0.1, 0.3, 0.4, 0.35]);
    expect(all[6]).toMatchObject({ period: '2025-07-01', baseline_share: 0.2, baseline_sd: 0.0894, alert: true });
    expect(all[7]).toMatchObject({ period: '2025-08-01', baseline_share: 0.25, baseline_sd: 0.1049, alert: false });
    expect(body.alerts.filter((a) => a.group === 'all').map((a) => a.period)).toEqual(['2025-07-01']);
    // the alert's driving quotes: July's negative posts
    const july = body.alerts.find((a) => a.group === 'all')!;
    expect(july.quotes).toHaveLength(4);
    expect(july.quotes.every((q) => q.label === 'negative' && q.date === '2025-07-15')).toBe(true);
    // every alert's quotes (one query for all alerts) are the first page of its evidence in /api/quotes
    expect(body.alerts.length).toBeGreaterThan(1);
    for (const a of body.alerts) {
      const group = a.group === 'all' ? '' : `&group=${a.group}`;
      const end = new Date(`${a.period}T00:00:00Z`);
      end.setUTCMonth(end.getUTCMonth() + 1);
      const window = `from=${a.period}&to=${end.toISOString().slice(0, 10)}${group}`;
      const page = (await (await app.request(`/api/quotes?city=Trendton&label=negative&sort=negative&limit=5&${window}`)).json()) as { quotes: { id: number }[] };
      expect(a.quotes.map((q) => q.id)).toEqual(page.quotes.map((q) => q.id));
    }
  });

  it('shows the share of social segments written by the most active 1% of authors', async () => {
    const body = (await (await app.request('/api/themes?city=Trendton')).json()) as ThemesResponse;
    expect(body.loudFew).toEqual({ authors: 61, segments: 90, top_authors: 1, top1_share: 0.3333 });
    // a view of survey answers has no social segments: no loud few to show
    const surveys = (await (await app.request('/api/themes?city=Trendton&source=survey')).json()) as ThemesResponse;
    expect(surveys.loudFew).toEqual({ authors: 0, segments: 0, top_authors: 1, top1_share: null });
  });

  it('k is configurable: at k = 3 July is no longer a spike', async () => {
    const body = (await (await app.request('/api/trend?city=Trendton&minN=5&k=3')).json()) as TrendResponse;
    expect(body.alerts).toEqual([]);
  });

  it('does not alert below the minimum n', async () => {
    const body = (await (await app.request('/api/trend?city=Trendton')).json()) as TrendResponse;
    expect(body.alerts).toEqual([]);
  });
});

describe('measure helpers', () => {
  it('alignment is null when either side names no value', () => {
    expect(alignment([{ emphasis: 0, voiceShare: 0.5 }, { emphasis: 0, voiceShare: 0.5 }])).toBeNull();
    expect(alignment([{ emphasis: 1, voiceShare: null }])).toBeNull();
  });
  it('alignment is 1 when the distributions match and 0 when disjoint', () => {
    expect(alignment([{ emphasis: 0.5, voiceShare: 0.5 }, { emphasis: 0.5, voiceShare: 0.5 }])).toBe(1);
    expect(alignment([{ emphasis: 1, voiceShare: 0 }, { emphasis: 0, voiceShare: 1 }])).toBe(0);
  });
  it('quadrant uses E ≥ 1/k and net > 0', () => {
    expect(quadrant(0.25, 10, 4)).toBe('resonating');
    expect(quadrant(0.25, 0, 4)).toBe('overpromised');
    expect(quadrant(0.24, 1, 4)).toBe('untold_strength');
    expect(quadrant(0.1, null, 4)).toBe('blind_spot');
  });
});

describe('filters', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownDataset)));
  afterAll(() => store.close());

  it('theme takes several ids, matching segments about any of them, each counted once', async () => {
    // housing = {11, 12, 21, 22}, culture_events = {22}
    const body = (await (await app.request('/api/quotes?city=Testville&theme=housing,culture_events')).json()) as { total: number };
    expect(body.total).toBe(4);
    const unclassified = (await (await app.request('/api/quotes?city=Testville&theme=unclassified')).json()) as { total: number };
    expect(unclassified.total).toBe(4);
  });

  it('refuses an unknown theme with a 400 naming the parameter', async () => {
    const res = await app.request('/api/themes?city=Testville&theme=housing,atlantis');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('"theme"');
  });
});
