/** English sentence sentiment: wink's lexicon hits plus AFINN and domain terms, negation, boosters, caps, "!" and contrast. */
import type { Token } from '../tokens.ts';
import type { WinkHit } from '../wink.ts';
import { matchLexicon, type CompiledLexicon } from '../matcher.ts';
import { splitClauses, type ContrastWords } from './clauses.ts';
import { scoreClauses, type SentenceScore, type WordScore } from './combine.ts';
import { isNegated } from './negation.ts';
import { afinnScore, fallbackScore } from './english-lexicons.ts';

/** English contrast words (see clauses.ts for how each kind is weighted). */
export const EN_CONTRAST: ContrastWords = {
  pivot: new Set(['but', 'however', 'yet', 'nevertheless', 'nonetheless', 'except', 'whereas']),
  concession: new Set(['although', 'though', 'despite', 'while']),
};

// VADER's constants translated to our word scale: negation multiplies by −0.74, a booster or
// dampener adds/subtracts about 30% of the word's weight, shouting (CAPS in mixed case) 25%.
const NEGATION = -0.74;
const BOOST = 0.3;
const DAMPEN = -0.3;
const CAPS = 0.25;

const BOOSTERS = new Set(['very', 'really', 'so', 'extremely', 'super', 'totally', 'absolutely', 'incredibly', 'highly',
  'truly', 'too', 'such', 'most', 'completely', 'utterly', 'hugely', 'insanely', 'ridiculously', 'seriously', 'terribly',
  'awfully', 'deeply', 'especially', 'exceptionally', 'particularly', 'remarkably', 'way', 'much', 'fucking', 'damn', 'freaking']);
const DAMPENERS = new Set(['slightly', 'somewhat', 'kinda', 'barely', 'hardly', 'fairly', 'rather', 'marginally',
  'partly', 'little', 'bit', 'less', 'occasionally', 'almost', 'sort', 'kind']);
// Function words never carry sentiment ("looks like", "no job" is scored through negation).
const SILENT_POS = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'AUX', 'PART', 'PRON', 'NUM', 'PUNCT']);

/** Everything the scorer needs about one analysed part. */
export type EnglishContext = { tokens: Token[]; hits: WinkHit[]; domain: CompiledLexicon; domainScores: Map<string, number> };

/** Scores tokens [first, last] (one sentence) of an English part. */
export function scoreEnglish(ctx: EnglishContext, first: number, last: number, text: string): SentenceScore {
  const { tokens } = ctx;
  const words = new Map<number, WordScore>();
  for (const h of ctx.hits) {
    if (h.first < first || h.first > last || !countable(tokens, h, text)) continue;
    const a = h.first === h.last ? afinnScore(tokens[h.first]) : undefined;
    // Where both lexicons know a word, their mean: wink's scale is uneven ("love" 0.37, "ok" 0.75).
    const base = a === undefined ? h.score : (h.score + a) / 2;
    words.set(h.first, { first: h.first, last: Math.min(h.last, last), base });
  }
  addDomainTerms(ctx, words, first, last);
  // AFINN and pattern fill words wink's lexicon does not know.
  for (let i = first; i <= last; i += 1) {
    if (tokens[i].type !== 'word' || SILENT_POS.has(tokens[i].pos) || covered(words, i)) continue;
    const f = fallbackScore(tokens[i]);
    if (f !== undefined) words.set(i, { first: i, last: i, base: f });
  }
  const sentence = text.slice(tokens[first].start, tokens[last].end);
  const shouting = /[a-z]/.test(sentence) && /[A-Z]{2}/.test(sentence);
  for (const w of words.values()) w.base = adjust(tokens, w, first, shouting);
  const clauses = splitClauses(tokens, first, last, EN_CONTRAST);
  const exclamations = Math.min(4, (sentence.match(/!/g) ?? []).length);
  return scoreClauses(tokens, text, clauses, words, exclamations);
}

/** Domain terms replace wink's reading of the same words (longest term first); a 0 entry
 * silences a single word without touching a longer wink phrase around it ("well" vs "well made"). */
function addDomainTerms(ctx: EnglishContext, words: Map<number, WordScore>, first: number, last: number): void {
  const { tokens } = ctx;
  const spans: { i: number; j: number; score: number }[] = [];
  for (const m of matchLexicon(ctx.domain, tokens, first, last)) {
    const score = ctx.domainScores.get(m.term);
    if (score === undefined) continue;
    let i = first;
    while (i < last && tokens[i].start < m.start) i += 1;
    let j = i;
    while (j < last && tokens[j].end < m.end) j += 1;
    spans.push({ i, j, score });
  }
  spans.sort((a, b) => b.j - b.i - (a.j - a.i));
  const taken: { i: number; j: number }[] = [];
  for (const { i, j, score } of spans) {
    if (taken.some((t) => t.i <= j && i <= t.j)) continue;
    taken.push({ i, j });
    if (score === 0) {
      // Silence wink hits on these words, and phrases around them made only of stop words ("I wish").
      for (const [k, w] of [...words]) {
        if (k > j || w.last < i) continue;
        let other = false;
        for (let t = w.first; t <= w.last; t += 1) if ((t < i || t > j) && !tokens[t].stop) other = true;
        if (!other) words.delete(k);
      }
      if (!covered(words, i)) words.set(i, { first: i, last: j, base: 0 });
      continue;
    }
    for (const [k, w] of [...words]) if (k <= j && w.last >= i) words.delete(k);
    words.set(i, { first: i, last: j, base: score });
  }
}

/** Skips wink hits that are not words in context: ":/" inside "http://", "like" as a preposition. */
function countable(tokens: Token[], h: WinkHit, text: string): boolean {
  const t = tokens[h.first];
  if (t.type === 'emoticon' && t.start > 0 && /[\p{L}\p{N}]/u.test(text[t.start - 1])) return false;
  return !(h.first === h.last && SILENT_POS.has(t.pos) && t.type === 'word');
}

function covered(words: Map<number, WordScore>, i: number): boolean {
  for (const w of words.values()) if (w.first <= i && i <= w.last) return true;
  return false;
}

function adjust(tokens: Token[], w: WordScore, first: number, shouting: boolean): number {
  let s = w.base;
  const sign = Math.sign(s);
  for (let d = 1; d <= 3 && w.first - d >= first; d += 1) {
    const prev = tokens[w.first - d];
    if (prev.type === 'punctuation') break;
    const scale = 1 - 0.05 * (d - 1);
    if (BOOSTERS.has(prev.norm)) s += sign * BOOST * Math.abs(w.base) * scale;
    else if (DAMPENERS.has(prev.norm)) s += sign * DAMPEN * Math.abs(w.base) * scale;
  }
  const v = tokens[w.first].value;
  if (shouting && v.length > 1 && v === v.toUpperCase() && /[A-Z]/.test(v)) s += sign * CAPS * Math.abs(w.base);
  if (isNegated(tokens, w.first, first)) s *= NEGATION;
  return s;
}
