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
import { gramsOf } from './support/grams.ts';
import { THEME_IDS, THEMES_NOT_IN_CORPUS } from '../data/types.ts';
import { createAnalyzer } from '../ingest/analysis/index.ts';
import { FNV_SEED, fnv } from '../ingest/analysis/learned/hash.ts';
import { THEME_DIM, extractFeatures, newFeatures, sharedRow } from '../ingest/analysis/learned/features.ts';
import { logits, sigmoid } from '../ingest/analysis/learned/linear.ts';
import { THEME_TRAINING, featurize, trainThemeModel, type Featured } from '../ingest/analysis/learned/train.ts';
import { trainingTexts } from '../ingest/analysis/learned/training-set.ts';

const env = (k: string, d: number) => (process.env[k] !== undefined ? Number(process.env[k]) : d);
const opts = { epochs: env('EPOCHS', THEME_TRAINING.epochs), rate: env('RATE', THEME_TRAINING.rate), l2: env('L2', THEME_TRAINING.l2), bias: env('BIAS', THEME_TRAINING.bias), hit: env('HIT', THEME_TRAINING.hit) };
const MAX = env('MAX', 99);
// MINE = N: mine terms inside each fold (train-fold precision ≥ MP for a theme, support ≥ N texts) and read them as taxonomy hits
const MINE = env('MINE', 0);
const MP = env('MP', 0.5);
const K = 5;
const T = THEME_IDS.length;
const scored = THEME_IDS.map((t) => !(THEMES_NOT_IN_CORPUS as readonly string[]).includes(t));

const started = Date.now();
const analyzer = createAnalyzer({ models: null });
const texts = trainingTexts().filter((t) => t.themesLabelled !== false);
const rows = featurize(texts, analyzer);
// each text's sentences as the product cuts them, featured once
const f = newFeatures();
type Seg = { tidx: Int32Array; tval: Float32Array; lang: string; grams: string[]; hits: string[] };
const segs: Seg[][] = texts.map((t) => {
  const a = analyzer.analyze(t.text);
  return a.segments.map((s) => {
    const { tokens, lexicon, hits } = analyzer.spanInputs(s.text, s.language ?? t.lang);
    extractFeatures(f, tokens, 0, tokens.length - 1, s.text, s.language ?? t.lang, lexicon, hits);
    return { tidx: f.tidx.slice(0, f.tn), tval: f.tval.slice(0, f.tn), lang: s.language ?? t.lang, grams: MINE > 0 ? gramsOf(tokens) : [], hits };
  });
});
const inputs = texts.map((t) => analyzer.spanInputs(t.text, t.lang));
const hitsOf = inputs.map((x) => x.hits);
const textGrams = MINE > 0 ? inputs.map((x) => gramsOf(x.tokens)) : [];
const perTerm = hitsOf.reduce((a, h) => a + h.filter((x) => x.includes('|')).length, 0);
console.log(`theme features per text ${(rows.reduce((a, r) => a + r.tidx.length, 0) / rows.length).toFixed(1)}, of them per-term hits ${(perTerm / rows.length).toFixed(2)}`);
console.log(`featured ${texts.length} texts in ${((Date.now() - started) / 1000).toFixed(1)} s; ${JSON.stringify(opts)} max=${MAX}`);

const fold = (r: Featured) => fnv(FNV_SEED, `fold|${r.text.id}`) % K;
const folds = rows.map(fold);
const whole: Float64Array[] = new Array(rows.length);
const bySentence: Float64Array[] = new Array(rows.length);
// every sentence's probabilities, for the fallback measures below
const segP: Float64Array[][] = new Array(rows.length);
const z = new Float64Array(T);
const MASKT = THEME_DIM - 1;
/** Mined terms of the rows outside fold i: lang\tgram → theme ids. */
function mine(i: number): Map<string, string[]> {
  const n = new Map<string, number>();
  const k = new Map<string, number>();
  rows.forEach((r, j) => {
    if (folds[j] === i || r.text.themesLabelled === false || r.text.source === 'uci') return;
    for (const g of textGrams[j]) {
      const key = `${r.text.lang}\t${g}`;
      n.set(key, (n.get(key) ?? 0) + 1);
      for (const t of r.text.themes) if (!hitsOf[j].includes(t)) k.set(`${key}\t${t}`, (k.get(`${key}\t${t}`) ?? 0) + 1);
    }
  });
  const out = new Map<string, string[]>();
  for (const [kt, c] of k) {
    if (c < MINE) continue;
    const [lang, g, t] = kt.split('\t');
    const key = `${lang}\t${g}`;
    if (c / (n.get(key) as number) < MP) continue;
    out.set(key, [...(out.get(key) ?? []), t]);
  }
  return out;
}
/** A vector with the mined terms' hits added (themes not already hit). */
function withMined(tidx: Int32Array, tval: Float32Array, lang: string, grams: string[], hits: string[], mined: Map<string, string[]>) {
  const extra: number[] = [];
  const seen = new Set(hits);
  const ls = fnv(FNV_SEED, `${lang}|`);
  for (const g of grams) {
    for (const t of mined.get(`${lang}\t${g}`) ?? []) {
      extra.push(fnv(ls, `hit|${t}|${g}`) & MASKT);
      if (seen.has(t)) continue;
      seen.add(t);
      extra.push(sharedRow(`hit|${t}`, THEME_DIM), fnv(ls, `hit|${t}`) & MASKT);
    }
  }
  if (extra.length === 0) return { tidx, tval };
  const a = new Int32Array(tidx.length + extra.length); a.set(tidx); a.set(extra, tidx.length);
  const b = new Float32Array(tval.length + extra.length); b.set(tval); b.fill(1, tval.length);
  return { tidx: a, tval: b };
}
let minedTotal = 0;
for (let i = 0; i < K; i += 1) {
  const mined = MINE > 0 ? mine(i) : new Map<string, string[]>();
  minedTotal += mined.size;
  const train = rows.map((r, j) => (MINE > 0 && folds[j] !== i ? { ...r, ...withMined(r.tidx, r.tval, r.text.lang, textGrams[j], hitsOf[j], mined) } : r)).filter((_, j) => folds[j] !== i);
  const m = trainThemeModel(train, opts);
  rows.forEach((r, j) => {
    if (folds[j] !== i) return;
    const rv = MINE > 0 ? withMined(r.tidx, r.tval, r.text.lang, textGrams[j], hitsOf[j], mined) : r;
    whole[j] = Float64Array.from(sigmoid(logits(m, rv.tidx, rv.tval, rv.tidx.length, z)));
    const best = new Float64Array(T);
    segP[j] = [];
    for (const s0 of segs[j]) {
      const s = MINE > 0 ? withMined(s0.tidx, s0.tval, s0.lang, s0.grams, s0.hits, mined) : s0;
      sigmoid(logits(m, s.tidx, s.tval, s.tidx.length, z));
      segP[j].push(Float64Array.from(z));
      // the span's own cap (pickThemes): only its MAX likeliest themes count
      const order = [...z.keys()].sort((a, b) => z[b] - z[a]);
      order.slice(0, MAX).forEach((c) => { if (z[c] > best[c]) best[c] = z[c]; });
    }
    bySentence[j] = best;
  });
}
if (MINE > 0) console.log(`mined (lang, gram) keys per fold: ${(minedTotal / K).toFixed(0)} (support ≥ ${MINE}, precision ≥ ${MP})`);
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
// Fallbacks at threshold 0.3: a sentence with no theme ≥ 0.3 gets its likeliest (scored) one when it
// reaches `bar` (pickThemes' themeFallback), or a text with no theme gets its likeliest one.
const argmax = (p: Float64Array) => { let b = -1; for (let c = 0; c < T; c += 1) if (scored[c] && (b < 0 || p[c] > p[b])) b = c; return b; };
/** Marks in `out` the themes of `p` at 0.3, or its likeliest one when none is and it reaches `bar`. */
function pickWithFallback(out: Float64Array, p: Float64Array, bar: number): Float64Array {
  let any = false;
  for (let c = 0; c < T; c += 1) if (scored[c] && p[c] >= 0.3) { any = true; out[c] = 1; }
  const b = argmax(p);
  if (!any && b >= 0 && p[b] >= bar) out[b] = 1;
  return out;
}
for (const bar of [0.1, 0.15, 0.2, 0.25]) {
  const perSentence = segP.map((ps) => {
    const out = new Float64Array(T);
    for (const p of ps) pickWithFallback(out, p, bar);
    return out;
  });
  line(`sentence fallback ${bar}`, perSentence, () => new Array(T).fill(0.5));
  const perText = bySentence.map((p) => pickWithFallback(new Float64Array(T), p, bar));
  line(`text fallback ${bar}`, perText, () => new Array(T).fill(0.5));
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
