/**
 * The evidence filter and its URL form. `ev` carries what was clicked (and a label for the
 * drawer's heading); the drawer merges it over the page's URL filters, so a link reproduces it.
 */

/**
 * The keys a clicked figure can narrow the quotes by (the filters of `/api/quotes`). `city` is
 * for figures of another city than the page's (Compare); `item`, `answer`, `answerMin` and
 * `answerMax` select survey respondents by their closed answer (Survey); `stimulus` the turns
 * reacting to what a focus group was shown and `authenticity` segments judging authenticity (Brand);
 * `word` segments using a word as whole words (term drift).
 */
export const EVIDENCE_KEYS = [
  'city', 'theme', 'value', 'group', 'source', 'label', 'from', 'to', 'lang', 'role', 'origin', 'age', 'q',
  'item', 'answer', 'answerMin', 'answerMax', 'stay', 'stage', 'voice', 'stimulus', 'authenticity', 'word',
] as const;
export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];
export type EvidenceFilter = Partial<Record<EvidenceKey, string>>;

/** URL parameters a page may carry that `/api/quotes` also understands (besides the evidence keys). */
const PAGE_KEYS = ['minN', 'by', ...EVIDENCE_KEYS] as const;

/** What the `ev` parameter holds: the clicked filter and a human label of the figure. */
export type Evidence = { filter: EvidenceFilter; label: string };

/** `ev` value for an evidence filter: a small query string ("theme=housing&group=resident&t=…"). */
export function encodeEvidence(ev: Evidence): string {
  const q = new URLSearchParams();
  for (const k of EVIDENCE_KEYS) {
    const v = ev.filter[k];
    // '' is kept: it clears the page's filter of that key (mergedQuery)
    if (v != null) q.set(k, v);
  }
  if (ev.label) q.set('t', ev.label);
  return q.toString();
}

/** The evidence in a page's query string, or null when the drawer is closed. */
export function readEvidence(search: string): Evidence | null {
  const raw = new URLSearchParams(search).get('ev');
  if (raw == null) return null;
  const q = new URLSearchParams(raw);
  const filter: EvidenceFilter = {};
  for (const k of EVIDENCE_KEYS) {
    const v = q.get(k);
    if (v !== null) filter[k] = v;
  }
  return { filter, label: q.get('t') ?? '' };
}

/** The page's own filters from its query string (city, group, source, dates, …), without `ev`. */
export function pageFilters(search: string): Record<string, string> {
  const q = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const k of PAGE_KEYS) {
    const v = q.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** The quote query of a drawer: the clicked filter over the page's filters ("" clears a key). */
export function mergedQuery(search: string, ev: Evidence): Record<string, string> {
  const merged = pageFilters(search);
  for (const k of EVIDENCE_KEYS) {
    const v = ev.filter[k];
    if (v === undefined) continue;
    if (v === '') delete merged[k];
    else merged[k] = v;
  }
  return merged;
}

/** `search` with `ev` set (or removed when null), other parameters kept. */
export function withEvidence(search: string, ev: Evidence | null): string {
  const q = new URLSearchParams(search);
  if (ev) q.set('ev', encodeEvidence(ev));
  else q.delete('ev');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The Voices page URL showing the same quotes as the drawer. */
export function voicesHref(search: string, ev: Evidence): string {
  const q = new URLSearchParams(mergedQuery(search, ev));
  const s = q.toString();
  return `/voices${s ? `?${s}` : ''}`;
}

/** `href` (a path with an optional query) with the "view in context" parameters of a quote. */
export function contextHref(href: string, documentId: number, segmentId: number): string {
  const [path, query = ''] = href.split('?');
  const q = new URLSearchParams(query);
  q.set('doc', String(documentId));
  q.set('seg', String(segmentId));
  return `${path}?${q.toString()}`;
}
