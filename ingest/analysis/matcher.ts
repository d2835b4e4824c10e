/** A token-sequence lexicon matcher: terms match whole tokens (or lemmas), never substrings. */
import type { TermMatch } from '../types.ts';
import type { Token } from './tokens.ts';
import { nlp, its } from './wink.ts';

/** One lexicon entry: a theme or a brand value with its terms and vetoing exclusions. */
export type LexiconEntry = { id: string; terms: string[]; exclusions?: string[] };

/** One term token: `prefix` terms ("wohnung*") match any token starting with the stem. */
type Step = { norm: string; lemma: string; prefix: boolean };
type Pattern = { id: string; term: string; steps: Step[]; exclusion: boolean };

/** A compiled lexicon, ready to run over tokens; `slot` is its place in each form's memo (see candidates). */
export type CompiledLexicon = { byKey: Map<string, Pattern[]>; size: number; hasStems: boolean; slot: number };

// Memo slots per form: more than the lexicons an analyzer runs at once (domain sentiment, themes
// per language, brand values); a lexicon that finds its slot taken by another just recomputes.
const SLOTS = 16;
let nextSlot = 0;

// Wildcard stems are indexed by their first characters; shorter stems would match too much.
const STEM_KEY = 3;

/** The index key of a `stem*` term, and of a token that might continue such a stem. */
export function stemKeyOf(norm: string): string {
  return `*${norm.slice(0, STEM_KEY)}`;
}

/** Compiles lexicon entries; terms are tokenised with wink so they split like the text does. */
export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const byKey = new Map<string, Pattern[]>();
  let size = 0;
  let hasStems = false;
  const add = (id: string, raw: string, exclusion: boolean) => {
    const steps = toSteps(raw);
    if (steps.length === 0) return;
    const pattern: Pattern = { id, term: raw.trim().toLowerCase(), steps, exclusion };
    const head = steps[0];
    if (head.prefix) hasStems = true;
    const key = head.prefix ? stemKeyOf(head.norm) : head.norm;
    const list = byKey.get(key) ?? [];
    list.push(pattern);
    byKey.set(key, list);
    size += 1;
  };
  for (const e of entries) {
    for (const t of e.terms) add(e.id, t, false);
    for (const x of e.exclusions ?? []) add(e.id, x, true);
  }
  return { byKey, size, hasStems, slot: nextSlot++ % SLOTS };
}

function toSteps(raw: string): Step[] {
  const term = raw.trim();
  const wild = term.endsWith('*');
  const body = (wild ? term.slice(0, -1) : term).trim();
  if (body.length === 0) return [];
  const doc = nlp.readDoc(body);
  const norms = (doc.tokens().out(its.normal) as string[]).map((s) => s.toLowerCase());
  const lemmas = (doc.tokens().out(its.lemma as unknown as typeof its.value) as string[]).map((s) => s.toLowerCase());
  const steps = norms.map((norm, i) => ({ norm, lemma: lemmas[i] || norm, prefix: false }));
  if (wild && steps.length > 0) {
    const lastStep = steps[steps.length - 1];
    if (lastStep.norm.length >= STEM_KEY) lastStep.prefix = true;
  }
  return steps;
}

function stepMatches(step: Step, t: Token): boolean {
  if (step.prefix) return t.norm.startsWith(step.norm);
  if (t.norm === step.norm || t.lemma === step.norm) return true;
  // Compare lemmas only when the term is itself a base form: "permit" matches "permits",
  // but "housing" must not widen to every "house".
  return step.norm === step.lemma && t.lemma === step.lemma;
}

/** A lexicon hit over tokens [i, j] (inclusive). */
export type SpanMatch = { id: string; term: string; i: number; j: number };

/** Matches over tokens [first, last]; per id the longest non-overlapping hits, minus excluded ones. */
export function matchLexicon(lex: CompiledLexicon, tokens: Token[], first = 0, last = tokens.length - 1): TermMatch[] {
  const spans = matchSpans(lex, tokens, first, last);
  return spans.length === 0 ? [] : spans.map((m) => ({ id: m.id, term: m.term, start: tokens[m.i].start, end: tokens[m.j].end }));
}

const NO_SPANS: SpanMatch[] = [];
type Hit = { p: Pattern; i: number; j: number };

/** matchLexicon's hits as token spans (an empty result is shared: do not modify it). */
export function matchSpans(lex: CompiledLexicon, tokens: Token[], first = 0, last = tokens.length - 1): SpanMatch[] {
  if (lex.size === 0) return NO_SPANS;
  let hits: Hit[] | null = null;
  for (let i = first; i <= last; i += 1) {
    const list = candidates(lex, tokens[i]);
    if (list !== null) hits = tryPatterns(list, tokens, i, last, hits);
  }
  return hits === null ? NO_SPANS : resolve(hits);
}

/** The patterns a token can start: by form, by lemma, and by stem for `stem*` terms; null when
 * none. Memoised on the token's shared form: this runs for every token of every text, and most
 * words repeat, so a lexicon's Map is asked once per word form instead of once per token. */
function candidates(lex: CompiledLexicon, t: Token): Pattern[] | null {
  // key and value side by side in one array: a hit reads one object less (a cache miss for
  // most tokens, whose forms lie all over the heap)
  const memo = t.form.memo;
  const k = 2 * lex.slot;
  if (memo[k] === lex) return memo[k + 1] as Pattern[] | null;
  const byNorm = lex.byKey.get(t.norm);
  const byLemma = t.lemma !== t.norm ? lex.byKey.get(t.lemma) : undefined;
  const byStem = lex.hasStems && t.norm.length >= STEM_KEY ? lex.byKey.get(stemKeyOf(t.norm)) : undefined;
  const parts = [byNorm, byLemma, byStem].filter((l) => l !== undefined);
  const list = parts.length === 0 ? null : parts.length === 1 ? parts[0] : parts.flat();
  memo[k] = lex;
  memo[k + 1] = list;
  return list;
}

function tryPatterns(list: Pattern[], tokens: Token[], i: number, last: number, hits: Hit[] | null): Hit[] | null {
  for (const p of list) {
    const n = p.steps.length;
    if (i + n - 1 > last) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k += 1) ok = stepMatches(p.steps[k], tokens[i + k]);
    if (ok) (hits ??= []).push({ p, i, j: i + n - 1 });
  }
  return hits;
}

/** Per id the longest non-overlapping hits, minus those an exclusion of the same id overlaps. */
function resolve(hits: Hit[]): SpanMatch[] {
  const vetoes = hits.filter((h) => h.p.exclusion);
  hits.sort((x, y) => x.i - y.i || y.j - x.j);
  const out: SpanMatch[] = [];
  const lastEnd = new Map<string, number>();
  for (const h of hits) {
    if (h.p.exclusion) continue;
    if ((lastEnd.get(h.p.id) ?? -1) >= h.i) continue;
    if (vetoes.some((v) => v.p.id === h.p.id && v.i <= h.j && h.i <= v.j)) continue;
    lastEnd.set(h.p.id, h.j);
    out.push({ id: h.p.id, term: h.p.term, i: h.i, j: h.j });
  }
  return out;
}
