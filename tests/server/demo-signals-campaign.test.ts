/**
 * The campaign signals planted in the demo (issue 19), recovered through the HTTP API from the demo
 * database: the Havenstad focus groups' reactions to two stimuli (data/demo/stimuli.ts, signal
 * havenstad-poster-inauthentic) and the drift of Lindholm's brand vocabulary (signal
 * lindholm-brand-term-drift).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthenticityResponse, QuotesResponse, StimuliResponse, TermSeriesResponse } from '../../data/types.ts';
import { useDemoApi } from '../helpers/demo-server.ts';

const { get } = useDemoApi();

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

describe('Lindholm: the brand\'s words for its mix of people drift from "multicultural" to "cosmopolitan"', () => {
  it('its brand texts carry their publication dates, and the yearly series shows the drift', async () => {
    const s = await get<TermSeriesResponse>('/api/terms/series?city=Lindholm&terms=multicultural,diverse,cosmopolitan&source=brand&interval=year');
    const share = (term: string, year: string) => s.points.find((p) => p.term === term && p.period === `${year}-01-01`)!;
    expect([...new Set(s.points.map((p) => p.period))]).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
    expect(share('multicultural', '2024').k).toBeGreaterThanOrEqual(2);
    expect(share('multicultural', '2026').k).toBe(0);
    expect(share('cosmopolitan', '2024').k).toBe(0);
    expect(share('cosmopolitan', '2026').k).toBeGreaterThanOrEqual(3);
    expect(share('diverse', '2025').k).toBeGreaterThanOrEqual(1);
  });
});
