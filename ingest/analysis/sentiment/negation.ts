/** English negation scope: a negator up to three words before a sentiment word flips it. */
import type { Token } from '../tokens.ts';

// VADER's negators (less "despite", a concession here) plus "no" and "lack".
// wink normalises "n't" to "not"; the apostrophe-less forms are common in posts.
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without',
  'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'couldnt', 'wouldnt', 'shouldnt',
  'wont', 'aint', 'hasnt', 'havent', 'hadnt', 'lack', 'lacks', 'lacking', 'neednt', 'mightnt', 'mustnt', 'shant',
  'darent', 'oughtnt', 'nope', 'rarely', 'seldom']);
// Words that end the scope: contrast and clause punctuation.
const SCOPE_END = new Set(['but', 'however', 'yet', 'although', 'though', ',', ';', ':', '.', '!', '?', '-', '—', '(', ')', '"']);

// wink's own flag runs to the end of the clause ("isn't working is trending lol thats funny"
// negates "funny"); VADER looks three words back, which reads short posts better.
const WINDOW = 3;

/** VADER's "never so/this" rule: "never been so happy", "haven't been this sore in a while"
 * stress the word instead of negating it. */
const STRESSED = 1.25;
const N_SCALAR = -0.74;
const SO_THIS = new Set(['so', 'this']);

/** The factor negation applies to token `i` (VADER's rules): −0.74 when a negator within WINDOW
 * words before it (not before `first`) negates it; 1.25 for "never so/this X" and for "so/this X"
 * with the negator three words back; else 1. */
export function negationScalar(tokens: Token[], i: number, first: number): number {
  const d = negatorDistance(tokens, i, first);
  if (d === 0) return 1;
  const stressed = d === 2 ? tokens[i - 2].norm === 'never' && SO_THIS.has(tokens[i - 1].norm)
    : d === 3 && (SO_THIS.has(tokens[i - 1].norm) || (tokens[i - 3].norm === 'never' && SO_THIS.has(tokens[i - 2].norm)));
  return stressed ? STRESSED : N_SCALAR;
}

/** How many tokens before `i` the negator negating it stands (within WINDOW, not before `first`); 0 when none. */
function negatorDistance(tokens: Token[], i: number, first: number): number {
  for (let d = 1; d <= WINDOW && i - d >= first; d += 1) {
    const t = tokens[i - d];
    if (SCOPE_END.has(t.norm) || t.type === 'punctuation') return 0;
    if (NEGATORS.has(t.norm)) {
      // "not only", "no doubt" style idioms are not negations of what follows.
      const next = tokens[i - d + 1];
      return t.norm === 'not' && next && (next.norm === 'only' || next.norm === 'just') ? 0 : d;
    }
  }
  return 0;
}
