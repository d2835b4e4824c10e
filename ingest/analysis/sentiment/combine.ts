/** Turns word scores and clauses into a sentence score, label, clause scores and contributions. */
import type { Label } from '../../../data/types.ts';
import type { ScoreContribution } from '../../types.ts';
import type { Token } from '../tokens.ts';
import type { Clause } from './clauses.ts';
import { isMixed, labelOf, normalize } from './labels.ts';

/** A scored word or phrase: tokens [first, last] and its (adjusted) score on the [-1, 1] word scale. */
export type WordScore = { first: number; last: number; base: number };

/** The outcome for one sentence; `raw` is its clause-weighted word sum before punctuation
 * emphasis, which a part adds once over all its sentences (see document.ts). */
export type SentenceScore = { score: number; label: Label; contributions: ScoreContribution[]; raw: number };

// VADER's punctuation emphasis on our word scale (its ±4 / 4): 0.292 per "!" up to four;
// two or three "?" add 0.18 each, more add 0.96.
const EXCLAMATION = 0.292 / 4;
const QUESTION = 0.18 / 4;
const QUESTIONS_MAX = 0.96 / 4;

/** The emphasis "!" and "??" add to a sentence's sum, away from zero (VADER's amplifiers). */
export function punctuationEmphasis(sentence: string): number {
  let bangs = 0;
  let questions = 0;
  for (let i = sentence.indexOf('!'); i >= 0; i = sentence.indexOf('!', i + 1)) bangs += 1;
  for (let i = sentence.indexOf('?'); i >= 0; i = sentence.indexOf('?', i + 1)) questions += 1;
  const q = questions <= 1 ? 0 : questions <= 3 ? questions * QUESTION : QUESTIONS_MAX;
  return Math.min(4, bangs) * EXCLAMATION + q;
}

/** Weights each word by its clause, sums, adds `emphasis` (see punctuationEmphasis), squashes
 * to (-1, 1), and labels (mixed from clause scores). */
export function scoreClauses(tokens: Token[], text: string, clauses: Clause[], words: Map<number, WordScore>, emphasis: number): SentenceScore {
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
  const score = round(normalize(total === 0 ? 0 : total + Math.sign(total) * emphasis));
  const label = clauses.length > 1 && isMixed(clauseScores) ? 'mixed' : labelOf(score);
  return { score, label, contributions, raw: total };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
