/**
 * The learned layer over the lexicon and the taxonomy: a sentence's label from its features,
 * and its themes (the matcher's hits kept or dropped in context, themes added where no term
 * matched). One interface, so a stronger model can replace it later without touching callers.
 */
import type { Label } from '../../../data/types.ts';
import type { Token } from '../tokens.ts';
import { extractFeatures, newFeatures, type Features, type LexiconSignal } from './features.ts';
import { logits, sigmoid, softmax } from './linear.ts';
import type { LearnedModels } from './model-file.ts';
import { backOff } from './backoff.ts';

/** A span's verdict: label, a score in [-1, 1] that agrees with it, the class probabilities,
 * the words that moved it most, and each theme's probability. */
export type SpanVerdict = {
  label: Label;
  score: number;
  words: { index: number; score: number }[];
  themes: { id: string; p: number }[];
  /** When no theme was kept: the likeliest one if it reaches the models' text bar, with the word
   * (token index) that pushes it most (the text fallback in analyze reads it); else null. */
  top: { id: string; p: number; word: number } | null;
  /** The span's word tokens and their unigram hashes (valid until the scorer's next call). */
  wordTokens?: number[];
  wordHashes: number[];
};

/** What scores spans: the learned models today, anything with the same shape later. */
export type SpanScorer = {
  version: string;
  handles(language: string | null): boolean;
  /** `sentimentOnly`: no themes and no word weights (a whole part's verdict needs only its label). */
  score(tokens: Token[], first: number, last: number, text: string, language: string, lexicon: LexiconSignal, hits: string[], sentimentOnly?: boolean): SpanVerdict;
  /** The best sentiment class and the themes of an already extracted feature vector (training
   * figures); with the lexicon's verdict and the word hashes, the out-of-domain back-off applies as in `score`. */
  scoreFeatures(idx: Int32Array, val: Float32Array, tidx: Int32Array, tval: Float32Array, backoff?: { lexicon: LexiconSignal; words: ArrayLike<number>; hits: number; text: { lang: string } }): { best: number; themes: string[] };
};

// Labels keep VADER's cut-offs: a positive verdict scores at least +0.05, a negative one at most
// −0.05, a neutral one stays inside, so a score read alone never contradicts its label.
const EDGE = 0.05;
/** Words whose push is smaller than this (in logits) are left out of the explanation. */
const MIN_WORD_PUSH = 0.1;

/** A scorer from trained models. */
export function createLearnedScorer(m: LearnedModels): SpanScorer {
  const f = newFeatures();
  const zs = new Float64Array(m.sentiment.classes);
  const zt = new Float64Array(m.themes.classes);
  const languages = new Set(m.languages);
  const pos = m.sentimentLabels.indexOf('positive');
  const neg = m.sentimentLabels.indexOf('negative');
  const backsOff = (language: string) => Boolean(m.seen && m.backoff?.languages?.includes(language));
  return {
    version: m.version,
    handles: (language) => language !== null && languages.has(language),
    score(tokens, first, last, text, language, lexicon, hits, sentimentOnly = false) {
      extractFeatures(f, tokens, first, last, text, language, lexicon, hits, !sentimentOnly);
      softmax(logits(m.sentiment, f.idx, f.val, f.n, zs));
      if (backsOff(language)) backOff(zs, m.sentimentLabels, lexicon, hits.length, m.seen!, f.wordHashes, m.backoff!);
      const best = argmax(zs);
      const label = m.sentimentLabels[best] as Label;
      const raw = zs[pos] - zs[neg];
      const score = round(label === 'positive' ? Math.max(EDGE, raw)
        : label === 'negative' ? Math.min(-EDGE, raw)
        : Math.max(-EDGE + 0.001, Math.min(EDGE - 0.001, raw * EDGE)));
      if (sentimentOnly) return { label, score, words: [], themes: [], top: null, wordTokens: f.words, wordHashes: f.wordHashes };
      sigmoid(logits(m.themes, f.tidx, f.tval, f.tn, zt));
      const themes = pickThemes(m, zt).map((c) => ({ id: m.themeIds[c], p: zt[c] }));
      return { label, score, words: wordWeights(m, f, first, last, pos, neg), themes, top: themes.length === 0 ? topTheme(m, zt, f.words, f.wordHashes) : null, wordTokens: f.words, wordHashes: f.wordHashes };
    },
    scoreFeatures(idx, val, tidx, tval, b) {
      softmax(logits(m.sentiment, idx, val, idx.length, zs));
      if (b && backsOff(b.text.lang)) backOff(zs, m.sentimentLabels, b.lexicon, b.hits, m.seen!, b.words, m.backoff!);
      const best = argmax(zs);
      sigmoid(logits(m.themes, tidx, tval, tidx.length, zt));
      const picked = pickThemes(m, zt);
      // a whole text that kept no theme: the text fallback, as analyze applies it
      if (picked.length === 0 && m.themeTextFallback !== undefined) {
        const top = argmax(zt);
        if (zt[top] >= m.themeTextFallback) picked.push(top);
      }
      return { best, themes: picked.map((c) => m.themeIds[c]) };
    },
  };
}

/** The themes (indices) a span gets: every one at the threshold, else the likeliest one when it
 * reaches the fallback (most texts people write about a city are about something). */
function pickThemes(m: LearnedModels, p: Float64Array): number[] {
  const out: number[] = [];
  let best = 0;
  for (let c = 0; c < p.length; c += 1) {
    if (p[c] >= m.themeThreshold) out.push(c);
    if (p[c] > p[best]) best = c;
  }
  if (out.length === 0 && p[best] >= (m.themeFallback ?? 1)) out.push(best);
  return out;
}

/** The likeliest theme of a span that kept none, when it reaches the text bar and a word pushes it. */
function topTheme(m: LearnedModels, p: Float64Array, words: number[], hashes: number[]): { id: string; p: number; word: number } | null {
  if (m.themeTextFallback === undefined) return null;
  const top = argmax(p);
  if (p[top] < m.themeTextFallback) return null;
  const word = strongestWordFor(m, words, hashes, top);
  return word === null ? null : { id: m.themeIds[top], p: p[top], word };
}

/**
 * Each word's push towards positive (> 0) or negative (< 0): the sum over the features the word
 * made (unigram, the bigram ending at it, stem, character 3-grams, negation scope) of value ×
 * (positive weight − negative weight), its exact share of the two classes' logit difference.
 * The unigram weight alone disagreed in sign with 13% of polar verdicts on the training texts.
 */
function wordWeights(m: LearnedModels, f: Features, first: number, last: number, pos: number, neg: number) {
  const C = m.sentiment.classes;
  const w = m.sentiment.weights;
  const push = new Float64Array(last - first + 1);
  for (let k = 0; k < f.n; k += 1) {
    const owner = f.owner[k];
    if (owner < 0) continue;
    const row = f.idx[k] * C;
    push[owner - first] += f.val[k] * (w[row + pos] - w[row + neg]);
  }
  const out: { index: number; score: number }[] = [];
  for (const index of f.words) {
    const s = push[index - first];
    if (Math.abs(s) >= MIN_WORD_PUSH) out.push({ index, score: round(s) });
  }
  return out;
}

/** The word (token index) that pushes theme `themeIndex` most, for a theme added without a
 * matching term; `words`/`hashes` as a verdict gives them. */
export function strongestWordFor(m: LearnedModels, words: number[], hashes: number[], themeIndex: number): number | null {
  const C = m.themes.classes;
  let best: number | null = null;
  let bestScore = 0;
  const mask = m.themes.dim - 1;
  for (let k = 0; k < words.length; k += 1) {
    const s = m.themes.weights[(hashes[k] & mask) * C + themeIndex];
    if (s > bestScore) { bestScore = s; best = words[k]; }
  }
  return best;
}

/** The index of the largest value (the first of equals). */
function argmax(p: Float64Array): number {
  let best = 0;
  for (let c = 1; c < p.length; c += 1) if (p[c] > p[best]) best = c;
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
