/** Emoticons wink splits into pieces ("=)" → "=" ")", ":c" → ":" "c"), rejoined and read from VADER's lexicon. */
import type { Token } from '../tokens.ts';
import { vaderScore } from './english-lexicons.ts';

const MAX_PIECES = 3;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** The emoticon made of tokens [i, j ≤ i + 2] written without spaces, standing alone between
 * spaces (not "):" after a word, not "://" in a link), with at least one piece that is not a word. */
export function emoticonAt(tokens: Token[], i: number, last: number, text: string): { last: number; score: number } | null {
  const t = tokens[i];
  if (t.start > 0 && !SPACE.test(text[t.start - 1])) return null;
  let form = t.value;
  let symbol = t.type !== 'word';
  let found: { last: number; score: number } | null = null;
  for (let j = i + 1; j <= Math.min(last, i + MAX_PIECES - 1); j += 1) {
    if (tokens[j].start !== tokens[j - 1].end) break;
    form += tokens[j].value;
    symbol ||= tokens[j].type !== 'word';
    const end = tokens[j].end;
    if (!symbol || (end < text.length && LETTER_OR_DIGIT.test(text[end]))) continue;
    const score = vaderScore(form) ?? vaderScore(form.toLowerCase());
    if (score !== undefined) found = { last: j, score };
  }
  return found;
}
