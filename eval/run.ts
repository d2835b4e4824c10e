/** `npm run eval`: the analysis quality figures, printed as tables and written to eval/results.json
 * (and the test-split figures into data/models/manifest.json, which the Accuracy page reads). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer, SHIPPED_MODELS } from '../ingest/analysis/index.ts';
import { readJsonl, readSplit } from '../ingest/analysis/learned/corpus.ts';
import { readVader } from './datasets.ts';
import { evalLabelled, type LanguageFigures } from './labelled-eval.ts';
import { evalRated, type Scorer } from './sentiment-eval.ts';

const learned = createAnalyzer();
const lexicon = createAnalyzer({ models: null });
if (!existsSync(SHIPPED_MODELS)) console.log('no trained model (npm run train): "learned" equals the lexicon below\n');

const f = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const results: Record<string, unknown> = { generatedAt: new Date().toISOString() };

function table(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, c) => (cell ?? '').padEnd(widths[c])).join('  '));
  console.log('');
}

function compare(title: string, ours: Record<string, LanguageFigures>, base: Record<string, LanguageFigures>, targets: boolean): void {
  console.log(`${title}\n`);
  const rows = [['lang', 'n', 'accuracy', 'macro-F1', 'reversals', 'themes micro-F1', 'themes macro-F1', 'lexicon acc', 'lexicon rev', 'lexicon themes', targets ? 'targets (acc ≥ .80, F1 ≥ .75, rev ≤ 3%, themes ≥ .80)' : '']];
  for (const [lang, a] of Object.entries(ours)) {
    const b = base[lang];
    const met = a.accuracy >= 0.8 && a.macroF1 >= 0.75 && a.reversals <= 0.03 && a.themesMicroF1 >= 0.8;
    rows.push([lang, String(a.n), f(a.accuracy), f(a.macroF1), pct(a.reversals), f(a.themesMicroF1), f(a.themesMacroF1), f(b.accuracy), pct(b.reversals), f(b.themesMicroF1), targets && ['en', 'nl', 'de', 'fr'].includes(lang) ? (met ? 'met' : 'not met') : '']);
  }
  table(rows);
}

// 1. The corpus's frozen test split
const test = readSplit('test');
const testOurs = evalLabelled(test, learned);
const testBase = evalLabelled(test, lexicon);
results.testSplit = { learned: testOurs, lexicon: testBase };
compare(`Frozen test split of the corpus (data/corpus/test, n = ${test.length}; never trained on)`, testOurs, testBase, true);
console.log('confusion (gold → predicted) and accuracy per kind of case, learned:');
for (const [lang, a] of Object.entries(testOurs)) {
  const conf = Object.entries(a.confusion).map(([g, p]) => `${g}→{${Object.entries(p).map(([k, v]) => `${k}:${v}`).join(' ')}}`).join('  ');
  console.log(`  ${lang}  ${conf}`);
  console.log(`      ${Object.entries(a.byCase).map(([c, v]) => `${c} ${f(v.accuracy)} (${v.n})`).join(' · ')}`);
}
console.log('');

// 2. The real-text set: texts people wrote (eval/real), the gate
const REAL = new URL('real/real.jsonl', import.meta.url);
if (existsSync(REAL)) {
  const real = readJsonl(REAL);
  const realOurs = evalLabelled(real, learned);
  const realBase = evalLabelled(real, lexicon);
  results.realText = { learned: realOurs, lexicon: realBase };
  compare(`Real-text set (eval/real, n = ${real.length}; the gate: learned must beat the lexicon in every language)`, realOurs, realBase, false);
}

// 3. VADER's sets (3-class on the score, as before)
const rows = [['set', 'measure', 'learned', 'lexicon', 'target']];
for (const name of ['vader_tweets', 'vader_amazonReviewSnippets'] as const) {
  const data = readVader(name);
  const ours: Scorer = (t) => learned.analyze(t).sentiment;
  const base: Scorer = (t) => lexicon.analyze(t).sentiment;
  const a = evalRated(data, ours);
  const b = evalRated(data, base);
  results[name] = { learned: a, lexicon: b };
  rows.push([name, '3-class accuracy', f(a.accuracy), f(b.accuracy), name === 'vader_tweets' ? '≥ 0.85' : '']);
  rows.push(['', 'macro-F1', f(a.macroF1), f(b.macroF1), '']);
  rows.push(['', 'Pearson r', f(a.r), f(b.r), '']);
}
table(rows);

// Cross-validated figures of the training data, as `npm run train` recorded them
const MANIFEST = new URL('../data/models/manifest.json', import.meta.url);
if (existsSync(MANIFEST)) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, unknown>;
  results.crossValidated = manifest.crossValidated;
  manifest.testSplit = Object.fromEntries(Object.entries(testOurs).map(([l, a]) => [l, { n: a.n, accuracy: a.accuracy, macroF1: a.macroF1, reversals: a.reversals, themesMicroF1: a.themesMicroF1 }]));
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 1) + '\n');
  console.log('UCI sentences and the older labelled theme set are training data now: cross-validated figures only, in data/models/manifest.json');
}
writeFileSync(new URL('results.json', import.meta.url), JSON.stringify(results, null, 1) + '\n');
console.log('wrote eval/results.json');
