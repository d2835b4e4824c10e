/**
 * "Words the lexicons miss": terms frequent in the city's unclassified audience segments and rare
 * in its classified ones (a theme or a brand value covers them), by the log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", §3.5.3), after
 * dropping each language's stop words. Counts are segments using the term.
 *
 * For term w with u of the N_u unclassified and c of the N_c classified segments, and a prior of
 * α_w = α0 · (u + c) / (N_u + N_c) (the city's own rate of w, worth α0 segments):
 *   δ_w = ln((u + α_w) / (N_u + α0 − u − α_w)) − ln((c + α_w) / (N_c + α0 − c − α_w))
 *   σ²_w ≈ 1/(u + α_w) + 1/(c + α_w),  z_w = δ_w / σ_w
 * A term is suggested when z_w ≥ 1.645 (one-sided 95%) and e^δ_w ≥ 2 (its odds in unclassified
 * segments at least twice those in classified ones), strongest z first. A common word ("love",
 * "good", "city") used about as often in both is not; neither is any term when nothing is
 * classified (there is nothing to contrast with).
 */
import { createRequire } from 'node:module';
import type { Params, Store } from '../data/db/store.ts';
import { sql } from './sql.ts';

const require = createRequire(import.meta.url);
// stopwords-iso ships with `natural` (as ingest/analysis/terms.ts reads it): lists keyed by ISO 639-1
const STOPWORDS = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
const stopCache = new Map<string, Set<string>>();

/** The stop words of a language (an empty set for an unknown one). */
export function stopwordsOf(language: string | null): Set<string> {
  const key = language ?? 'en';
  let s = stopCache.get(key);
  if (!s) stopCache.set(key, (s = new Set(STOPWORDS[key] ?? [])));
  return s;
}

/**
 * A stop word of the segment's language or of English (the cities' posts switch into English
 * mid-sentence), or a phrase with one at either end ("the harbour", "harbour of").
 */
export function isStopTerm(term: string, language: string | null): boolean {
  const words = term.split(' ');
  return [stopwordsOf(language), stopwordsOf('en')].some((stop) => stop.has(term) || stop.has(words[0]) || stop.has(words[words.length - 1]));
}

export const PRIOR_SEGMENTS = 10;
export const MIN_Z = 1.645;
export const MIN_ODDS_RATIO = 2;

export type TermCounts = { term: string; u: number; c: number };
export type ScoredTerm = TermCounts & { delta: number; z: number };

/** The informative-prior log-odds of each term, unclassified against classified segments. */
export function logOdds(terms: TermCounts[], nU: number, nC: number, a0 = PRIOR_SEGMENTS): ScoredTerm[] {
  const total = nU + nC;
  if (total === 0) return [];
  return terms.map((t) => {
    const a = a0 * Math.min(1, (t.u + t.c) / total);
    const delta = Math.log((t.u + a) / Math.max(nU + a0 - t.u - a, 1e-9)) - Math.log((t.c + a) / Math.max(nC + a0 - t.c - a, 1e-9));
    const z = delta / Math.sqrt(1 / (t.u + a) + 1 / (t.c + a));
    return { ...t, delta, z };
  });
}


/** The suggested terms under the filters: { term, n unclassified segments }, at most `top`. */
export async function suggestedTerms(store: Store, p: Params, city: string, minCount = 3, top = 25): Promise<{ term: string; n: number }[]> {
  const [rows, totals] = await Promise.all([
    store.all<{ term: string; language: string | null; u: number; c: number }>(sql('suggested-terms'), { ...p, minCount }),
    store.all<{ unclassified: number; classified: number }>(sql('suggested-terms-totals'), p),
  ]);
  const byTerm = new Map<string, TermCounts>();
  for (const r of rows) {
    // the city's own name is no theme word
    if (isStopTerm(r.term, r.language) || r.term === city.toLowerCase()) continue;
    const t = byTerm.get(r.term) ?? { term: r.term, u: 0, c: 0 };
    t.u += r.u;
    t.c += r.c;
    byTerm.set(r.term, t);
  }
  const { unclassified, classified } = totals[0];
  return logOdds([...byTerm.values()].filter((t) => t.u >= minCount), unclassified, classified)
    .filter((t) => t.z >= MIN_Z && t.delta >= Math.log(MIN_ODDS_RATIO))
    .sort((a, b) => b.z - a.z || b.u - a.u || a.term.localeCompare(b.term))
    .slice(0, top)
    .map((t) => ({ term: t.term, n: t.u }));
}
