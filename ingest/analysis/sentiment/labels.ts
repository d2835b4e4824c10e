/** Sentiment labels and the thresholds that define them. */
import type { Label } from '../../../data/types.ts';

/** A score at or above this is positive (VADER's compound cut-off, so figures compare). */
export const POSITIVE_THRESHOLD = 0.05;
/** A score at or below this is negative. */
export const NEGATIVE_THRESHOLD = -0.05;
/** A clause counts as clearly positive/negative for `mixed` when its own score passes ±this. */
export const MIXED_CLAUSE_THRESHOLD = 0.15;

/** Label of a score; `mixed` is decided by the caller from clause scores. */
export function labelOf(score: number): Label {
  if (score >= POSITIVE_THRESHOLD) return 'positive';
  if (score <= NEGATIVE_THRESHOLD) return 'negative';
  return 'neutral';
}

/** Mixed when one clause is clearly positive and another clearly negative. */
export function isMixed(clauseScores: number[]): boolean {
  let pos = false;
  let neg = false;
  for (const s of clauseScores) {
    if (s >= MIXED_CLAUSE_THRESHOLD) pos = true;
    if (s <= -MIXED_CLAUSE_THRESHOLD) neg = true;
  }
  return pos && neg;
}

/** Squashes an unbounded sum of word scores into (-1, 1), as VADER does (alpha = 15 on its ±4 scale). */
export function normalize(sum: number, alpha = 15): number {
  const x = sum * 4;
  return x / Math.sqrt(x * x + alpha);
}
