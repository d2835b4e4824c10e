import { describe, expect, it } from 'vitest';
import { accuracy, macroF1, multiLabel, pearson } from '../../eval/metrics.ts';

describe('eval metrics', () => {
  it('computes accuracy and macro-F1 from known counts', () => {
    const gold = ['pos', 'pos', 'neg', 'neg', 'neu'];
    const pred = ['pos', 'neg', 'neg', 'neg', 'pos'];
    expect(accuracy(gold, pred)).toBeCloseTo(0.6);
    const { macroF1: m, perClass } = macroF1(gold, pred, ['pos', 'neg', 'neu']);
    // pos: P 1/2 R 1/2 F 0.5; neg: P 2/3 R 1 F 0.8; neu: 0.
    expect(perClass.neg.f1).toBeCloseTo(0.8);
    expect(m).toBeCloseTo((0.5 + 0.8 + 0) / 3);
  });

  it('computes Pearson r', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8);
  });

  it('computes multi-label micro and macro F1', () => {
    const r = multiLabel([['a', 'b'], ['a'], []], [['a'], ['a', 'b'], ['b']], ['a', 'b']);
    // a: tp 2; b: tp 0, fp 2, fn 1. Micro: tp 2, fp 2, fn 1 → P .5 R .667.
    expect(r.perLabel.a.f1).toBeCloseTo(1);
    expect(r.perLabel.b.f1).toBe(0);
    expect(r.microF1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(r.macroF1).toBeCloseTo(0.5);
  });
});
