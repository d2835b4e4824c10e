import { describe, expect, it } from 'vitest';
import type { EvidenceFigure } from '../../../data/checklist/types.ts';
import { figureEvidence, figureInterval, figureValue, statusCounts } from '../../../web/src/pages/checklist/checklist-text.ts';

const fig = (over: Partial<EvidenceFigure>): EvidenceFigure => ({
  kind: 'net', label: 'x', value: -40, low: -93.8, high: 36.7, n: 5, low_n: true, status: 'red',
  quotes: '/api/quotes?city=Checkville&theme=family%2Cwork_career&group=international&role=partner', ...over,
});

describe('the checklist page\'s words and drawer filters', () => {
  it('writes net and NPS figures in signed points and shares as percentages', () => {
    expect(figureValue(fig({}))).toBe('\u221240');
    expect(figureInterval(fig({}))).toBe('\u221294 to +37');
    expect(figureValue(fig({ kind: 'nps', value: 40 }))).toBe('+40');
    expect(figureValue(fig({ kind: 'voice_share', value: 0.75 }))).toMatch(/^75\s?%$/);
    expect(figureValue(fig({ value: null }))).toBe('\u2013');
  });

  it('opens the drawer on the figure\'s own filters and clears every other page filter', () => {
    const f = figureEvidence(fig({}));
    expect(f).toMatchObject({ theme: 'family,work_career', group: 'international', role: 'partner', source: '', value: '', label: '' });
    expect(f.city).toBeUndefined();
  });

  it('counts items per status in a fixed order', () => {
    expect(statusCounts(['red', 'green', 'green', 'no_data'])).toBe('2 green, 0 amber, 1 red, 1 no data');
  });
});
