/** Turns word scores and clauses into a sentence score, label, clause scores and contributions. */
import type { Label } from '../../../data/types.ts';
import type { ScoreContribution } from '../../types.ts';
import type { Token } from '../tokens.ts';
import type { Clause } from './clauses.ts';
import { isMixed, labelOf, normalize } from './labels.ts';

/** A scored word or phrase: tokens [first, last] and its (adjusted) score on the [-1, 1] word scale. */
export type WordScore = { first: number; last: number; base: number };

/** The outcome for one sentence. */
export type SentenceScore = { score: number; label: Label; contributions: ScoreContribution[]; raw: number };

// VADER adds 0.292 (of ±4) per "!" up to four; the same on our word scale.
const EXCLAMATION = 0.073;

/** Weights each word by its clause, sums, squashes to (-1, 1), and labels (mixed from clause scores). */
export function scoreClauses(tokens: Token[], text: string, clauses: Clause[], words: Map<number, WordScore>, exclamations: number): SentenceScore {
  const contributions: ScoreContribution[] = [];
  const clauseScores: number[] = [];
  let total = 0;
  for (const c of clauses) {
    let sum = 0;
    for (let i = c.first; i <= c.last; i += 1) {
      const w = words.get(i);
      if (!w || w.base === 0) continue;
      sum += w.base;
      const start = tokens[w.first].start;
      const end = tokens[w.last].end;
      contributions.push({ word: text.slice(start, end), start, end, score: round(w.base * c.weight) });
    }
    clauseScores.push(normalize(sum));
    total += sum * c.weight;
  }
  if (total !== 0) total += Math.sign(total) * EXCLAMATION * exclamations;
  const score = round(normalize(total));
  const label = clauses.length > 1 && isMixed(clauseScores) ? 'mixed' : labelOf(score);
  return { score, label, contributions, raw: total };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
