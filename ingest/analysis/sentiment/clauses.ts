/** Splits a sentence's tokens into clauses around contrast words, with the weight each clause gets. */
import type { Token } from '../tokens.ts';

/** Contrast words of one language: `pivot` words put the weight on what follows ("but"),
 * `concession` words introduce the clause that matters less ("although"). */
export type ContrastWords = { pivot: Set<string>; concession: Set<string> };

/** A clause: tokens [first, last] (inclusive) of the token array, and its weight in the sentence. */
export type Clause = { first: number; last: number; weight: number };

type Kind = 'plain' | 'pivot' | 'concession';

// VADER's weights for "but": words before count half, words after one and a half times.
// A concession ("although X") is weighted like the part before "but".
const MINOR = 0.5;
const MAJOR = 1.5;

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '-']);

/** Clauses of tokens [first, last]; a single clause of weight 1 when there is no contrast. */
export function splitClauses(tokens: Token[], first: number, last: number, words: ContrastWords): Clause[] {
  const parts: { first: number; kind: Kind }[] = [{ first, kind: 'plain' }];
  let inConcession = false;
  for (let i = first + 1; i <= last; i += 1) {
    const norm = tokens[i].norm;
    if (inConcession && CLAUSE_BREAK.has(norm) && i < last) {
      parts.push({ first: i + 1, kind: 'plain' });
      inConcession = false;
      continue;
    }
    if (isTrailing(tokens, i, last)) break;
    if (words.pivot.has(norm) && !(norm === 'yet' && tokens[i - 1].norm === 'not')) {
      parts.push({ first: i, kind: 'pivot' });
      inConcession = false;
    } else if (words.concession.has(norm) && !words.concession.has(tokens[i - 1].norm)) {
      parts.push({ first: i, kind: 'concession' });
      inConcession = true;
    }
  }
  // A sentence that opens with "Although" starts in a concession.
  if (words.concession.has(tokens[first].norm)) parts[0].kind = 'concession';
  if (parts.length === 1 && parts[0].kind === 'plain') return [{ first, last, weight: 1 }];
  let lastPivot = -1;
  parts.forEach((p, k) => { if (p.kind === 'pivot') lastPivot = k; });
  const hasConcession = parts.some((p) => p.kind === 'concession');
  return parts
    .map((p, k) => {
      const end = k + 1 < parts.length ? parts[k + 1].first - 1 : last;
      let weight = 1;
      if (p.kind === 'concession' || k < lastPivot) weight = MINOR;
      else if (p.kind === 'pivot' || hasConcession) weight = MAJOR;
      return { first: p.first, last: end, weight };
    })
    .filter((c) => c.last >= c.first);
}

/** "Not bad though." — a contrast word followed only by punctuation is no contrast. */
function isTrailing(tokens: Token[], i: number, last: number): boolean {
  for (let j = i + 1; j <= last; j += 1) if (tokens[j].type === 'word' || tokens[j].type === 'emoji') return false;
  return true;
}
