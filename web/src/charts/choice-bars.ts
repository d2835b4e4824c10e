/**
 * One closed question that is neither Likert nor NPS: single choice (share of respondents per option,
 * adding up to 100 %), multi-select (share of respondents ticking each option: respondents may tick
 * several, so the shares need not add up to 100 %) and numeric answers (distribution, mean).
 */
import type { SurveyItemFigure } from '../../../data/types.ts';
import { fmtDecimal, fmtInt, fmtShare } from '../format/intl.ts';
import { labelAxis, plotGrid, valueAxis } from './axes.ts';
import { baseOption, esc, figureColumn, itemTooltip, lowNLine } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import type { Finding, TableSpec } from './types.ts';

export const CHOICE_ROW_PX = 34;
/** Options drawn at most; the rest are summed into "Other answers". */
const MAX_ROWS = 15;

export type ChoiceRow = { value: string; n: number; share: number };

/** The options of an item with their share of the item's respondents (n): most chosen first, numbers in order. */
export function choiceRows(it: SurveyItemFigure): ChoiceRow[] {
  const rows = it.distribution.map((d) => ({ value: d.value, n: d.n, share: it.n > 0 ? d.n / it.n : 0 }));
  if (it.kind === 'numeric') return rows.sort((a, b) => (Number(a.value) || 0) - (Number(b.value) || 0));
  rows.sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
  if (rows.length <= MAX_ROWS || it.kind === 'multi') return rows.slice(0, it.kind === 'multi' ? MAX_ROWS : rows.length);
  const rest = rows.slice(MAX_ROWS - 1);
  const n = rest.reduce((a, r) => a + r.n, 0);
  return [...rows.slice(0, MAX_ROWS - 1), { value: `Other answers (${rest.length})`, n, share: it.n > 0 ? n / it.n : 0 }];
}

/** What the shares mean, for the card's subtitle. */
export function choiceMeaning(kind: SurveyItemFigure['kind']): string {
  if (kind === 'multi') return 'Share of respondents who ticked each option; respondents could tick several, so the shares need not add up to 100 %';
  if (kind === 'numeric') return 'Share of respondents per answer';
  return 'Share of respondents per option (one answer each; the shares add up to 100 %)';
}

/** The title states the most chosen option (or the mean of a numeric answer). */
export function describeChoice(it: SurveyItemFigure, rows: ChoiceRow[], scope: string): Finding {
  if (rows.length === 0 || it.n === 0) return { title: `${it.text}: no answers`, summary: `No answers to ${it.text} for ${scope}.` };
  if (it.kind === 'numeric') {
    const mean = it.mean === null ? '–' : fmtDecimal(it.mean);
    return { title: `${it.text}: mean ${mean}`, summary: `${it.text}: mean ${mean} over ${fmtInt(it.n)} respondents, ${scope}.` };
  }
  const top = [...rows].sort((a, b) => b.n - a.n)[0];
  const verb = it.kind === 'multi' ? 'ticked' : 'chose';
  const title = `${it.text}: ${fmtShare(top.share)} ${verb} “${top.value}”`;
  const all = rows.map((r) => `${r.value} ${fmtShare(r.share)}`).join(', ');
  return { title, summary: `${title}, of ${fmtInt(it.n)} respondents, ${scope}. ${all}.` };
}

/** Horizontal bars of shares; the figure column gives share and count. */
export function choiceBars(it: SurveyItemFigure, rows: ChoiceRow[], summary: string, minN: number): ChartOption {
  const base = baseOption(summary);
  const names = rows.map((r) => r.value);
  const figures = rows.map((r) => `{v|${fmtShare(r.share)}}\n{n|n = ${fmtInt(r.n)}}`);
  const max = Math.max(...rows.map((r) => r.share), 0);
  return {
    ...base,
    grid: plotGrid(8),
    tooltip: itemTooltip(base, (i) => [
      `<b>${esc(rows[i].value)}</b>`,
      `${fmtShare(rows[i].share)} of ${fmtInt(it.n)} respondents (${fmtInt(rows[i].n)})`,
      it.low_n && lowNLine(minN, 'respondents'),
    ]),
    xAxis: valueAxis((v: number) => fmtShare(v), { min: 0, max: it.kind === 'single' || max <= 0.5 ? Math.min(1, Math.ceil(max * 10) / 10 || 0.1) : 1 }),
    yAxis: [labelAxis(names), figureColumn(names, figures)],
    series: [{
      type: 'bar' as const,
      name: 'Share of respondents',
      barMaxWidth: 20,
      color: it.kind === 'multi' ? '#5e8fb8' : '#4393c3',
      itemStyle: { opacity: it.low_n ? 0.5 : 1 },
      data: rows.map((r) => r.share),
    }],
  };
}

/** The same numbers as a table: option, respondents, share. */
export function choiceTable(it: SurveyItemFigure, rows: ChoiceRow[]): TableSpec {
  return {
    columns: [
      { key: 'option', label: it.kind === 'numeric' ? 'Answer' : 'Option' },
      { key: 'n', label: 'Respondents', format: 'int' },
      { key: 'share', label: it.kind === 'multi' ? 'Share who ticked it' : 'Share', format: 'share' },
      { key: 'of', label: 'Respondents to the question', format: 'int' },
    ],
    rows: rows.map((r) => ({ option: r.value, n: r.n, share: Math.round(r.share * 10000) / 10000, of: it.n })),
  };
}
