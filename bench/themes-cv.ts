/**
 * Where the theme layer errs, by 5-fold cross-validation on the training texts only (never the
 * test split): `npx tsx bench/themes-cv.ts`. Scores every held-out text two ways: as a whole
 * (what `npm run train` reports) and as the product does, sentence by sentence with the themes of
 * its sentences united (a theme is on when its likeliest sentence reaches the threshold).
 * Prints micro-F1 per language for global and per-theme thresholds (per-theme ones chosen on the
 * other folds' out-of-fold predictions), then per-theme precision/recall and error counts.
 * Settings come from the environment: EPOCHS, RATE, L2, BIAS, HIT (theme training), MAX (themes a
 * span), THR (the threshold of the per-theme table), DUMP (a file for every text's out-of-fold themes).
 */
import { THEME_IDS, THEMES_NOT_IN_CORPUS } from '../data/types.ts';
import { createAnalyzer } from '../ingest/analysis/index.ts';
import { FNV_SEED, fnv } from '../ingest/analysis/learned/hash.ts';
import { extractFeatures, newFeatures } from '../ingest/analysis/learned/features.ts';
import { logits, sigmoid } from '../ingest/analysis/learned/linear.ts';
import { THEME_TRAINING, featurize, trainThemeModel, type Featured } from '../ingest/analysis/learned/train.ts';
import { trainingTexts } from '../ingest/analysis/learned/training-set.ts';

const env = (k: string, d: number) => (process.env[k] !== undefined ? Number(process.env[k]) : d);
const opts = { epochs: env('EPOCHS', THEME_TRAINING.epochs), rate: env('RATE', THEME_TRAINING.rate), l2: env('L2', THEME_TRAINING.l2), bias: env('BIAS', THEME_TRAINING.bias), hit: env('HIT', THEME_TRAINING.hit) };
const MAX = env('MAX', 99);
const K = 5;
const T = THEME_IDS.length;
const scored = THEME_IDS.map((t) => !(THEMES_NOT_IN_CORPUS as readonly string[]).includes(t));

const started = Date.now();
const analyzer = createAnalyzer({ models: null });
const texts = trainingTexts().filter((t) => t.themesLabelled !== false);
const rows = featurize(texts, analyzer);
// each text's sentences as the product cuts them, featured once
const f = newFeatures();
const segs: { tidx: Int32Array; tval: Float32Array }[][] = texts.map((t) => {
  const a = analyzer.analyze(t.text);
  return a.segments.map((s) => {
    const { tokens, lexicon, hits } = analyzer.spanInputs(s.text, s.language ?? t.lang);
    extractFeatures(f, tokens, 0, tokens.length - 1, s.text, s.language ?? t.lang, lexicon, hits);
    return { tidx: f.tidx.slice(0, f.tn), tval: f.tval.slice(0, f.tn) };
  });
});
const hitsOf = texts.map((t) => analyzer.spanInputs(t.text, t.lang).hits);
console.log(`featured ${texts.length} texts in ${((Date.now() - started) / 1000).toFixed(1)} s; ${JSON.stringify(opts)} max=${MAX}`);

const fold = (r: Featured) => fnv(FNV_SEED, `fold|${r.text.id}`) % K;
const folds = rows.map(fold);
const whole: Float64Array[] = new Array(rows.length);
const bySentence: Float64Array[] = new Array(rows.length);
const z = new Float64Array(T);
for (let i = 0; i < K; i += 1) {
  const m = trainThemeModel(rows.filter((_, j) => folds[j] !== i), opts);
  rows.forEach((r, j) => {
    if (folds[j] !== i) return;
    whole[j] = Float64Array.from(sigmoid(logits(m, r.tidx, r.tval, r.tidx.length, z)));
    const best = new Float64Array(T);
    for (const s of segs[j]) {
      sigmoid(logits(m, s.tidx, s.tval, s.tidx.length, z));
      // the span's own cap (pickThemes): only its MAX likeliest themes count
      const order = [...z.keys()].sort((a, b) => z[b] - z[a]);
      order.slice(0, MAX).forEach((c) => { if (z[c] > best[c]) best[c] = z[c]; });
    }
    bySentence[j] = best;
  });
}
console.log(`trained ${K} folds in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const measured = rows.map((r) => r.text.source !== 'uci');
const gold = rows.map((r) => new Set(r.text.themes.map((t) => THEME_IDS.indexOf(t as never))));
const langs = [...new Set(rows.map((r) => r.text.lang))].sort();

/** Micro-F1 per language of predictions p >= thr[c]; `pick` limits which rows. */
function micro(P: Float64Array[], thr: (j: number) => ArrayLike<number>, pick: (j: number) => boolean) {
  let tp = 0, fp = 0, fn = 0;
  P.forEach((p, j) => {
    if (!pick(j) || !measured[j]) return;
    const t = thr(j);
    for (let c = 0; c < T; c += 1) {
      if (!scored[c]) continue;
      const on = p[c] >= t[c];
      if (on && gold[j].has(c)) tp += 1; else if (on) fp += 1; else if (gold[j].has(c)) fn += 1;
    }
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Per-theme thresholds maximising each theme's F1 on rows `use` (from a grid). */
function tuneThresholds(P: Float64Array[], use: (j: number) => boolean): number[] {
  const grid = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
  return THEME_IDS.map((_, c) => {
    let bestT = 0.3, bestF = -1;
    for (const t of grid) {
      let tp = 0, fp = 0, fn = 0;
      P.forEach((p, j) => {
        if (!use(j) || !measured[j]) return;
        const on = p[c] >= t;
        if (on && gold[j].has(c)) tp += 1; else if (on) fp += 1; else if (gold[j].has(c)) fn += 1;
      });
      const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
      if (f1 > bestF + 1e-9) { bestF = f1; bestT = t; }
    }
    return bestT;
  });
}

const line = (name: string, P: Float64Array[], thr: (j: number) => ArrayLike<number>) =>
  console.log(`${name.padEnd(28)} ${langs.map((l) => `${l} ${micro(P, thr, (j) => rows[j].text.lang === l).toFixed(3)}`).join('  ')}  all ${micro(P, thr, () => true).toFixed(3)}`);

for (const [mode, P] of [['whole', whole], ['sentences', bySentence]] as const) {
  for (const g of [0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) line(`${mode} thr ${g}`, P, () => new Array(T).fill(g));
  const perFold = Array.from({ length: K }, (_, i) => tuneThresholds(P, (j) => folds[j] !== i));
  line(`${mode} per-theme (nested)`, P, (j) => perFold[folds[j]]);
}
const tuned = tuneThresholds(bySentence, () => true);
console.log(`per-theme thresholds (sentences, all folds): ${THEME_IDS.map((t, c) => `${t} ${tuned[c]}`).join(', ')}`);

// Diagnostics at the global threshold 0.3, sentence mode
const THR = env('THR', 0.3);
console.log(`\nper theme (sentences, thr ${THR}): gold, P, R, F1, FP, FN, FN without a taxonomy hit, FP that are taxonomy hits`);
let noHitGold = 0, goldTotal = 0, tooMany = 0, predTexts = 0;
const stat = THEME_IDS.map(() => ({ gold: 0, tp: 0, fp: 0, fn: 0, fnNoHit: 0, fpHit: 0 }));
bySentence.forEach((p, j) => {
  if (!measured[j]) return;
  const hits = new Set(hitsOf[j]);
  let n = 0;
  for (let c = 0; c < T; c += 1) {
    if (!scored[c]) continue;
    const on = p[c] >= THR;
    const id = THEME_IDS[c];
    if (on) n += 1;
    if (gold[j].has(c)) { stat[c].gold += 1; goldTotal += 1; if (!hits.has(id)) noHitGold += 1; }
    if (on && gold[j].has(c)) stat[c].tp += 1;
    else if (on) { stat[c].fp += 1; if (hits.has(id)) stat[c].fpHit += 1; }
    else if (gold[j].has(c)) { stat[c].fn += 1; if (!hits.has(id)) stat[c].fnNoHit += 1; }
  }
  if (n > gold[j].size) tooMany += 1;
  if (n > 3) predTexts += 1;
});
for (const [c, s] of stat.entries()) {
  if (!scored[c]) continue;
  const P = s.tp / Math.max(1, s.tp + s.fp), R = s.tp / Math.max(1, s.gold);
  console.log(`${THEME_IDS[c].padEnd(15)} ${String(s.gold).padStart(5)}  P ${P.toFixed(2)}  R ${R.toFixed(2)}  F1 ${(2 * P * R / Math.max(1e-9, P + R)).toFixed(2)}  FP ${String(s.fp).padStart(4)}  FN ${String(s.fn).padStart(4)}  FN-nohit ${String(s.fnNoHit).padStart(4)}  FP-hit ${String(s.fpHit).padStart(4)}`);
}
const sum = stat.reduce((a, s) => ({ fp: a.fp + s.fp, fn: a.fn + s.fn, fnNoHit: a.fnNoHit + s.fnNoHit, fpHit: a.fpHit + s.fpHit }), { fp: 0, fn: 0, fnNoHit: 0, fpHit: 0 });
console.log(`total FP ${sum.fp} (of them taxonomy hits ${sum.fpHit}), FN ${sum.fn} (of them without a hit ${sum.fnNoHit}); gold themes without a taxonomy hit ${noHitGold}/${goldTotal}; texts with more themes than gold ${tooMany}, with > 3 ${predTexts}`);
if (process.env.DUMP) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.DUMP, rows.map((r, j) => JSON.stringify({ id: r.text.id, lang: r.text.lang, text: r.text.text, gold: r.text.themes, hits: hitsOf[j], pred: THEME_IDS.filter((_, c) => bySentence[j][c] >= THR && scored[c]), p: Object.fromEntries(THEME_IDS.map((t, c) => [t, Math.round(bySentence[j][c] * 100) / 100]).filter(([, v]) => (v as number) >= 0.1)) })).join('\n') + '\n');
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
