import { describe, expect, it } from 'vitest';
import { ingestCeiling } from '../../bench/ceiling.ts';

// Rates chosen so each cost is a round number of microseconds per post.
const rates = (readUs: number, analysisUs: number, stagingUs: number, loadUs: number) => ({
  read: { perSecond: 1e6 / readUs }, analysis: { perSecond: 1e6 / analysisUs },
  staging: { perSecond: 1e6 / stagingUs }, load: { perSecond: 1e6 / loadUs },
});

describe('ingest ceiling', () => {
  it('is one worker doing everything, then the load, with one worker', () => {
    // 10 + 50 + 20 µs staged, then 5 µs loaded: 85 µs a post
    expect(ingestCeiling(rates(10, 50, 20, 5), 2, 1)).toBeCloseTo(1e6 / 85, 6);
  });
  it('splits analysis and staging between two workers on two cores, each reading the whole file', () => {
    // each worker reads every post (10) and stages half (35): 45 µs, then 5 µs loaded
    expect(ingestCeiling(rates(10, 50, 20, 5), 2, 2)).toBeCloseTo(1e6 / 50, 6);
  });
  it('shares the cores when workers outnumber them', () => {
    // four workers: 4 × 10 + 70 = 110 µs of work on 2 cores = 55 µs, more than one worker's 27.5
    expect(ingestCeiling(rates(10, 50, 20, 5), 2, 4)).toBeCloseTo(1e6 / 60, 6);
  });
  it('gives a second worker less than 2 × as reading the whole file grows', () => {
    const gain = (readUs: number) => ingestCeiling(rates(readUs, 60, 20, 3), 2, 2) / ingestCeiling(rates(readUs, 60, 20, 3), 2, 1);
    expect(gain(0.000001)).toBeCloseTo(83 / 43, 3);
    expect(gain(30)).toBeLessThan(gain(10));
  });
});
