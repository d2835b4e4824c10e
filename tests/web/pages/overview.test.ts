import { describe, expect, it } from 'vitest';
import type { OverviewResponse, TrendAlert } from '../../../data/types.ts';
import { alertLine, recentAlerts } from '../../../web/src/pages/overview/alerts.tsx';
import { describeFilters, loudFewNote, sourceLine } from '../../../web/src/pages/overview/context.ts';
import { spikeHeadline, spikeNote } from '../../../web/src/pages/trends/spike-words.ts';
import { NET_BY_GROUP, SOURCES, THEMES } from '../fixtures.ts';

const alert = (period: string, group: TrendAlert['group'], neg: number, base: number): TrendAlert => ({
  period, group, negative_share: neg, baseline_share: base, baseline_sd: 0.03, quotes: [],
});

const OVERVIEW: OverviewResponse = {
  city: 'Havenstad', documents: 3900, segments: 22100, minN: 30, bySourceGroup: SOURCES, netByGroup: NET_BY_GROUP,
  topThemes: THEMES, languages: [{ language: 'en', segments: 22000 }], unscored: 100,
  period: { from: '2024-12-01', to: '2026-11-30' },
  loudFew: { authors: 383, segments: 3419, top_authors: 4, top1_share: 0.3249 },
  movers: { previous: null, latest: null, minN: 30, rising: [], falling: [], lowN: [], steady: 0 },
  spikes: { interval: 'month', k: 2, baseline: 6, periods: 24, needed: 4, judged: 21, enoughHistory: true, spikePeriods: [] },
  alerts: [],
};

describe('overview words', () => {
  it('states an alert as this month against the usual level', () => {
    expect(alertLine(alert('2026-03-01', 'resident', 0.3766, 0.22))).toBe('Mar 2026 · Residents: 38% negative, usually 22%');
    expect(alertLine(alert('2025-09-01', 'all', 0.2914, 0.2333))).toBe('Sep 2025 · All audiences: 29% negative, usually 23%');
  });

  it('words the spike verdict the same on both pages, and never claims normality without history', () => {
    const s = OVERVIEW.spikes;
    expect(spikeHeadline({ ...s, spikePeriods: ['2025-03-01', '2025-09-01'] })).toBe('2 months with a spike in negative talk');
    expect(spikeHeadline(s)).toBe('No spike in negative talk: every month judged stayed within its usual range');
    const short = { ...s, periods: 3, judged: 0, enoughHistory: false };
    expect(spikeHeadline(short)).toBe('Not enough history to spot spikes in negative talk yet');
    expect(spikeNote(short)).toBe('A month is compared with at least 3 months before it; this view has 3 months with scored segments, so none can be judged yet.');
  });

  it('lists the most recent alerts first, at most three', () => {
    const list = recentAlerts([
      alert('2025-01-01', 'all', 0.4, 0.2), alert('2026-03-01', 'resident', 0.4, 0.2),
      alert('2025-09-01', 'unknown', 0.4, 0.2), alert('2026-03-01', 'all', 0.4, 0.2),
    ]);
    expect(list.map((a) => `${a.period} ${a.group}`)).toEqual(['2026-03-01 all', '2026-03-01 resident', '2025-09-01 unknown']);
  });

  it('says how much of the social talk the loudest 1% wrote', () => {
    expect(loudFewNote(OVERVIEW.loudFew)).toBe('Social: the most active 1% of authors (4 of 383) wrote 32% of the 3,419 social segments.');
    expect(loudFewNote({ authors: 0, segments: 0, top_authors: 0, top1_share: null })).toBeNull();
  });

  it('gives every chart a source line with its n, sources and dates', () => {
    expect(sourceLine(OVERVIEW, 'documents')).toBe('n = 3,900 documents, 22,100 segments · survey responses, focus-group sessions, social posts and brand texts · Dec 2024\u2009\u2013\u2009Nov 2026');
    // Net figures and theme shares count audience segments only: brand texts are left out.
    expect(sourceLine(OVERVIEW, 'net')).toBe('n = 2,832 segments, 2,732 scored · survey responses, focus-group sessions and social posts · Dec 2024\u2009\u2013\u2009Nov 2026');
    expect(sourceLine(OVERVIEW, 'themes')).toMatch(/^n = 20,600 audience segments/);
  });

  it('describes the filters in words', () => {
    expect(describeFilters({ city: 'Havenstad', group: null, source: null, by: null })).toBe('All audiences · all sources');
    expect(describeFilters({ city: 'Havenstad', group: 'international', source: 'focus-group', by: null })).toBe('Internationals · Focus groups');
    expect(describeFilters({ city: 'Havenstad', group: null, source: null, by: 'stay' })).toBe('All audiences · all sources · by length of stay');
  });
});
