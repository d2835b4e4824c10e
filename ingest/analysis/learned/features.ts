/**
 * The features of a text span for the learned classifiers: hashed word unigrams and bigrams and
 * character 3-grams (per language; themes: character 5-grams), the lexicon-and-rules score (shared across
 * languages and per language), cue words (cues.ts), shape (question, "!", numbers, length) and,
 * for themes, the taxonomy matcher's hits. One sparse vector, built into a reusable buffer.
 */
import type { Token } from '../tokens.ts';
import { cuesFor } from './cues.ts';
import { FNV_SEED, fnv, fnvChar } from './hash.ts';

/** Number of hash buckets of the sentiment features (rows of its weight matrix). */
export const DIM = 1 << 18;
const MASK = DIM - 1;
/** Themes read a smaller vector (words, word stems, bigrams, character 5-grams, taxonomy hits):
 * 20 outputs a row over 2^18 rows would be 21 MB of weights, and each post's lookups would miss
 * the cache. 2^17 rather than 2^16 since the 5-grams came: 5-fold CV themes micro-F1 by sentence
 * de/en/fr/nl 0.674/0.654/0.670/0.666 at 2^17, 0.683/0.657/0.671/0.670 at 2^18 (model file 6.9 vs 9.1 MB). */
export const THEME_DIM = 1 << 17;
/** Themes also read each word's character 5-grams (compounds: "woningnood", "Wohnungssuche").
 * 5-fold CV on the training texts (bench/themes-cv.ts), themes micro-F1 by sentence de/en/fr/nl:
 * 0.657/0.642/0.663/0.660 without (2^16 rows), 0.674/0.649/0.666/0.662 with 4-grams (2^16),
 * 0.674/0.654/0.670/0.666 with 5-grams (2^17). */
const THEME_CHARS = 5;
const THEME_CHAR_WEIGHT = 0.5;
const THEME_MASK = THEME_DIM - 1;

/** Sparse feature vectors, reused between calls: `n` entries of (index, value) for sentiment
 * and `tn` for themes, and the indices of the span's word tokens (for explanations). `owner[k]` is
 * the token whose word made sentiment feature k (its unigram, the bigram ending at it, its stem,
 * character 3-grams and negation-scope hash), or -1 for the span's own features (bias, cues,
 * shape, lexicon score): explanations add a word's features up. `cur` is the token being read. */
export type Features = { idx: Int32Array; val: Float32Array; owner: Int32Array; n: number; cur: number; tidx: Int32Array; tval: Float32Array; tn: number; words: number[]; wordHashes: number[] };

/** What the lexicon scorer said of the span (null when the language has no lexicon). */
export type LexiconSignal = { score: number; label: string; positives: number; negatives: number } | null;

/** A new feature buffer (grows when a span needs more). */
export function newFeatures(capacity = 2048): Features {
  return { idx: new Int32Array(capacity), val: new Float32Array(capacity), owner: new Int32Array(capacity), n: 0, cur: -1, tidx: new Int32Array(capacity), tval: new Float32Array(capacity), tn: 0, words: [], wordHashes: [] };
}

function grow(a: Int32Array | Float32Array): any {
  const b = new (a.constructor as Int32ArrayConstructor)(a.length * 2);
  b.set(a);
  return b;
}

/** Adds a feature to the theme vector only. */
function pushTheme(f: Features, h: number, v: number): void {
  if (f.tn === f.tidx.length) { f.tidx = grow(f.tidx); f.tval = grow(f.tval); }
  f.tidx[f.tn] = h & THEME_MASK;
  f.tval[f.tn] = v;
  f.tn += 1;
}

/** Character n-grams of a word for themes (compounds: "woningnood", "Wohnungssuche"). */
function themeChars(f: Features, seed: number, w: string, n: number, v: number): void {
  for (let a = 0; a + n <= w.length; a += 1) {
    let h = seed;
    for (let b = a; b < a + n; b += 1) h = fnvChar(h, w.charCodeAt(b));
    pushTheme(f, h, v);
  }
}

/** Adds a sentiment feature; `themes` adds it to the theme vector too. */
function push(f: Features, h: number, v: number, themes = false): void {
  if (f.n === f.idx.length) { f.idx = grow(f.idx); f.val = grow(f.val); f.owner = grow(f.owner); }
  f.idx[f.n] = h & MASK;
  f.val[f.n] = v;
  f.owner[f.n] = f.cur;
  f.n += 1;
  if (!themes) return;
  if (f.tn === f.tidx.length) { f.tidx = grow(f.tidx); f.tval = grow(f.tval); }
  f.tidx[f.tn] = h & THEME_MASK;
  f.tval[f.tn] = v;
  f.tn += 1;
}

const SHARED = fnv(FNV_SEED, '*|');
/** What extractFeatures derives from the language alone, made once per language: its seeds
 * (seven hashes a call) and its cue words as one bit mask per word (one Map lookup a token
 * instead of six Set lookups). */
type LanguageSeeds = {
  lang: number; word: number; bigram: number; char: number; stem: number; themeChar: number; neg: number;
  cues: Map<string, number>;
};
const CUE_WISH = 1, CUE_IRONY = 2, CUE_CONTRAST = 4, CUE_NEGATION = 8, CUE_LACK = 16, CUE_MORE = 32;
const languageSeeds = new Map<string, LanguageSeeds>();
function seedsOf(language: string): LanguageSeeds {
  let s = languageSeeds.get(language);
  if (s !== undefined) return s;
  const lang = fnv(FNV_SEED, `${language}|`);
  const cueSets = cuesFor(language);
  const cues = new Map<string, number>();
  const mark = (words: Set<string>, bit: number) => { for (const w of words) cues.set(w, (cues.get(w) ?? 0) | bit); };
  mark(cueSets.wish, CUE_WISH);
  mark(cueSets.irony, CUE_IRONY);
  mark(cueSets.contrast, CUE_CONTRAST);
  mark(cueSets.negation, CUE_NEGATION);
  mark(cueSets.lack, CUE_LACK);
  mark(cueSets.more, CUE_MORE);
  s = {
    lang, word: fnv(lang, 'w|'), bigram: fnv(lang, 'b|'), char: fnv(lang, 'c|'), stem: fnv(lang, 'p|'),
    themeChar: fnv(lang, 't|'), neg: fnv(lang, 'n|'), cues,
  };
  languageSeeds.set(language, s);
  return s;
}

/** fnv over the first `n` code units of `s` (no substring). */
function fnvPrefix(h: number, s: string, n: number): number {
  for (let i = 0; i < n; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Code unit `p` of `^${w}$`, read without building it. */
function paddedCode(w: string, p: number): number {
  return p === 0 ? 94 : p === w.length + 1 ? 36 : w.charCodeAt(p - 1);
}

/** Whether `s` is all capitals (`s === s.toUpperCase() && s !== s.toLowerCase()`), without
 * allocating both case copies for the common word that has an ASCII small letter. */
function isShouted(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    // an ASCII small letter changes under toUpperCase: not all capitals
    if (c >= 97 && c <= 122) return false;
  }
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The row of a feature shared across languages ('bias', 'lex-positive', 'hit|housing'…): for priors. */
export function sharedRow(name: string, dim = DIM): number {
  return fnv(SHARED, name) & (dim - 1);
}

/** A dense feature both shared across languages and per language. */
function dense(f: Features, lang: number, name: string, v: number, themes = false): void {
  if (v === 0) return;
  push(f, fnv(SHARED, name), v, themes);
  push(f, fnv(lang, name), v, themes);
}

// French and Italian elisions ("l'hôpital", "dell'anno"): the word after the apostrophe.
const ELISION = /^[a-zà-ü]{1,5}['’]/;

/** The word form the n-grams see: numbers, links and handles collapse to one symbol each. */
function formOf(t: Token): string {
  switch (t.type) {
    case 'number': case 'ordinal': return '0';
    case 'url': return '<url>';
    case 'email': return '<email>';
    case 'mention': return '<at>';
    case 'hashtag': return t.norm.slice(1);
    default: return t.norm;
  }
}

/**
 * Features of tokens [first, last] of `text` in `language`. `lexicon` is the lexicon scorer's
 * verdict on the span; `hits` the theme ids the taxonomy matched in it. Word tokens' indices
 * are kept in `f.words` (for explanations). `themes` false leaves the theme vector empty (a whole
 * part's verdict needs only sentiment: its character 5-grams are then not hashed); the sentiment
 * vector is the same either way.
 */
export function extractFeatures(f: Features, tokens: Token[], first: number, last: number, text: string, language: string, lexicon: LexiconSignal, hits: string[], themes = true): Features {
  f.n = 0;
  f.tn = 0;
  f.cur = -1;
  f.words.length = 0;
  f.wordHashes.length = 0;
  const seeds = seedsOf(language);
  const { lang, cues } = seeds;
  const wordSeed = seeds.word;
  const bigramSeed = seeds.bigram;
  const charSeed = seeds.char;
  const stemSeed = seeds.stem;
  const themeCharSeed = seeds.themeChar;
  let words = 0;
  for (let i = first; i <= last; i += 1) if (tokens[i].type !== 'punctuation') words += 1;
  const scale = 1 / Math.sqrt(Math.max(1, words));
  push(f, fnv(SHARED, 'bias'), 1, themes);
  // negation scope: words after a negation cue, until punctuation, get a hash of their own as well
  // (5-fold CV en/nl/de/fr at 30 epochs: accuracy 0.7945 → 0.7966, reversals 7.48% → 7.31%)
  const negSeed = seeds.neg;
  let inNegation = false;
  let prev = '<s>';
  let wish = 0, irony = 0, contrast = 0, negation = 0, lack = 0, more = 0, digits = 0, caps = 0;
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    f.cur = i;
    let w = formOf(t);
    // the includes tests skip the regex for the words with no apostrophe (nearly all)
    if (t.type === 'word' && (w.includes("'") || w.includes('’')) && ELISION.test(w)) w = w.slice(w.search(/['’]/) + 1);
    const isWord = t.type !== 'punctuation';
    const unigram = fnv(wordSeed, w);
    push(f, unigram, scale, themes && isWord);
    push(f, fnv(fnvChar(fnv(bigramSeed, prev), 32), w), scale, themes && isWord);
    prev = w;
    if (!isWord) { inNegation = false; continue; }
    if (inNegation) push(f, fnv(negSeed, w), scale);
    // a word's first five letters: a cheap stem for inflections and compounds ("wohnungs…")
    if (w.length > 5) push(f, fnvPrefix(stemSeed, w, 5), scale, themes);
    if (themes && t.type === 'word' && w.length > THEME_CHARS) themeChars(f, themeCharSeed, w, THEME_CHARS, scale * THEME_CHAR_WEIGHT);
    if (t.type === 'number' || t.type === 'currency') digits += 1;
    if (t.type === 'word') {
      f.words.push(i);
      f.wordHashes.push(unigram);
      if (w.length > 2 && isShouted(t.value)) caps += 1;
      // character 3-grams of the padded word: inflections and compounds (4-grams as well measured
      // worse in cross-validation, de/en/fr/nl 0.708 → 0.717 without them, and cost a third more lookups)
      // over `^${w}$` read in place (no padded copy): position p of the padded word
      const padded = w.length + 2;
      for (let a = 0; a + 3 <= padded; a += 1) {
        let h = charSeed;
        h = fnvChar(h, paddedCode(w, a));
        h = fnvChar(h, paddedCode(w, a + 1));
        h = fnvChar(h, paddedCode(w, a + 2));
        push(f, h, scale * 0.5);
      }
    }
    const cue = cues.get(w) ?? 0;
    if (cue & CUE_WISH) wish += 1;
    if (cue & CUE_IRONY) irony += 1;
    if (cue & CUE_CONTRAST) contrast += 1;
    if ((cue & CUE_NEGATION) || w.endsWith("n't")) { negation += 1; inNegation = true; }
    if (cue & CUE_LACK) lack += 1;
    if (cue & CUE_MORE) { more += 1; if (i === first) dense(f, lang, 'more-first', 1); }
  }
  f.cur = -1;
  push(f, fnv(fnvChar(fnv(bigramSeed, prev), 32), '</s>'), scale);
  dense(f, lang, 'wish', Math.min(wish, 2));
  dense(f, lang, 'irony', Math.min(irony, 2));
  dense(f, lang, 'contrast', Math.min(contrast, 2));
  dense(f, lang, 'negation', Math.min(negation, 2));
  dense(f, lang, 'lack', Math.min(lack, 2));
  dense(f, lang, 'more', Math.min(more, 2));
  dense(f, lang, 'digits', digits > 0 ? 1 : 0);
  dense(f, lang, 'caps', caps > 0 ? 1 : 0);
  const span = last >= first ? text.slice(tokens[first].start, tokens[last].end) : '';
  const q = span.indexOf('?');
  dense(f, lang, 'question', q >= 0 ? 1 : 0);
  dense(f, lang, 'question-answered', q >= 0 && q < span.length - 2 ? 1 : 0);
  dense(f, lang, 'exclaim', span.includes('!') ? 1 : 0);
  dense(f, lang, 'ellipsis', span.includes('...') || span.includes('…') ? 1 : 0);
  dense(f, lang, 'quoted', /["“”«»„]/.test(span) ? 1 : 0);
  dense(f, lang, words <= 3 ? 'len-1' : words <= 8 ? 'len-2' : words <= 20 ? 'len-3' : 'len-4', 1);
  if (lexicon) {
    dense(f, lang, 'lex-pos', Math.max(0, lexicon.score) * 2);
    dense(f, lang, 'lex-neg', Math.max(0, -lexicon.score) * 2);
    dense(f, lang, `lex-${lexicon.label}`, 1);
    dense(f, lang, 'lex-positives', Math.min(lexicon.positives, 3) / 2);
    dense(f, lang, 'lex-negatives', Math.min(lexicon.negatives, 3) / 2);
    if (lexicon.positives > 0 && lexicon.negatives > 0) dense(f, lang, 'lex-both', 1);
    if (lexicon.positives === 0 && lexicon.negatives === 0) dense(f, lang, 'lex-none', 1);
  }
  for (const h of hits) {
    if (h.includes('|')) { if (themes) pushTheme(f, fnv(lang, `hit|${h}`), 1); }
    else dense(f, lang, `hit|${h}`, 1, themes);
  }
  return f;
}

/** The taxonomy hits as the features read them: each theme id once, and each (theme, term) pair
 * as `theme|term` (a per-language row with no prior), so the model learns which terms mislead in
 * context without deleting them. 5-fold CV by sentence (bench/themes-cv.ts), themes micro-F1
 * de/en/fr/nl: 0.674/0.654/0.670/0.666 without, 0.682/0.665/0.674/0.669 with; 1.9 more theme
 * features a text (69.6 → 71.5). The words right before and after each matched term with its theme
 * (`ctx|theme|word`, weight 0.5) as well measured worse: 0.680/0.661/0.669/0.668. */
export function hitKeys(matches: { id: string; term: string }[]): string[] {
  if (matches.length === 0) return [];
  const out = [...new Set(matches.map((m) => m.id))];
  for (const k of new Set(matches.map((m) => `${m.id}|${m.term}`))) out.push(k);
  return out;
}


