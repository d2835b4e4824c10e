import { describe, expect, it } from 'vitest';
import { ingestCeiling } from '../../bench/ceiling.ts';

// Rates chosen so each cost is a round number of microseconds per post.
const rates = (readUs: number, analysisUs: number, storeUs: number) => ({
  read: { perSecond: 1e6 / readUs }, analysis: { perSecond: 1e6 / analysisUs }, store: { perSecond: 1e6 / storeUs },
});

describe('ingest ceiling', () => {
  it('is the workers alone when the main thread is cheap and a core is spare', () => {
    // 10 + 50 + 10 µs: one worker does 20,000 posts/s; all work on 2 cores allows 28,571
    expect(ingestCeiling(rates(10, 50, 10), 2, 1)).toBeCloseTo(20_000, 6);
  });
  it('is all the work spread over the cores when workers and main thread compete', () => {
    // two workers could do 40,000/s, the main thread 50,000/s, but 70 µs a post on 2 cores is 28,571/s
    expect(ingestCeiling(rates(10, 50, 10), 2, 2)).toBeCloseTo(2e6 / 70, 6);
  });
  it('is the main thread when reading and storing cost more than the analysis', () => {
    // main thread 40 + 40 = 80 µs a post: 12,500/s whatever the workers
    expect(ingestCeiling(rates(40, 20, 40), 2, 1)).toBeCloseTo(12_500, 6);
    expect(ingestCeiling(rates(40, 20, 40), 2, 2)).toBeCloseTo(12_500, 6);
  });
  it('gives a second worker on 2 cores at most 2 × one, less as the main thread grows', () => {
    const gain = (mainUs: number) => ingestCeiling(rates(mainUs / 2, 60, mainUs / 2), 2, 2) / ingestCeiling(rates(mainUs / 2, 60, mainUs / 2), 2, 1);
    expect(gain(0.000001)).toBeCloseTo(2, 3);
    expect(gain(18)).toBeCloseTo((2e6 / 78) / (1e6 / 60), 6); // 1.54
    expect(gain(45)).toBeLessThan(gain(18));
  });
});
