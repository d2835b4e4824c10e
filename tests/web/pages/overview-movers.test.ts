import { describe, expect, it } from 'vitest';
import type { MoverSide, ThemeMove, ThemeMovers } from '../../../data/types.ts';
import { fmtChange, moversTitle, periodText } from '../../../web/src/pages/overview/movers-format.ts';

const side = (net: number | null, n = 40): MoverSide => ({ n, scored: n, share: 0.1, net, low: null, high: null, low_n: n < 30 });
const move = (theme: ThemeMove['theme'], change: number | null): ThemeMove => ({
  theme, stage: null, previous: side(0), latest: side(change), change, share_change: 0,
});
const movers = (rising: ThemeMove[], falling: ThemeMove[]): ThemeMovers => ({
  previous: { from: '2026-05-01', to: '2026-08-01' }, latest: { from: '2026-08-01', to: '2026-11-01' }, minN: 30, rising, falling, lowN: [], steady: 0,
});

describe('movers card words', () => {
  it('states a period by the months it covers (the end date is exclusive)', () => {
    expect(periodText({ from: '2026-08-01', to: '2026-11-01' })).toBe('Aug 2026\u2009\u2013\u2009Oct 2026');
    expect(periodText({ from: '2026-10-01', to: '2026-11-01' })).toBe('Oct 2026');
  });

  it('writes changes in signed points, keeping a decimal under one point', () => {
    expect(fmtChange(18.5)).toBe('+19');
    expect(fmtChange(-27.3)).toBe('\u221227');
    expect(fmtChange(0.1)).toBe('+0.1');
    expect(fmtChange(-0.4)).toBe('\u22120.4');
    expect(fmtChange(0)).toBe('0');
    expect(fmtChange(null)).toBe('\u2013');
  });

  it('titles the card with the largest rise and fall, or says nothing qualifies', () => {
    expect(moversTitle(movers([move('city_image', 18.5)], [move('work_career', -27.3)])))
      .toBe('City image rose most (+19 points), work & career fell most (\u221227)');
    expect(moversTitle(movers([], [move('housing', -5)]))).toBe('Housing fell most (\u22125 points)');
    expect(moversTitle(movers([], []))).toBe('No theme has enough segments in both periods to compare');
  });
});
