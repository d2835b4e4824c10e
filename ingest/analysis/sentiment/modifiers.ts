/** VADER's word rules on our [−1, 1] scale: boosters and dampeners ("kind of"), ALL-CAPS, "least", negation. */
import type { Token } from '../tokens.ts';
import { negationScalar } from './negation.ts';

// VADER's empirically derived constants (on its ±4 scale): a booster adds 0.293, a word in
// ALL-CAPS among lower-case words 0.733, negation multiplies by −0.74. Divided by 4 here.
const B_INCR = 0.293 / 4;
const C_INCR = 0.733 / 4;
const N_SCALAR = -0.74;
// A modifier two or three words back counts a little less (VADER: 0.95, 0.9).
const DISTANCE = [1, 0.95, 0.9];

// VADER's booster dictionary, then common intensifiers that are also rated words ("super",
// "damn", "pretty"). A booster loses its own rating only when it modifies a rated word: unlike
// VADER we keep "little" or "more" alone, since some rating beats none on short texts.
const VADER_BOOSTERS = ['absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply',
  'effing', 'enormously', 'entirely', 'especially', 'exceptionally', 'extremely', 'fabulously', 'flipping', 'flippin',
  'fricking', 'frickin', 'frigging', 'friggin', 'fully', 'fucking', 'greatly', 'hella', 'highly', 'hugely', 'incredibly',
  'intensely', 'majorly', 'more', 'most', 'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially',
  'thoroughly', 'totally', 'tremendously', 'uber', 'unbelievably', 'unusually', 'utterly', 'very'];
const RATED_BOOSTERS = ['super', 'truly', 'too', 'such', 'insanely', 'ridiculously', 'seriously', 'terribly', 'way', 'much', 'damn', 'freaking',
  'pretty', 'real', 'mega'];
// VADER's dampeners ("kind of" / "sort of" are handled as pairs below), then two of ours.
const VADER_DAMPENERS = ['almost', 'barely', 'hardly', 'kinda', 'kindof', 'less', 'little', 'marginally', 'occasionally',
  'partly', 'scarcely', 'slightly', 'somewhat', 'sorta', 'sortof'];
const RATED_DAMPENERS = ['fairly', 'rather'];
const BOOSTERS = new Set([...VADER_BOOSTERS, ...RATED_BOOSTERS]);
const DAMPENERS = new Set([...VADER_DAMPENERS, ...RATED_DAMPENERS]);

/** +1 for a booster at token j, −1 for a dampener (including the "of" of "kind of"), else 0. */
function modifierAt(tokens: Token[], j: number, first: number): number {
  const norm = tokens[j].norm;
  if (BOOSTERS.has(norm)) return 1;
  if (DAMPENERS.has(norm)) return -1;
  if (norm === 'of' && j > first && (tokens[j - 1].norm === 'kind' || tokens[j - 1].norm === 'sort')) return -1;
  return 0;
}

/** True when token i only modifies the next word ("pretty bad", "super friendly", "kind of"),
 * so its own lexicon valence must not count; `words` are the sentence's rated words by first token. */
export function isModifierOnly(tokens: Token[], i: number, last: number, words: Map<number, { base: number }>): boolean {
  const norm = tokens[i].norm;
  if ((norm === 'kind' || norm === 'sort') && i < last && tokens[i + 1].norm === 'of') return true;
  // "least" is a rule word, never rated (VADER): read by modify() as a negation of what follows
  // ("the least helpful"), and nothing in "at least".
  if (norm === 'least') return true;
  if (!BOOSTERS.has(norm) && !DAMPENERS.has(norm)) return false;
  // "damn good" boosts; "damn!" alone is still negative. Allow one more modifier between.
  for (let k = i + 1; k <= Math.min(last, i + 2); k += 1) {
    if ((words.get(k)?.base ?? 0) !== 0) return true;
    if (!BOOSTERS.has(tokens[k].norm) && !DAMPENERS.has(tokens[k].norm)) return false;
  }
  return false;
}

/** The valence of a word starting at token `at` after VADER's rules: ALL-CAPS emphasis when the
 * sentence is `shouting` (some words in caps, not all), boosters and dampeners up to three words
 * back, "least X" and negation (both flip by −0.74, "never so X" stresses by 1.25: negation.ts;
 * "no" itself is never negated: "no, no, no", nor are emoji and emoticons). */
export function modify(tokens: Token[], at: number, base: number, first: number, shouting: boolean): number {
  if (base === 0) return 0;
  const sign = Math.sign(base);
  let s = base;
  const v = tokens[at].value;
  if (shouting && isCaps(v)) s += sign * C_INCR;
  for (let d = 1; d <= 3 && at - d >= first; d += 1) {
    const prev = tokens[at - d];
    if (prev.type === 'punctuation') break;
    const m = modifierAt(tokens, at - d, first);
    if (m === 0) continue;
    let scalar = sign * m * B_INCR;
    if (shouting && isCaps(prev.value)) scalar += sign * C_INCR;
    s += scalar * DISTANCE[d - 1];
  }
  if (at - 1 >= first && tokens[at - 1].norm === 'least') {
    const before = at - 2 >= first ? tokens[at - 2].norm : '';
    if (before !== 'at' && before !== 'very') s *= N_SCALAR;
  } else if (tokens[at].norm !== 'no' && !isSymbol(tokens[at])) s *= negationScalar(tokens, at, first);
  return s;
}

/** Emoji and emoticons say how the writer feels; a negation before them ("no cheque :(") is no
 * negation of that feeling. */
function isSymbol(t: Token): boolean {
  return t.type !== 'word' && t.type !== 'hashtag';
}

/** A word written in capitals ("GREAT"), not a single letter or an acronym-length "I". */
export function isCaps(v: string): boolean {
  return v.length > 1 && v === v.toUpperCase() && /[A-Z]/.test(v);
}
