/** Sentiment figures of a scorer on the VADER (3-class, r) and UCI (binary) sets. */
import { accuracy, macroF1, pearson } from './metrics.ts';
import type { BinaryText, RatedText } from './datasets.ts';

/** A scorer maps a text to a score in [-1, 1]; null (unscored) counts as 0. */
export type Scorer = (text: string) => number | null;

const CLASSES = ['positive', 'neutral', 'negative'] as const;
type Cls = (typeof CLASSES)[number];

// The sets' conventional cut-off: positive above +0.05 of the normalised rating, negative below −0.05.
const CUT = 0.05;
const classOf = (x: number): Cls => (x > CUT ? 'positive' : x < -CUT ? 'negative' : 'neutral');

/** Figures on a rated set: 3-class accuracy, macro-F1, Pearson r, and the share left unscored. */
export function evalRated(rows: RatedText[], score: Scorer) {
  const pred: number[] = [];
  let unscored = 0;
  for (const r of rows) {
    const s = score(r.text);
    if (s === null) unscored += 1;
    pred.push(s ?? 0);
  }
  const gold = rows.map((r) => classOf(r.rating));
  const predCls = pred.map(classOf);
  return {
    n: rows.length,
    accuracy: accuracy(gold, predCls),
    macroF1: macroF1(gold, predCls, CLASSES).macroF1,
    r: pearson(pred, rows.map((r) => r.rating)),
    unscored,
  };
}

/** Binary accuracy on a UCI set; a text scored 0 (or unscored) counts as an error. */
export function evalBinary(rows: BinaryText[], score: Scorer) {
  let ok = 0;
  let zero = 0;
  for (const r of rows) {
    const s = score(r.text) ?? 0;
    if (s === 0) zero += 1;
    else if (s > 0 === r.positive) ok += 1;
  }
  return { n: rows.length, accuracy: ok / rows.length, zero };
}
