/** Themes × audience groups: a heatmap of net sentiment, cell text = net, low-n cells pale with ⚠. */
import type { Group, ThemeOrUnclassified, ThemeRow } from '../../../data/types.ts';
import { fmtInt, fmtSigned } from '../format/intl.ts';
import { GROUP_LABEL, GROUP_ORDER, themeLabel } from '../format/labels.ts';
import { plotGrid } from './axes.ts';
import { baseOption, dot, esc, isWeak, lowNLine, netLine } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { GROUP_COLOR, INK, SENTIMENT_BREAKS, SENTIMENT_SCALE, pale, sentimentColor } from './palette.ts';
import type { Finding, TableSpec } from './types.ts';

export type Cell = ThemeRow & { group: Group };
// Column heads short enough for four columns on a phone.
const SHORT_LABEL: Record<string, string> = { resident: 'Residents', international: 'Internat.', visitor: 'Visitors', unknown: 'Unknown' };

/** Rows (themes by volume, largest first, "no theme" left out) and columns (groups with segments). */
export function heatmapAxes(themes: ThemeRow[], cells: Cell[]): { rows: ThemeOrUnclassified[]; cols: Group[] } {
  const rows = themes.filter((t) => t.n > 0 && t.theme !== 'unclassified').sort((a, b) => b.n - a.n).map((t) => t.theme);
  const cols = GROUP_ORDER.filter((g) => cells.some((c) => c.group === g && c.n > 0));
  return { rows, cols };
}

/** Pixel height for `rows` themes. */
export const heatmapHeight = (rows: number) => Math.max(160, rows * 34 + 56);

/** Dark cells need white text. */
const inkOn = (net: number | null) => (net != null && Math.abs(net) >= 25 ? '#fff' : INK.text);

/**
 * The heatmap option; clicked cells are found again through `heatmapAxes` (value = [col, row]).
 * `compact` shortens the column heads for phone widths.
 */
export function themeHeatmap(themes: ThemeRow[], cells: Cell[], minN: number, summary: string, compact = false): ChartOption {
  const { rows, cols } = heatmapAxes(themes, cells);
  const find = (t: ThemeOrUnclassified, g: Group) => cells.find((c) => c.theme === t && c.group === g);
  const data = rows.flatMap((t, y) =>
    cols.flatMap((g, x) => {
      const c = find(t, g);
      if (!c || c.n === 0) return [];
      const weak = isWeak(c, minN);
      const color = sentimentColor(c.net);
      return [{
        value: [x, y, c.net ?? 0],
        label: { color: weak ? INK.muted : inkOn(c.net), formatter: `${weak ? '⚠ ' : ''}${fmtSigned(c.net)}` },
        itemStyle: { color: weak ? pale(color, 0.3) : color, borderColor: '#fff', borderWidth: 2 },
      }];
    }),
  );
  const base = baseOption(summary);
  return {
    ...base,
    grid: plotGrid(36),
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p: unknown) => {
        const [x, y] = (p as { value: number[] }).value;
        const c = find(rows[y], cols[x])!;
        const lines = [
          `<b>${esc(themeLabel(c.theme))}</b> · ${dot(GROUP_COLOR[c.group])}${esc(GROUP_LABEL[c.group])}`,
          netLine(c),
          `n = ${fmtInt(c.n)} segments, ${fmtInt(c.scored)} scored`,
        ];
        if (isWeak(c, minN)) lines.push(lowNLine(minN));
        lines.push(`<span style="color:${INK.muted}">Click for the quotes</span>`);
        return lines.join('<br/>');
      },
    },
    // ECharts draws heatmaps only through a visual map: the sentiment bins, hidden (the page shows
    // the legend); each cell's own colour still wins, so low-n cells can be pale.
    visualMap: {
      show: false, type: 'piecewise', dimension: 2, seriesIndex: 0,
      pieces: SENTIMENT_SCALE.map((color, i) => ({ gte: i === 0 ? -1000 : SENTIMENT_BREAKS[i - 1], lt: i < SENTIMENT_BREAKS.length ? SENTIMENT_BREAKS[i] : 1000, color })),
    },
    xAxis: {
      type: 'category', position: 'top', data: cols,
      axisTick: { show: false }, axisLine: { show: false }, splitArea: { show: false },
      axisLabel: { color: INK.text, fontWeight: 'bold', interval: 0, formatter: (g: string) => (compact ? SHORT_LABEL[g] : GROUP_LABEL[g as Group]) ?? g },
    },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((t) => themeLabel(t)),
      axisTick: { show: false }, axisLine: { show: false }, axisLabel: { color: INK.text },
    },
    series: [{
      type: 'heatmap', data, cursor: 'pointer',
      label: { show: true, fontSize: 12, fontWeight: 'bold' },
      emphasis: { itemStyle: { borderColor: INK.text, borderWidth: 2 } },
    }],
  };
}

/** Title naming the most negative solid cell (and the most positive), or a calm fallback. */
export function describeHeatmap(themes: ThemeRow[], cells: Cell[], minN: number): Finding {
  const { rows, cols } = heatmapAxes(themes, cells);
  const shown = cells.filter((c) => rows.includes(c.theme) && cols.includes(c.group) && c.n > 0);
  const all = shown.filter((c): c is Cell & { net: number } => c.net != null && !isWeak(c, minN)).sort((a, b) => a.net - b.net);
  // A finding about a named audience reads better than one about authors of unknown group.
  const known = all.filter((c) => c.group !== 'unknown');
  const solid = known.length > 0 ? known : all;
  let title = 'No theme has enough segments per group to compare';
  if (solid.length > 0) {
    const lo = solid[0];
    const hi = solid[solid.length - 1];
    title = lo.net < 0
      ? `${GROUP_LABEL[lo.group]} are most negative about ${themeLabel(lo.theme).toLowerCase()} (${fmtSigned(lo.net)}); ${GROUP_LABEL[hi.group].toLowerCase()} most positive about ${themeLabel(hi.theme).toLowerCase()} (${fmtSigned(hi.net)})`
      : `Every audience is positive about every theme; ${GROUP_LABEL[hi.group].toLowerCase()} most of all about ${themeLabel(hi.theme).toLowerCase()} (${fmtSigned(hi.net)})`;
  }
  const each = rows.map((t) => `${themeLabel(t)}: ${cols.map((g) => {
    const c = shown.find((x) => x.theme === t && x.group === g);
    return c ? `${GROUP_LABEL[g]} ${fmtSigned(c.net)} (n = ${fmtInt(c.n)}${isWeak(c, minN) ? ', low n' : ''})` : `${GROUP_LABEL[g]} none`;
  }).join(', ')}`);
  return { title, summary: `${title}. Net sentiment per theme and audience group — ${each.join('; ')}.` };
}

/** The heatmap's cells as a table. */
export function heatmapTable(themes: ThemeRow[], cells: Cell[], minN: number): TableSpec {
  const { rows, cols } = heatmapAxes(themes, cells);
  return {
    columns: [
      { key: 'theme', label: 'Theme' }, { key: 'group', label: 'Group' },
      { key: 'net', label: 'Net sentiment', format: 'signed' }, { key: 'low', label: '95% low', format: 'signed' },
      { key: 'high', label: '95% high', format: 'signed' }, { key: 'n', label: 'n (segments)', format: 'int' },
      { key: 'scored', label: 'Scored', format: 'int' }, { key: 'low_n', label: 'Low n' },
    ],
    rows: rows.flatMap((t) => cols.flatMap((g) => {
      const c = cells.find((x) => x.theme === t && x.group === g);
      return c && c.n > 0 ? [{ theme: themeLabel(t), group: GROUP_LABEL[g], net: c.net, low: c.low, high: c.high, n: c.n, scored: c.scored, low_n: isWeak(c, minN) }] : [];
    })),
  };
}
