/** Fixed English phrases whose sentiment is not the sum of their words (VADER's idioms and a few common ones). */
import type { Token } from '../tokens.ts';

// Scores on our [−1, 1] word scale. VADER's special-case idioms (its ±4 values / 4) first, then
// general set phrases in the same spirit: a phrase here replaces its words' own ratings.
const IDIOMS: Record<string, number> = {
  'the shit': 0.75,
  'the shit out of': 0,
  'the hell out of': 0,
  'the bomb': 0.75,
  'bad ass': 0.375,
  'badass': 0.375,
  'yeah right': -0.5,
  'cut the mustard': 0.5,
  'kiss of death': -0.375,
  'hand to mouth': -0.5,
  // set phrases whose words mislead a word lexicon
  'no doubt': 0.3,
  'without a doubt': 0.4,
  'no problem': 0.3,
  'no problems': 0.3,
  'no worries': 0.3,
  'no wonder': 0,
  'top notch': 0.6,
  'first class': 0.5,
  'waste of money': -0.6,
  'waste of time': -0.6,
  'piece of junk': -0.6,
  'piece of crap': -0.7,
  'pain in the ass': -0.6,
  'fell apart': -0.5,
  'falls apart': -0.5,
  'broke down': -0.4,
  'stopped working': -0.5,
  'works great': 0.6,
  'works well': 0.5,
};

// Index by first word so a sentence costs one map lookup per token.
const BY_FIRST = new Map<string, { words: string[]; score: number }[]>();
for (const [phrase, score] of Object.entries(IDIOMS)) {
  const words = phrase.split(' ');
  const list = BY_FIRST.get(words[0]) ?? [];
  list.push({ words, score });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST.set(words[0], list);
}

/** The idiom starting at token i (within [i, last]), longest first, or null. */
export function idiomAt(tokens: Token[], i: number, last: number): { last: number; score: number } | null {
  const list = BY_FIRST.get(tokens[i].norm);
  if (!list) return null;
  for (const { words, score } of list) {
    const end = i + words.length - 1;
    if (end > last) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k += 1) ok = tokens[i + k].norm === words[k];
    if (ok) return { last: end, score };
  }
  return null;
}
