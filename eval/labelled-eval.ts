/** Figures of an analyzer on labelled texts (the corpus's test split, the real-text set), per language. */
import { LABELS, THEME_IDS, THEMES_NOT_IN_CORPUS } from '../data/types.ts';
import type { Analyzer } from '../ingest/analysis/index.ts';
import type { LabelledText } from '../ingest/analysis/learned/corpus.ts';
import { accuracy, macroF1, multiLabel } from './metrics.ts';

/** One language's figures: 4-class accuracy, macro-F1, positive↔negative reversals, themes
 * micro/macro-F1, the confusion matrix (gold → predicted), accuracy per kind of case. */
export type LanguageFigures = {
  n: number;
  accuracy: number;
  macroF1: number;
  reversals: number;
  themesMicroF1: number;
  themesMacroF1: number;
  confusion: Record<string, Record<string, number>>;
  byCase: Record<string, { n: number; accuracy: number }>;
  languageDetected: number;
};

/** Runs every text through `analyzer` with no language hint (as an upload without tags) and
 * scores its part-level label and themes against the gold labels, per gold language. */
export function evalLabelled(rows: LabelledText[], analyzer: Analyzer): Record<string, LanguageFigures> {
  const byLang = new Map<string, LabelledText[]>();
  for (const r of rows) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
  const out: Record<string, LanguageFigures> = {};
  for (const [lang, list] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
    const gold: string[] = [];
    const pred: string[] = [];
    const goldThemes: string[][] = [];
    const predThemes: string[][] = [];
    const confusion: Record<string, Record<string, number>> = {};
    const cases: Record<string, { n: number; ok: number }> = {};
    let reversals = 0;
    let detected = 0;
    for (const r of list) {
      const a = analyzer.analyze(r.text);
      const p = a.label ?? 'unscored';
      gold.push(r.sentiment);
      pred.push(p);
      goldThemes.push(r.themes);
      // themes added after the corpus was written (retention) are not in its labels: not scored
      predThemes.push(a.themes.filter((t) => !THEMES_NOT_IN_CORPUS.includes(t)));
      if (a.language === lang) detected += 1;
      confusion[r.sentiment] ??= {};
      confusion[r.sentiment][p] = (confusion[r.sentiment][p] ?? 0) + 1;
      if ((r.sentiment === 'positive' && p === 'negative') || (r.sentiment === 'negative' && p === 'positive')) reversals += 1;
      const c = r.case ?? 'plain';
      cases[c] ??= { n: 0, ok: 0 };
      cases[c].n += 1;
      if (p === r.sentiment) cases[c].ok += 1;
    }
    const themes = multiLabel(goldThemes, predThemes, THEME_IDS.filter((t) => !THEMES_NOT_IN_CORPUS.includes(t)));
    const byCase: LanguageFigures['byCase'] = {};
    for (const [c, v] of Object.entries(cases).sort()) byCase[c] = { n: v.n, accuracy: v.ok / v.n };
    out[lang] = {
      n: list.length,
      accuracy: accuracy(gold, pred),
      macroF1: macroF1(gold, pred, LABELS).macroF1,
      reversals: reversals / list.length,
      themesMicroF1: themes.microF1,
      themesMacroF1: themes.macroF1,
      confusion,
      byCase,
      languageDetected: detected / list.length,
    };
  }
  return out;
}
