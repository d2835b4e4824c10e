import { describe, expect, it } from 'vitest';
import { meanChange, netChange, proportionChange, t975 } from '../../server/wave-intervals.ts';

describe('intervals for the change between two survey waves', () => {
  it('gives Student t quantiles as the table does, down to ν = 1 (Welch\'s ν can be that small)', () => {
    for (const [nu, t] of [[1, 12.706], [2, 4.303], [3, 3.182], [5, 2.571], [10, 2.228], [30, 2.042], [120, 1.980]]) expect(Math.abs(t975(nu) - t)).toBeLessThan(0.0005);
    expect(t975(Infinity)).toBe(1.96);
  });

  it('keeps Newcombe\'s interval honest at 0% and 100%: 0 of 20 then 20 of 20 is +1 with a lower bound below 1', () => {
    // Wilson 0/20: 0 to 0.1611; 20/20: 0.8389 to 1. low = 1 − √(0.16113² + 0.16113²) = 1 − 0.22787 = 0.7721
    expect(proportionChange(0, 20, 20, 20)).toEqual({ diff: 1, low: 0.7721, high: 1, excludesZero: true });
  });

  it('finds no change when both waves answer alike, with an interval around zero', () => {
    // Wilson 5/10: 0.2366 to 0.7634 in both: ±√(0.2634² + 0.2634²) = ±0.3725
    expect(proportionChange(5, 10, 5, 10)).toEqual({ diff: 0, low: -0.3725, high: 0.3725, excludesZero: false });
    // NPS +0 twice at n = 8: p̃ = q̃ = 0.3 (3/10), var 0.6/10 = 0.06 each; ±1.96·√0.12 = ±67.9 points
    expect(netChange(2, 2, 8, 2, 2, 8)).toEqual({ diff: 0, low: -67.9, high: 67.9, excludesZero: false });
  });

  it('needs two answers in each wave for a mean\'s interval', () => {
    expect(meanChange(3, 0, 1, 4, 1, 10)).toBeNull();
  });
});
