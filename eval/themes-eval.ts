/** Theme and sentiment-label figures on our hand-labelled domain set. */
import { THEME_IDS, LABELS } from '../data/types.ts';
import type { Analyzer } from '../ingest/analysis/index.ts';
import type { ThemeRow } from './datasets.ts';
import { accuracy, macroF1, multiLabel } from './metrics.ts';

/** Micro/macro-F1 and per-theme precision/recall, exact-set accuracy, and 4-class label accuracy. */
export function evalThemes(rows: ThemeRow[], analyzer: Analyzer) {
  const gold: string[][] = [];
  const pred: string[][] = [];
  const goldLabel: string[] = [];
  const predLabel: string[] = [];
  const errors: { text: string; gold: string[]; pred: string[] }[] = [];
  for (const r of rows) {
    // No language hint: the figures include language detection, as for an upload without tags.
    const a = analyzer.analyze(r.text);
    const p = [...a.themes].sort();
    const g = [...r.themes].sort();
    gold.push(g);
    pred.push(p);
    goldLabel.push(r.sentiment);
    predLabel.push(a.label ?? 'unscored');
    if (p.join() !== g.join()) errors.push({ text: r.text, gold: g, pred: p });
  }
  const labels = [...THEME_IDS, 'unclassified'];
  const withNone = (l: string[]) => (l.length ? l : ['unclassified']);
  const ml = multiLabel(gold.map(withNone), pred.map(withNone), labels);
  const themeOnly = multiLabel(gold, pred, THEME_IDS);
  const exact = gold.filter((g, i) => g.join() === pred[i].join()).length / gold.length;
  const sent = macroF1(goldLabel, predLabel, LABELS);
  return {
    n: rows.length,
    microF1: themeOnly.microF1,
    macroF1: themeOnly.macroF1,
    microF1WithUnclassified: ml.microF1,
    exactMatch: exact,
    perTheme: ml.perLabel,
    sentimentAccuracy: accuracy(goldLabel, predLabel),
    sentimentMacroF1: sent.macroF1,
    sentimentPerLabel: sent.perClass,
    errors,
  };
}
