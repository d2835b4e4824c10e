/**
 * The learned layer over the lexicon and the taxonomy: a sentence's label from its features,
 * and its themes (the matcher's hits kept or dropped in context, themes added where no term
 * matched). One interface, so a stronger model can replace it later without touching callers.
 */
import type { Label } from '../../../data/types.ts';
import type { Token } from '../tokens.ts';
import { extractFeatures, newFeatures, tokenFeatureIndices, type LexiconSignal } from './features.ts';
import { logits, sigmoid, softmax } from './linear.ts';
import type { LearnedModels } from './model-file.ts';

/** A span's verdict: label, a score in [-1, 1] that agrees with it, the class probabilities,
 * the words that moved it most, and each theme's probability. */
export type SpanVerdict = {
  label: Label;
  score: number;
  probs: Record<string, number>;
  words: { index: number; score: number }[];
  themes: { id: string; p: number }[];
};

/** What scores spans: the learned models today, anything with the same shape later. */
export type SpanScorer = {
  version: string;
  handles(language: string | null): boolean;
  score(tokens: Token[], first: number, last: number, text: string, language: string, lexicon: LexiconSignal, hits: string[]): SpanVerdict;
  /** The best sentiment class and the themes of an already extracted feature vector (training figures). */
  scoreFeatures(idx: Int32Array, val: Float32Array): { best: number; themes: string[] };
};

// Labels keep VADER's cut-offs: a positive verdict scores at least +0.05, a negative one at most
// −0.05, a neutral one stays inside, so a score read alone never contradicts its label.
const EDGE = 0.05;

/** A scorer from trained models. */
export function createLearnedScorer(m: LearnedModels): SpanScorer {
  const f = newFeatures();
  const zs = new Float64Array(m.sentiment.classes);
  const zt = new Float64Array(m.themes.classes);
  const languages = new Set(m.languages);
  const pos = m.sentimentLabels.indexOf('positive');
  const neg = m.sentimentLabels.indexOf('negative');
  return {
    version: m.version,
    handles: (language) => language !== null && languages.has(language),
    score(tokens, first, last, text, language, lexicon, hits) {
      extractFeatures(f, tokens, first, last, text, language, lexicon, hits);
      softmax(logits(m.sentiment, f.idx, f.val, f.n, zs));
      let best = 0;
      for (let c = 1; c < zs.length; c += 1) if (zs[c] > zs[best]) best = c;
      const label = m.sentimentLabels[best] as Label;
      const raw = zs[pos] - zs[neg];
      const score = round(label === 'positive' ? Math.max(EDGE, raw)
        : label === 'negative' ? Math.min(-EDGE, raw)
        : Math.max(-EDGE + 0.001, Math.min(EDGE - 0.001, raw * EDGE)));
      const probs: Record<string, number> = {};
      m.sentimentLabels.forEach((l, c) => { probs[l] = round(zs[c]); });
      sigmoid(logits(m.themes, f.idx, f.val, f.n, zt));
      const themes: { id: string; p: number }[] = [];
      for (let c = 0; c < zt.length; c += 1) if (zt[c] >= m.themeThreshold) themes.push({ id: m.themeIds[c], p: zt[c] });
      return { label, score, probs, words: wordWeights(m, tokens, f.words, language, pos, neg), themes };
    },
    scoreFeatures(idx, val) {
      softmax(logits(m.sentiment, idx, val, idx.length, zs));
      let best = 0;
      for (let c = 1; c < zs.length; c += 1) if (zs[c] > zs[best]) best = c;
      sigmoid(logits(m.themes, idx, val, idx.length, zt));
      const themes: string[] = [];
      for (let c = 0; c < zt.length; c += 1) if (zt[c] >= m.themeThreshold) themes.push(m.themeIds[c]);
      return { best, themes };
    },
  };
}

/** Each word's own push towards positive (> 0) or negative (< 0): its unigram weights. */
function wordWeights(m: LearnedModels, tokens: Token[], words: number[], language: string, pos: number, neg: number) {
  const C = m.sentiment.classes;
  const w = m.sentiment.weights;
  const out: { index: number; score: number }[] = [];
  for (const i of words) {
    let s = 0;
    for (const h of tokenFeatureIndices(tokens[i], language)) s += w[h * C + pos] - w[h * C + neg];
    if (Math.abs(s) >= 0.15) out.push({ index: i, score: round(s) });
  }
  return out;
}

/** The word that pushes theme `themeIndex` most, for a theme added without a matching term. */
export function strongestWordFor(m: LearnedModels, tokens: Token[], words: number[], language: string, themeIndex: number): number | null {
  const C = m.themes.classes;
  let best: number | null = null;
  let bestScore = 0;
  for (const i of words) {
    let s = 0;
    for (const h of tokenFeatureIndices(tokens[i], language)) s += m.themes.weights[h * C + themeIndex];
    if (s > bestScore) { bestScore = s; best = i; }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
