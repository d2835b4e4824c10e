/** English sentence sentiment: VADER's lexicon and rules on wink's tokens, plus domain terms, emoji and contrast. */
import { splitClauses, type ContrastWords } from './clauses.ts';
import { punctuationEmphasis, scoreClauses, type SentenceScore } from './combine.ts';
import { ratedWords, type EnglishContext } from './english-words.ts';
import { isModifierOnly, modify } from './modifiers.ts';

export type { EnglishContext } from './english-words.ts';

/** English contrast words (see clauses.ts for how each kind is weighted). */
export const EN_CONTRAST: ContrastWords = {
  pivot: new Set(['but', 'however', 'yet', 'nevertheless', 'nonetheless', 'except', 'whereas']),
  concession: new Set(['although', 'though', 'despite', 'while']),
};

/** Scores tokens [first, last] (one sentence) of an English part: rated words (english-words.ts),
 * VADER's word rules (modifiers.ts), clause weights around contrast words, "!"/"??" emphasis. */
export function scoreEnglish(ctx: EnglishContext, first: number, last: number, text: string): SentenceScore {
  const { tokens } = ctx;
  const words = ratedWords(ctx, first, last, text);
  for (const w of words.values()) {
    if (w.last !== w.first) continue;
    // "No!" and "no rules" are negative; "no problems" is a negated word, not a negative one (VADER 3.3).
    // "pretty bad", "super friendly", "kind of": the modifier's own rating does not count.
    const i = w.first;
    if (tokens[i].norm === 'no' ? i < last && words.has(i + 1) : isModifierOnly(tokens, i, last, words)) w.base = 0;
  }
  const sentence = text.slice(tokens[first].start, tokens[last].end);
  const shouting = /[a-z]/.test(sentence) && /[A-Z]{2}/.test(sentence);
  for (const w of words.values()) if (w.base !== 0) w.base = modify(tokens, w.first, w.base, first, shouting);
  const clauses = splitClauses(tokens, first, last, EN_CONTRAST);
  return scoreClauses(tokens, text, clauses, words, punctuationEmphasis(sentence));
}
