/**
 * The words people used about a stimulus: terms frequent in the segments reacting to it and rare in
 * the city's other focus-group segments, by the informative-prior log-odds of suggested-terms.ts
 * (Monroe, Colaresi & Quinn 2008). Focus groups are small, so a term needs only to be used in 2 of
 * the stimulus's segments and to lean towards it (δ > 0); the strongest z come first.
 */
import { isStopTerm, logOdds, stopwordsOf, type TermCounts } from './suggested-terms.ts';

export type TermRow = { stimulus: string; group: string; language: string | null; term: string; n: number };
export type SizeRow = { stimulus: string; group: string; n: number };

export const MIN_SEGMENTS = 2;
export const TOP_WORDS = 8;

/** A stop word, or an elision of stop words ("c'est", "l'on", "dat's"), in the segment's language or English. */
function isStop(term: string, language: string | null): boolean {
  if (isStopTerm(term, language)) return true;
  const parts = term.split(/['’]/);
  return parts.length > 1 && parts.every((p) => p === '' || p.length === 1 || stopwordsOf(language).has(p) || stopwordsOf('en').has(p));
}

/** Distinctive words of (stimulus, group); group 'all' = every group. `city` is never a word. */
export function stimulusWords(terms: TermRow[], sizes: SizeRow[], stimulus: string, group: string, city: string): { term: string; n: number }[] {
  const inCell = (r: { stimulus: string; group: string }) => r.stimulus === stimulus && (group === 'all' || r.group === group);
  const nU = sizes.filter(inCell).reduce((s, r) => s + r.n, 0);
  const nC = sizes.filter((r) => r.stimulus !== stimulus).reduce((s, r) => s + r.n, 0);
  const byTerm = new Map<string, TermCounts>();
  for (const r of terms) {
    if (isStop(r.term, r.language) || r.term === city.toLowerCase()) continue;
    const t = byTerm.get(r.term) ?? { term: r.term, u: 0, c: 0 };
    if (inCell(r)) t.u += r.n;
    else if (r.stimulus !== stimulus) t.c += r.n;
    byTerm.set(r.term, t);
  }
  return logOdds([...byTerm.values()].filter((t) => t.u >= MIN_SEGMENTS), nU, nC)
    .filter((t) => t.delta > 0)
    .sort((a, b) => b.z - a.z || b.u - a.u || a.term.localeCompare(b.term))
    .slice(0, TOP_WORDS)
    .map((t) => ({ term: t.term, n: t.u }));
}
