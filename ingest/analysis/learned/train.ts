/**
 * Training the learned layer: features of every labelled text (through the analyzer, so training
 * and analysis read texts the same way), a softmax model for sentiment and one-vs-rest models for
 * themes, and k-fold cross-validation for figures on data that has no held-out split.
 * Deterministic: the same examples in the same order give the same weights.
 */
import { LABELS, THEME_IDS, THEMES_NOT_IN_CORPUS } from '../../../data/types.ts';
import type { Analyzer } from '../index.ts';
import type { LabelledText } from './corpus.ts';
import { DIM, THEME_DIM, extractFeatures, newFeatures, sharedRow, type LexiconSignal } from './features.ts';
import { BACKOFF, seenSet } from './backoff.ts';
import { languageWords } from './language-words.ts';
import { vaderScore } from '../sentiment/english-lexicons.ts';
import { trainLinear, type LinearModel, type SparseExample } from './linear.ts';
import type { LearnedModels } from './model-file.ts';
import { createLearnedScorer } from './scorer.ts';
import { FNV_SEED, fnv, fnvChar } from './hash.ts';

/** A labelled text with how much it counts in training and whether its themes are labelled. */
export type TrainingText = LabelledText & { weight?: number; themesLabelled?: boolean };

/** A text read into features once, for training and cross-validation alike. */
export type Featured = { text: TrainingText; idx: Int32Array; val: Float32Array; tidx: Int32Array; tval: Float32Array;
  /** The lexicon's verdict, the word unigram hashes and the number of taxonomy hits (for the out-of-domain back-off). */
  lexicon: LexiconSignal; words: Uint32Array; hits: number };

// One threshold for kept taxonomy hits and added themes. A lower bar for kept hits (0.15) gained
// 1.3 points of themes micro-F1 in 5-fold CV, all of it recall; precision fell (known answers
// 0.74 -> 0.68), and a quote filed under a theme it is not about is what a reader sees first.
// themeFallback 1 = no fallback theme: cross-validation on whole texts favoured one (p ≥ 0.1), but the
// product labels each sentence, and there it tagged "I moved here in 2019." social_life and lowered
// themes F1 on the test split (en 0.645 → 0.622) and on the real-text set (0.236 → 0.150).
// Sentiment epochs 30 (was 12), by 5-fold CV (en/nl/de/fr mean accuracy, with the back-off): 8 → 0.790,
// 20 → 0.794, 30 → 0.797 (with negation scope; without it 30 epochs gave 0.7945, reversals 7.5%);
// l2 3e-4 → 0.791 and 3e-3 → 0.790 against 0.792 at 1e-3; averaged weights (epochs 4-12) → 0.791.
// No themeTextFallback (models may carry one; the scorer reads it): at 0.2 a part none of whose sentences kept a theme gets its likeliest sentence's
// likeliest theme at p ≥ 0.2 (a whole part, not every sentence). 5-fold CV by sentence (bench/themes-cv.ts),
// themes micro-F1 de/en/fr/nl: none .682/.665/.674/.669, 0.1 .686/.666/.682/.670, 0.15 .688/.669/.684/.673,
// 0.2 .686/.667/.681/.674, 0.25 .684/.665/.678/.672; a per-sentence fallback at the same bars did not help
// (0.2: .681/.662/.677/.668). Off: it gave "My allotment is the best thing about this town." a theme, so a
// word in no theme was no longer found among the unclassified and suggested as a new term (tests/server/theme-terms).
// themeL2 3e-3 (pulls the theme weights harder towards the taxonomy prior): 5-fold CV themes micro-F1
// by sentence, all languages, 0.642 at 1e-3, 0.650 at 3e-3, 0.647 at 1e-2, 0.629 at 1e-4.
export const TRAINING = { epochs: 30, rate: 0.08, l2: 1e-3, seed: 20261207, themeEpochs: 12, themeRate: 0.08, themeL2: 3e-3, themeThreshold: 0.3, themeFallback: 1 } as const;
// Priors in logits: a taxonomy hit alone gives its theme p ≈ 0.73 (−3 + 4), no hit p ≈ 0.05.
const PRIOR = { lexiconLabel: 1.5, lexiconScore: 1, themeBias: -3, themeHit: 4 } as const;

/** Reads every text into features with its gold language (the corpus records it). */
export function featurize(texts: TrainingText[], analyzer: Analyzer): Featured[] {
  const f = newFeatures();
  return texts.map((t) => {
    const { tokens, lexicon, hits } = analyzer.spanInputs(t.text, t.lang);
    extractFeatures(f, tokens, 0, tokens.length - 1, t.text, t.lang, lexicon, hits);
    return { text: t, idx: f.idx.slice(0, f.n), val: f.val.slice(0, f.n), tidx: f.tidx.slice(0, f.tn), tval: f.tval.slice(0, f.tn), lexicon, words: Uint32Array.from(f.wordHashes), hits: hits.length };
  });
}

/** Trains both models from featured texts. */
export function trainFromFeatures(rows: Featured[], meta: Record<string, unknown> = {}): LearnedModels {
  const labels = [...LABELS] as string[];
  const themeIds = [...THEME_IDS] as string[];
  const sentimentRows: SparseExample[] = rows.map((r) => ({ idx: r.idx, val: r.val, gold: labels.indexOf(r.text.sentiment), weight: r.text.weight ?? 1 }));
  const common = { epochs: TRAINING.epochs, rate: TRAINING.rate, l2: TRAINING.l2, seed: TRAINING.seed };
  const sentiment = trainLinear(sentimentRows, { ...common, dim: DIM, classes: labels.length, multiLabel: false, prior: sentimentPrior(labels) });
  const themes = trainThemeModel(rows);
  const languages = [...new Set(rows.map((r) => r.text.lang))].sort();
  // the data, the settings and the weights: new features or settings on the same data make a new model too
  const data = fnv(FNV_SEED, rows.map((r) => `${r.text.id}:${r.text.sentiment}:${r.text.themes.join(',')}`).join('|'));
  const weighted = rows.filter((r) => (r.text.weight ?? 1) > 0);
  const seen = seenSet(weighted.map((r) => r.words));
  const words = languageWords(weighted.map((r) => r.text), (w) => vaderScore(w) !== undefined);
  const settings = fnv(data, JSON.stringify({ TRAINING, BACKOFF, words }));
  const version = `m-${weightsDigest(weightsDigest(settings, sentiment.weights), themes.weights).toString(16)}`;
  return { version, languages, sentimentLabels: labels, sentiment, themeIds, themes, themeThreshold: TRAINING.themeThreshold, themeFallback: TRAINING.themeFallback, meta, seen, backoff: BACKOFF, languageWords: words };
}

/** Continues a 32-bit FNV-1a hash over the bit patterns of `w`. */
function weightsDigest(h: number, w: Float32Array): number {
  const bits = new Uint32Array(w.buffer, w.byteOffset, w.length);
  for (let i = 0; i < bits.length; i += 1) h = fnvChar(h, bits[i]);
  return h;
}

/** The prior of the sentiment model: the lexicon's own label, so texts like none in the corpus
 * fall back to the lexicon rather than to nothing. */
function sentimentPrior(labels: string[]): Float32Array {
  const C = labels.length;
  const w = new Float32Array(DIM * C);
  for (const l of labels) w[sharedRow(`lex-${l}`) * C + labels.indexOf(l)] = PRIOR.lexiconLabel;
  w[sharedRow('lex-pos') * C + labels.indexOf('positive')] = PRIOR.lexiconScore;
  w[sharedRow('lex-neg') * C + labels.indexOf('negative')] = PRIOR.lexiconScore;
  return w;
}

/** How the theme models are trained (TRAINING's theme settings by default; bench/themes-cv.ts varies them). */
export type ThemeTraining = { epochs: number; rate: number; l2: number; bias: number; hit: number };
export const THEME_TRAINING: ThemeTraining = { epochs: TRAINING.themeEpochs, rate: TRAINING.themeRate, l2: TRAINING.themeL2, bias: PRIOR.themeBias, hit: PRIOR.themeHit };

/** The one-vs-rest theme models of featured texts (those whose themes are labelled). */
export function trainThemeModel(rows: Featured[], o: ThemeTraining = THEME_TRAINING): LinearModel {
  const themeIds = [...THEME_IDS] as string[];
  const themeRows: SparseExample[] = rows.filter((r) => r.text.themesLabelled !== false)
    .map((r) => ({ idx: r.tidx, val: r.tval, gold: r.text.themes.map((t) => themeIds.indexOf(t)), weight: r.text.weight ?? 1 }));
  return trainLinear(themeRows, { epochs: o.epochs, rate: o.rate, l2: o.l2, seed: TRAINING.seed, dim: THEME_DIM, classes: themeIds.length, multiLabel: true, prior: themePrior(themeIds, o), frozen: THEMES_NOT_IN_CORPUS.map((t) => themeIds.indexOf(t)) });
}

/** The prior of the theme models: the taxonomy is the backbone, a term hit means its theme. */
function themePrior(themeIds: string[], o: ThemeTraining): Float32Array {
  const C = themeIds.length;
  const w = new Float32Array(THEME_DIM * C);
  const bias = sharedRow('bias', THEME_DIM);
  themeIds.forEach((t, c) => {
    w[bias * C + c] = o.bias;
    w[sharedRow(`hit|${t}`, THEME_DIM) * C + c] = o.hit;
  });
  return w;
}

/** Agreement figures of one language: n, 4-class accuracy and macro-F1, reversals, themes micro-F1. */
export type Agreement = { n: number; accuracy: number; macroF1: number; reversals: number; themesMicroF1: number | null };

/** Per-language agreement of models with featured texts (texts the models were not trained on). */
export function agreement(models: LearnedModels, rows: Featured[]): Record<string, Agreement> {
  const byLang = new Map<string, { gold: string[]; pred: string[]; gt: string[][]; pt: string[][] }>();
  const labels = models.sentimentLabels;
  const themeScorer = createLearnedScorer(models);
  for (const r of rows) {
    const v = themeScorer.scoreFeatures(r.idx, r.val, r.tidx, r.tval, r);
    const acc = byLang.get(r.text.lang) ?? { gold: [], pred: [], gt: [], pt: [] };
    acc.gold.push(r.text.sentiment);
    acc.pred.push(labels[v.best]);
    if (r.text.themesLabelled !== false) { acc.gt.push(r.text.themes); acc.pt.push(v.themes); }
    byLang.set(r.text.lang, acc);
  }
  const out: Record<string, Agreement> = {};
  for (const [lang, a] of [...byLang].sort()) out[lang] = figures(a.gold, a.pred, a.gt, a.pt);
  return out;
}

/** 4-class accuracy, macro-F1 over the classes present, reversal rate, themes micro-F1. */
export function figures(gold: string[], pred: string[], goldThemes: string[][], predThemes: string[][]): Agreement {
  const n = gold.length;
  let ok = 0;
  let reversals = 0;
  for (let i = 0; i < n; i += 1) {
    if (gold[i] === pred[i]) ok += 1;
    if ((gold[i] === 'positive' && pred[i] === 'negative') || (gold[i] === 'negative' && pred[i] === 'positive')) reversals += 1;
  }
  const f1s: number[] = [];
  for (const c of new Set([...gold])) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < n; i += 1) {
      if (pred[i] === c && gold[i] === c) tp += 1;
      else if (pred[i] === c) fp += 1;
      else if (gold[i] === c) fn += 1;
    }
    f1s.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }
  let tp = 0, fp = 0, fn = 0;
  goldThemes.forEach((g, i) => {
    // themes the corpus never labels cannot be scored against it
    const p = new Set(predThemes[i].filter((t) => !(THEMES_NOT_IN_CORPUS as readonly string[]).includes(t)));
    for (const t of g) if (p.has(t)) tp += 1; else fn += 1;
    for (const t of p) if (!g.includes(t)) fp += 1;
  });
  const themesMicroF1 = goldThemes.length === 0 ? null : tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return { n, accuracy: n ? ok / n : 0, macroF1: f1s.length ? f1s.reduce((s, x) => s + x, 0) / f1s.length : 0, reversals: n ? reversals / n : 0, themesMicroF1 };
}

/** k-fold cross-validated agreement per language (folds by a hash of each id, so reproducible). */
export function crossValidate(rows: Featured[], k = 5): Record<string, Agreement> {
  const fold = (r: Featured) => fnv(FNV_SEED, `fold|${r.text.id}`) % k;
  const preds: { gold: string; pred: string; gt: string[]; pt: string[]; lang: string; themed: boolean }[] = [];
  for (let i = 0; i < k; i += 1) {
    const models = trainFromFeatures(rows.filter((r) => fold(r) !== i));
    const test = rows.filter((r) => fold(r) === i);
    const scorer = createLearnedScorer(models);
    // UCI reviews are measured apart ('uci'): the language figures are about city text
    for (const r of test) {
      const v = scorer.scoreFeatures(r.idx, r.val, r.tidx, r.tval, r);
      preds.push({ gold: r.text.sentiment, pred: models.sentimentLabels[v.best], gt: r.text.themes, pt: v.themes, lang: r.text.source === 'uci' ? 'uci' : r.text.lang, themed: r.text.themesLabelled !== false });
    }
  }
  const out: Record<string, Agreement> = {};
  for (const lang of [...new Set(preds.map((p) => p.lang))].sort()) {
    const ps = preds.filter((p) => p.lang === lang);
    const themed = ps.filter((p) => p.themed);
    out[lang] = figures(ps.map((p) => p.gold), ps.map((p) => p.pred), themed.map((p) => p.gt), themed.map((p) => p.pt));
  }
  return out;
}
