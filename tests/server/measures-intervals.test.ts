import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../data/db/store.ts';

/**
 * Known answers for the interval macros (data/migrations/012-honest-intervals.sql), computed by
 * hand at the small n where a Wald interval collapses. z = 1.96, z² = 3.8416.
 */
describe('intervals that stay honest at small n and at 0% / 100%', () => {
  let store: Store;
  beforeAll(async () => { store = await openStore(':memory:'); });
  afterAll(() => store.close());
  const wilson = async (k: number, n: number) =>
    (await store.all<{ lo: number; hi: number }>(`select round(wilson_low($k::DOUBLE, $n::DOUBLE), 4)::DOUBLE as lo, round(wilson_high($k::DOUBLE, $n::DOUBLE), 4)::DOUBLE as hi`, { k, n }))[0];
  const net = async (pos: number, neg: number, n: number) =>
    (await store.all<{ lo: number; hi: number }>(`select round(net_low($p::DOUBLE, $q::DOUBLE, $n::DOUBLE), 1)::DOUBLE as lo, round(net_high($p::DOUBLE, $q::DOUBLE, $n::DOUBLE), 1)::DOUBLE as hi`, { p: pos, q: neg, n }))[0];

  // Wilson: (p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n)
  it('Wilson 95% for 2/2 = [0.342, 1]: (1 + 0.9604 ∓ 1.96·√(0.9604/4)) / 2.9208 = [1/2.9208, 2.9208/2.9208]', async () => {
    expect(await wilson(2, 2)).toEqual({ lo: 0.3424, hi: 1 });
  });
  it('Wilson 95% for 0/5 = [0, 0.434]: (0 + 0.38416 ∓ 1.96·√(0.9604/25)) / 1.76832 = [0, 0.76832/1.76832]', async () => {
    expect(await wilson(0, 5)).toEqual({ lo: 0, hi: 0.4345 });
  });
  it('Wilson 95% for 1/1 = [0.207, 1]: (1 + 1.9208 ∓ 1.96·0.98) / 4.8416 = [1/4.8416, 1]', async () => {
    expect(await wilson(1, 1)).toEqual({ lo: 0.2065, hi: 1 });
  });
  it('Wilson 95% for 5/5 = [0.566, 1]: (1.38416 − 0.38416) / 1.76832 = 0.5655', async () => {
    expect(await wilson(5, 5)).toEqual({ lo: 0.5655, hi: 1 });
  });

  // Net, Bonett–Price: p̃ = (pos+1)/(n+2), q̃ = (neg+1)/(n+2), (p̃ − q̃) ± 1.96·√((p̃ + q̃ − (p̃ − q̃)²)/(n+2)), in points, clamped
  it('net +100 at n = 1 (1 positive): p̃ = 2/3, q̃ = 1/3, centre 33.3, ± 196·√((1 − 1/9)/3) = 106.7 → [−73.4, +100]', async () => {
    expect(await net(1, 0, 1)).toEqual({ lo: -73.4, hi: 100 });
  });
  it('net +100 at n = 2 (2 positive): p̃ = 3/4, q̃ = 1/4, centre 50, ± 196·√(0.75/4) = 84.9 → [−34.9, +100], not +100 to +100', async () => {
    expect(await net(2, 0, 2)).toEqual({ lo: -34.9, hi: 100 });
  });
  it('net −100 at n = 5 (5 negative): p̃ = 1/7, q̃ = 6/7, centre −71.4, ± 196·√((1 − 25/49)/7) = 51.8 → [−100, −19.6]', async () => {
    expect(await net(0, 5, 5)).toEqual({ lo: -100, hi: -19.6 });
  });
  it('net 0 at n = 5 with no positive and no negative: p̃ = q̃ = 1/7, ± 196·√((2/7)/7) = 39.6 → [−39.6, +39.6], not 0 to 0', async () => {
    expect(await net(0, 0, 5)).toEqual({ lo: -39.6, hi: 39.6 });
  });
  it('no interval when nothing is scored', async () => {
    expect(await net(0, 0, 0)).toEqual({ lo: null, hi: null });
    expect(await wilson(0, 0)).toEqual({ lo: null, hi: null });
  });
  it('the interval always holds the plain estimate (pos − neg)/n', async () => {
    for (let n = 1; n <= 12; n++) for (let pos = 0; pos <= n; pos++) for (let neg = 0; pos + neg <= n; neg++) {
      const { lo, hi } = await net(pos, neg, n);
      const point = Math.round(1000 * (pos - neg) / n) / 10;
      expect(lo).toBeLessThanOrEqual(point);
      expect(hi).toBeGreaterThanOrEqual(point);
      expect(hi - lo).toBeGreaterThan(0);
    }
  });
});
