/** A document part's sentiment from its segments' scores. */
import type { Label } from '../../../data/types.ts';
import { labelOf, MIXED_CLAUSE_THRESHOLD, normalize } from './labels.ts';

type Scored = { sentiment: number | null; label: Label | null };

/** The part's score squashes the sum of its segments' raw sums plus the part's "!"/"??"
 * `emphasis` (punctuationEmphasis of the part: VADER counts it once per text, at most four "!"),
 * so one strong sentence among neutral ones still counts; `mixed` when one segment is clearly
 * positive and another clearly negative, or a segment is itself mixed; null when none is scored. */
export function docLabel(segments: Scored[], raws: (number | null)[], emphasis = 0): { score: number | null; label: Label | null } {
  let total = 0;
  let n = 0;
  for (const r of raws) if (r !== null) { total += r; n += 1; }
  if (n === 0) return { score: null, label: null };
  if (total !== 0) total += Math.sign(total) * emphasis;
  const score = Math.round(normalize(total) * 1000) / 1000;
  const scored = segments.filter((s) => s.sentiment !== null);
  const pos = scored.some((s) => (s.sentiment as number) >= MIXED_CLAUSE_THRESHOLD);
  const neg = scored.some((s) => (s.sentiment as number) <= -MIXED_CLAUSE_THRESHOLD);
  if ((pos && neg) || scored.some((s) => s.label === 'mixed')) return { score, label: 'mixed' };
  return { score, label: labelOf(score) };
}
