/** Themes of survey respondents' open answers, each bar split by the respondent's NPS category. */
import type { SurveyResponse, ThemeId } from '../../../data/types.ts';
import { fmtInt, fmtSigned } from '../format/intl.ts';
import { themeLabel } from '../format/labels.ts';
import { labelAxis, plotGrid, swatchLegend, valueAxis } from './axes.ts';
import { baseOption, esc, figureColumn, netStyle } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import type { Finding, TableSpec } from './types.ts';

type Cat = 'detractor' | 'passive' | 'promoter' | 'none';
const CATS: { key: Cat; label: string; color: string }[] = [
  { key: 'detractor', label: 'Detractors', color: '#d6604d' },
  { key: 'passive', label: 'Passives', color: '#bdbdbd' },
  { key: 'promoter', label: 'Promoters', color: '#4393c3' },
  { key: 'none', label: 'No 0–10 answer', color: '#eaeef2' },
];

/** One theme: its segments overall (the evidence count) and per NPS category, with net sentiment. */
export type OpenThemeRow = { theme: ThemeId; n: number; net: number | null; by: Record<Cat, { n: number; net: number | null }> };

/** The rows, most mentioned first; "none" is what no category covers (respondents without an NPS answer). */
export function openThemeRows(open: SurveyResponse['openThemes'], limit = 12): OpenThemeRow[] {
  const all = open.filter((r) => r.category === 'all' && r.n > 0).sort((a, b) => b.n - a.n).slice(0, limit);
  return all.map((a) => {
    const get = (c: Cat) => open.find((r) => r.theme === a.theme && r.category === c);
    const by = { detractor: { n: 0, net: null }, passive: { n: 0, net: null }, promoter: { n: 0, net: null }, none: { n: 0, net: null } } as OpenThemeRow['by'];
    for (const c of ['detractor', 'passive', 'promoter'] as const) {
      const r = get(c);
      if (r) by[c] = { n: r.n, net: r.net };
    }
    by.none.n = Math.max(0, a.n - by.detractor.n - by.passive.n - by.promoter.n);
    return { theme: a.theme, n: a.n, net: a.net, by };
  });
}

export const OPEN_ROW_PX = 40;

/** Stacked bars of segment counts; the figure column shows the theme's net and n. */
export function openThemeBars(rows: OpenThemeRow[], summary: string): ChartOption {
  const base = baseOption(summary);
  const names = rows.map((r) => themeLabel(r.theme));
  const figures = rows.map((r) => `{${netStyle(r.net)}|${fmtSigned(r.net)}}\n{n|n = ${fmtInt(r.n)}}`);
  const cats = CATS.filter((c) => rows.some((r) => r.by[c.key].n > 0));
  return {
    ...base,
    grid: plotGrid(32),
    legend: swatchLegend(),
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: unknown) => {
        const r = rows[(ps as { dataIndex: number }[])[0].dataIndex];
        const lines = [`<b>${esc(themeLabel(r.theme))}</b> · n = ${fmtInt(r.n)} segments, net ${fmtSigned(r.net)}`];
        for (const c of cats) {
          const b = r.by[c.key];
          lines.push(`${c.label}: ${fmtInt(b.n)}${c.key === 'none' ? '' : `, net ${fmtSigned(b.net)}`}`);
        }
        lines.push('<i>Click to read these answers</i>');
        return lines.join('<br/>');
      },
    },
    xAxis: valueAxis((v: number) => fmtInt(v)),
    yAxis: [labelAxis(names), figureColumn(names, figures)],
    series: cats.map((c) => ({
      type: 'bar' as const,
      name: c.label,
      stack: 'open',
      barMaxWidth: 22,
      color: c.color,
      cursor: 'pointer',
      data: rows.map((r) => r.by[c.key].n),
    })),
  };
}

/** The title contrasts what detractors and promoters write about most. */
export function describeOpenThemes(rows: OpenThemeRow[], scope: string): Finding {
  if (rows.length === 0) return { title: 'No themes in the open answers', summary: 'No open answers matched a theme.' };
  const top = (c: Cat) => [...rows].sort((a, b) => b.by[c].n - a.by[c].n)[0];
  const det = top('detractor');
  const pro = top('promoter');
  const title =
    det.by.detractor.n > 0 && pro.by.promoter.n > 0 && det.theme !== pro.theme
      ? `Detractors write most about ${themeLabel(det.theme).toLowerCase()}, promoters about ${themeLabel(pro.theme).toLowerCase()}`
      : `${themeLabel(rows[0].theme)} is the theme respondents write about most (n = ${fmtInt(rows[0].n)})`;
  const each = rows.map((r) => `${themeLabel(r.theme)}: ${fmtInt(r.n)} segments, net ${fmtSigned(r.net)} (detractors ${fmtInt(r.by.detractor.n)}, passives ${fmtInt(r.by.passive.n)}, promoters ${fmtInt(r.by.promoter.n)})`);
  return { title, summary: `${title} (${scope}). ${each.join('; ')}.` };
}

/** The same numbers as a table. */
export function openThemeTable(rows: OpenThemeRow[]): TableSpec {
  return {
    columns: [
      { key: 'theme', label: 'Theme' },
      { key: 'n', label: 'n (segments)', format: 'int' },
      { key: 'net', label: 'Net sentiment', format: 'signed' },
      { key: 'detractor', label: 'Detractors', format: 'int' },
      { key: 'detractor_net', label: 'Detractors net', format: 'signed' },
      { key: 'passive', label: 'Passives', format: 'int' },
      { key: 'promoter', label: 'Promoters', format: 'int' },
      { key: 'promoter_net', label: 'Promoters net', format: 'signed' },
      { key: 'none', label: 'No 0–10 answer', format: 'int' },
    ],
    rows: rows.map((r) => ({
      theme: themeLabel(r.theme), n: r.n, net: r.net, detractor: r.by.detractor.n, detractor_net: r.by.detractor.net,
      passive: r.by.passive.n, promoter: r.by.promoter.n, promoter_net: r.by.promoter.net, none: r.by.none.n,
    })),
  };
}
