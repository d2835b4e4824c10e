/**
 * The signals planted by the demo generator (data/demo/signals.ts), recovered through the HTTP
 * API from the demo database, which was built by the same ingest and analysis as user files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CitiesResponse, OverviewResponse, SurveyResponse, ThemesResponse, TrendResponse, ValuesResponse } from '../../data/types.ts';
import { useDemoApi } from '../helpers/demo-server.ts';

const { get } = useDemoApi();
const theme = (b: ThemesResponse, id: string) => b.themes.find((t) => t.theme === id)!;
const valueGroup = (b: ValuesResponse, value: string, group: string) =>
  b.values.find((v) => v.value === value)!.groups.find((g) => g.group === group)!;

describe('the demo database', () => {
  it('lists the three cities with documents per source and group', async () => {
    const { cities } = await get<CitiesResponse>('/api/cities');
    expect(cities.map((c) => c.name)).toEqual(['Havenstad', 'Lindholm', 'Marenburg']);
    for (const c of cities) {
      expect(Object.keys(c.bySource).sort()).toEqual(['brand', 'focus-group', 'social', 'survey']);
      expect(c.byGroup.resident).toBeGreaterThan(100);
      expect(c.byGroup.international).toBeGreaterThan(50);
      expect(c.documents).toBe(Object.values(c.bySource).reduce((a, b) => a + b, 0));
    }
  });
});

describe('trend alerts in the demo', () => {
  it('each alert\'s quotes are the first page of its evidence, for the whole audience and for one group', async () => {
    // weekly Lindholm has alerts for every group and for single groups in the same weeks
    const trend = await get<TrendResponse>('/api/trend?city=Lindholm&interval=week');
    expect(new Set(trend.alerts.map((a) => a.group)).size).toBeGreaterThan(1);
    for (const a of trend.alerts) {
      const end = new Date(`${a.period}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 7);
      const group = a.group === 'all' ? '' : `&group=${a.group}`;
      const page = await get<{ quotes: { id: number }[] }>(
        `/api/quotes?city=Lindholm&label=negative&sort=negative&limit=5&from=${a.period}&to=${end.toISOString().slice(0, 10)}${group}`);
      expect(a.quotes.map((q) => q.id), `${a.period} ${a.group}`).toEqual(page.quotes.map((q) => q.id));
    }
  });
});

describe('Havenstad: the brand says innovation, the people say diversity', () => {
  let values: ValuesResponse;
  beforeAll(async () => { values = await get<ValuesResponse>('/api/values?city=Havenstad'); });

  it('Innovation has the highest brand emphasis', () => {
    const top = [...values.values].sort((a, b) => b.emphasis - a.emphasis)[0];
    expect(top.value).toBe('Innovation');
    expect(top.emphasis).toBeGreaterThanOrEqual(0.35);
  });

  it('Open & diverse has the highest voice share for residents and internationals; Innovation ≤ 5%', () => {
    for (const group of ['resident', 'international']) {
      const shares = values.values.map((v) => [v.value, v.groups.find((g) => g.group === group)!.voice_share] as const);
      expect(shares.sort((a, b) => b[1] - a[1])[0][0], group).toBe('Open & diverse');
      expect(valueGroup(values, 'Innovation', group).voice_share, group).toBeLessThanOrEqual(0.05);
    }
  });

  it('residents and internationals hardly voice Innovation (flagged low n) and residents\' alignment is low', () => {
    for (const group of ['resident', 'international']) expect(valueGroup(values, 'Innovation', group).low_n, group).toBe(true);
    expect(values.alignment.find((a) => a.group === 'resident')!.alignment).toBeLessThan(0.6);
  });

  it('internationals are strongly negative on housing and positive on culture', async () => {
    const body = await get<ThemesResponse>('/api/themes?city=Havenstad&group=international');
    expect(theme(body, 'housing').net).toBeLessThanOrEqual(-40);
    expect(theme(body, 'culture_events').net).toBeGreaterThanOrEqual(40);
    expect(theme(body, 'housing').n).toBeGreaterThanOrEqual(30);
  });

  it('internationals disagree that housing is easy to find (survey item Q6_2)', async () => {
    const body = await get<SurveyResponse>('/api/survey?city=Havenstad&group=international');
    const item = body.items.find((i) => i.key === 'Q6_2' && i.group === 'all')!;
    expect(item.bottom2).toBeGreaterThanOrEqual(0.7);
  });
});

describe('Lindholm: residents turn against tourism', () => {
  it('the residents\' negative share on tourism rises from the first to the last six months', async () => {
    const body = await get<TrendResponse>('/api/trend?city=Lindholm&theme=tourism&group=resident&interval=month');
    const points = body.points.filter((p) => p.group === 'all');
    expect(points.length).toBeGreaterThanOrEqual(20);
    const share = (ps: typeof points) => ps.reduce((s, p) => s + (p.negative_share ?? 0) * p.scored, 0) / ps.reduce((s, p) => s + p.scored, 0);
    const first = share(points.slice(0, 6));
    const last = share(points.slice(-6));
    // planted 0.2 → 0.8 (≈ 0.25 → 0.75 over the half-years); the learned model (m-c94587) measures
    // 0.39 → 0.64: it reads some planted neutral and positive sentences about tourism as complaints
    // and some planted complaints as neutral, which flattens the rise
    expect(first).toBeLessThanOrEqual(0.5);
    expect(last).toBeGreaterThanOrEqual(0.6);
    expect(last - first).toBeGreaterThanOrEqual(0.2);
  });

  it('about 15% of survey text is Dutch, and it is scored', async () => {
    const body = await get<OverviewResponse>('/api/overview?city=Lindholm&source=survey');
    const total = body.languages.reduce((s, l) => s + l.segments, 0);
    const nl = body.languages.find((l) => l.language === 'nl')?.segments ?? 0;
    expect(nl / total).toBeGreaterThan(0.05);
    expect(nl / total).toBeLessThan(0.3);
  });
});

describe('Marenburg: green resonates, internationals struggle', () => {
  it('Green has the highest emphasis and resonates', async () => {
    const values = await get<ValuesResponse>('/api/values?city=Marenburg');
    const top = [...values.values].sort((a, b) => b.emphasis - a.emphasis)[0];
    expect(top.value).toBe('Green');
    expect(valueGroup(values, 'Green', 'all').quadrant).toBe('resonating');
  });

  it('residents are clearly positive on the environment', async () => {
    // planted: 80% of their green-space sentences positive; the analyser finds a clear positive net
    const body = await get<ThemesResponse>('/api/themes?city=Marenburg&group=resident');
    expect(theme(body, 'environment').net).toBeGreaterThanOrEqual(30);
  });

  it('internationals are negative on language and bureaucracy', async () => {
    const body = await get<ThemesResponse>('/api/themes?city=Marenburg&group=international');
    // planted 78% and 80% negative; the learned model measures net −53 (n 104) and −39 (n 82): it
    // reads some planted complaints without a sentiment word as neutral
    expect(theme(body, 'language').net).toBeLessThanOrEqual(-30);
    expect(theme(body, 'bureaucracy').net).toBeLessThanOrEqual(-30);
  });
});
