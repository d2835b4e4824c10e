import { describe, expect, it } from 'vitest';
import type { TermSeriesResponse } from '../../../data/types.ts';
import { periodEnd, periodName, termDriftFinding, termDriftLines, termDriftTable } from '../../../web/src/charts/term-drift.ts';

const DRIFT: TermSeriesResponse = {
  city: 'Driftburg', source: 'brand', interval: 'year', terms: ['multicultural', 'cosmopolitan'],
  points: [
    { period: '2020-01-01', term: 'cosmopolitan', n: 3, k: 0, share: 0, low: 0, high: 0.5615 },
    { period: '2020-01-01', term: 'multicultural', n: 3, k: 2, share: 0.6667, low: 0.2077, high: 0.9385 },
    { period: '2024-01-01', term: 'cosmopolitan', n: 4, k: 2, share: 0.5, low: 0.15, high: 0.85 },
    { period: '2024-01-01', term: 'multicultural', n: 4, k: 0, share: 0, low: 0, high: 0.4899 },
  ],
};

describe('term drift chart', () => {
  it('states the biggest move between the first and the last period as its title', () => {
    expect(termDriftFinding(DRIFT).title).toBe('“multicultural” fell from 67% to 0% of brand texts (2020 to 2024)');
    expect(termDriftFinding({ ...DRIFT, points: DRIFT.points.slice(0, 2) }).title).toBe('Only one year of brand texts: no drift to show yet');
    expect(termDriftFinding({ ...DRIFT, points: [] }).title).toBe('No dated brand texts yet');
  });

  it('draws a line per term over the periods, with its band, and names quarters and years', () => {
    const option = termDriftLines(DRIFT, 'summary');
    const lines = (option.series as { id: string; data: (number | null)[] }[]).filter((s) => s.id.startsWith('line:'));
    expect(lines.map((s) => [s.id, s.data])).toEqual([['line:multicultural', [0.6667, 0]], ['line:cosmopolitan', [0, 0.5]]]);
    const band = (option.series as { id: string; data: (number | null)[] }[]).find((s) => s.id === 'band:cosmopolitan')!;
    expect(band.data).toEqual([0.5615, 0.85 - 0.15]);
    expect(periodName('2026-04-01', 'quarter')).toBe('Q2 2026');
    expect(periodName('2026-10-01', 'quarter')).toBe('Q4 2026');
    expect(periodEnd('2026-10-01', 'quarter')).toBe('2027-01-01');
    expect(periodEnd('2024-01-01', 'year')).toBe('2025-01-01');
  });

  it('gives the same numbers as a table', () => {
    expect(termDriftTable(DRIFT).rows[1]).toEqual({ period: '2020', term: 'multicultural', n: 3, k: 2, share: 0.6667, low: 0.2077, high: 0.9385 });
  });
});
