/**
 * The campaign signal planted in the Havenstad focus groups (data/demo/stimuli.ts, signal
 * havenstad-poster-inauthentic), recovered through the HTTP API from the demo database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthenticityResponse, QuotesResponse, StimuliResponse, TermSeriesResponse } from '../../data/types.ts';
import type { Store } from '../../server/db/store.ts';
import { demoApp } from '../helpers/demo-server.ts';

let app: Awaited<ReturnType<typeof demoApp>>['app'];
let store: Store;
beforeAll(async () => ({ app, store } = await demoApp()));
afterAll(() => store.close());

async function get<T>(path: string): Promise<T> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

describe('Havenstad: residents do not recognise their city in the campaign poster', () => {
  let body: StimuliResponse;
  beforeAll(async () => { body = await get<StimuliResponse>('/api/stimuli?city=Havenstad'); });
  const row = (s: string, g: string) => body.stimuli.find((r) => r.stimulus === s && r.group === g)!;

  it('shows the two stimuli with their names, for residents and internationals', () => {
    expect([...new Set(body.stimuli.map((r) => `${r.stimulus} ${r.label}`))].sort()).toEqual(['S1 Skyline at sunset poster', 'S2 Saturday market video']);
    expect(new Set(body.stimuli.map((r) => r.group))).toEqual(new Set(['all', 'resident', 'international']));
  });

  it('residents find the poster inauthentic (authentic share ≤ 0.25) and the video authentic (≥ 0.7)', () => {
    const poster = row('S1', 'resident').authenticity;
    expect(poster.judged).toBeGreaterThanOrEqual(10);
    expect(poster.share!).toBeLessThanOrEqual(0.25);
    expect(row('S2', 'resident').authenticity.share!).toBeGreaterThanOrEqual(0.7);
    // the internationals like the poster better than residents do
    expect(row('S1', 'international').authenticity.share!).toBeGreaterThan(poster.share! + 0.2);
  });

  it('residents\' words for the poster include "polished" or "fake", and its quotes are theirs', async () => {
    const words = row('S1', 'resident').words.map((w) => w.term);
    expect(words.some((w) => w === 'polished' || w === 'fake')).toBe(true);
    const quotes = await get<QuotesResponse>(row('S1', 'resident').quotes);
    expect(quotes.total).toBe(row('S1', 'resident').n);
    expect(quotes.quotes.every((q) => q.group === 'resident' && q.source === 'focus-group')).toBe(true);
  });

  it('/api/authenticity ranks the video above the poster', async () => {
    const a = await get<AuthenticityResponse>('/api/authenticity?city=Havenstad');
    const share = (k: string) => a.byStimulus.find((r) => r.key === k)!.share!;
    expect(share('S2')).toBeGreaterThan(share('S1'));
    expect(a.bySource.map((r) => r.key)).toContain('focus-group');
  });

  it('gives a monthly series of audience segments using the brand\'s words', async () => {
    const s = await get<TermSeriesResponse>('/api/terms/series?city=Havenstad&terms=diverse,multicultural,international&interval=quarter');
    expect(s.points.length).toBeGreaterThanOrEqual(3 * 8); // 24 months = 8 quarters, each term
    const q = s.points.filter((p) => p.term === 'multicultural');
    expect(q.every((p) => p.n > 100 && p.k <= p.n)).toBe(true);
    expect(q.reduce((sum, p) => sum + p.k, 0)).toBeGreaterThan(0);
  });
});
