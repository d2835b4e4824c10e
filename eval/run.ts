/** `npm run eval`: the analysis quality figures, printed as a table and written to eval/results.json. */
import { writeFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyzer } from '../ingest/analysis/index.ts';
import { readThemeSet, readUci, readVader } from './datasets.ts';
import { evalBinary, evalRated, type Scorer } from './sentiment-eval.ts';
import { evalThemes } from './themes-eval.ts';

const analyzer = createAnalyzer();
const ours: Scorer = (text) => analyzer.analyze(text).sentiment;
// The baseline: bare wink-nlp with its default pipeline, the document's sentiment.
const bare = winkNLP(model);
const wink: Scorer = (text) => bare.readDoc(text).out(bare.its.sentiment) as unknown as number;

const f = (x: number) => x.toFixed(3);
const results: Record<string, unknown> = { generatedAt: new Date().toISOString() };
const rows: string[][] = [['set', 'measure', 'brandgap', 'wink-nlp', 'target / reference']];

for (const [name, ref] of [['vader_tweets', 'acc ≥ 0.88, r ≥ 0.85 (VADER r 0.881)'], ['vader_amazonReviewSnippets', '—']] as const) {
  const data = readVader(name);
  const a = evalRated(data, ours);
  const b = evalRated(data, wink);
  results[name] = { brandgap: a, wink: b };
  rows.push([name, '3-class accuracy', f(a.accuracy), f(b.accuracy), ref]);
  rows.push([name, 'macro-F1', f(a.macroF1), f(b.macroF1), '']);
  rows.push([name, 'Pearson r', f(a.r), f(b.r), '']);
  rows.push([name, 'unscored (n)', String(a.unscored), String(b.unscored), `of ${a.n}`]);
}

const uci: Record<string, unknown> = {};
let meanOurs = 0;
let meanWink = 0;
for (const name of ['amazon', 'imdb', 'yelp'] as const) {
  const data = readUci(name);
  const a = evalBinary(data, ours);
  const b = evalBinary(data, wink);
  uci[name] = { brandgap: a, wink: b };
  meanOurs += a.accuracy / 3;
  meanWink += b.accuracy / 3;
  rows.push([`uci_${name}`, 'binary accuracy (0 = error)', f(a.accuracy), f(b.accuracy), `zero: ${a.zero} vs ${b.zero}`]);
}
rows.push(['uci mean', 'binary accuracy', f(meanOurs), f(meanWink), '≥ 0.85 (best lexicon ≈ 0.78)']);
results.uci = { ...uci, meanBrandgap: meanOurs, meanWink };

const themes = evalThemes(readThemeSet(), analyzer);
results.themes = themes;
rows.push(['themes (ours, n=' + themes.n + ')', 'micro-F1', f(themes.microF1), '', '≥ 0.80']);
rows.push(['', 'macro-F1', f(themes.macroF1), '', '']);
rows.push(['', 'exact theme set', f(themes.exactMatch), '', '']);
rows.push(['', 'sentiment label accuracy (4-class)', f(themes.sentimentAccuracy), '', '']);
rows.push(['', 'sentiment label macro-F1', f(themes.sentimentMacroF1), '', '']);

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
console.log('\nper theme (precision / recall / support):');
for (const [id, p] of Object.entries(themes.perTheme)) {
  console.log(`  ${id.padEnd(16)} ${f(p.precision)}  ${f(p.recall)}  ${p.support}`);
}
writeFileSync(new URL('results.json', import.meta.url), JSON.stringify(results, null, 1) + '\n');
console.log('\nwrote eval/results.json');
