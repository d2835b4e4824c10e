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

/** True when token `i` is negated by a negator within WINDOW words before it (not before `first`). */
export function isNegated(tokens: Token[], i: number, first: number): boolean {
  for (let d = 1; d <= WINDOW && i - d >= first; d += 1) {
    const t = tokens[i - d];
    if (SCOPE_END.has(t.norm) || t.type === 'punctuation') return false;
    if (NEGATORS.has(t.norm)) {
      // "not only", "no doubt" style idioms are not negations of what follows.
      const next = tokens[i - d + 1];
      return !(t.norm === 'not' && next && (next.norm === 'only' || next.norm === 'just'));
    }
  }
  return false;
}
