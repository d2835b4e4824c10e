/** Emoji and emoticons, which read the same in every language: their scores for any scorer. */
import type { Token } from '../tokens.ts';
import type { WinkHit } from '../wink.ts';
import { emoticonAt } from './emoticons.ts';
import { vaderScore } from './english-lexicons.ts';

/** The emoji or emoticon starting at token i (within [i, last]) with its score, or null. Emoji take
 * wink's score (`emojiScores`, by token); emoticons VADER's, including ones wink splits ("=)"). */
export function symbolAt(tokens: Token[], i: number, last: number, text: string, emojiScores: Map<number, number>): { last: number; score: number } | null {
  const t = tokens[i];
  if (t.type === 'word' || t.type === 'hashtag') return null;
  if (t.type === 'emoji') {
    const s = emojiScores.get(i);
    return s === undefined ? null : { last: i, score: s };
  }
  const split = emoticonAt(tokens, i, last, text);
  if (split) return split;
  if (t.type !== 'emoticon' || glued(t, text)) return null;
  const s = vaderScore(t.value) ?? vaderScore(t.norm) ?? emojiScores.get(i);
  return s === undefined ? null : { last: i, score: s };
}

/** wink's single-token hits of [first, last] by token: the scores of its emoji and emoticons. */
export function singleHits(hits: WinkHit[], first: number, last: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const h of hits) if (h.first === h.last && h.first >= first && h.first <= last) out.set(h.first, h.score);
  return out;
}

/** ":/" inside "http://" is no emoticon. */
export function glued(t: Token, text: string): boolean {
  return t.start > 0 && /[\p{L}\p{N}]/u.test(text[t.start - 1]);
}
