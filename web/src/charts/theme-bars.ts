/** Top themes: bars of share of segments, each coloured by its net sentiment. */
import type { ThemeRow } from '../../../data/types.ts';
import { fmtInt, fmtShare, fmtSigned } from '../format/intl.ts';
import { themeLabel } from '../format/labels.ts';
import { labelAxis, plotGrid, valueAxis } from './axes.ts';
import { baseOption, esc, figureColumn, figureLabel, isWeak, itemTooltip, lowNLine, netBarStyle, netLine, netStyle } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import type { Finding, TableSpec } from './types.ts';

function ordered(rows: ThemeRow[]): ThemeRow[] {
  return rows.filter((r) => r.n > 0).sort((a, b) => b.share - a.share);
}

/** Bar height per theme, so the card can size the chart to its rows. */
export const THEME_ROW_PX = 38;

/** The bar option: y = themes by share (largest on top), x = share, colour = net sentiment. */
export function themeBars(rows: ThemeRow[], minN: number, summary: string): ChartOption {
  const data = ordered(rows);
  const base = baseOption(summary);
  const names = data.map((r) => themeLabel(r.theme));
  const figures = data.map((r) => figureLabel(`{v|${fmtShare(r.share)}}  {${netStyle(r.net)}|${fmtSigned(r.net)}}`, r.n, isWeak(r, minN)));
  return {
    ...base,
    grid: plotGrid(8),
    tooltip: itemTooltip(base, (i) => {
      const r = data[i];
      return [
        `<b>${esc(themeLabel(r.theme))}</b>${r.stage ? ` · ${r.stage}` : ''}`,
        `${fmtShare(r.share)} of segments · n = ${fmtInt(r.n)}, ${fmtInt(r.scored)} scored`,
        netLine(r),
        isWeak(r, minN) && lowNLine(minN),
      ];
    }),
    xAxis: valueAxis((v: number) => fmtShare(v)),
    yAxis: [labelAxis(names), figureColumn(names, figures)],
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: data.map((r) => ({ value: r.share, itemStyle: netBarStyle(r.net, isWeak(r, minN)) })),
      },
    ],
  };
}

/**
 * Title naming the most discussed theme and how people feel about it; when a different theme
 * is clearly negative, the title names that one too (it is usually the news).
 */
export function describeThemes(rows: ThemeRow[], minN: number): Finding {
  const data = ordered(rows);
  if (data.length === 0) return { title: 'No themes found for this selection', summary: 'No segment matched a theme.' };
  const top = data.find((r) => r.theme !== 'unclassified') ?? data[0];
  const topSolid = top.net != null && !isWeak(top, minN);
  const worst = data
    .filter((r): r is ThemeRow & { net: number } => r.net != null && !isWeak(r, minN) && r.theme !== top.theme && r.theme !== 'unclassified')
    .sort((a, b) => a.net - b.net)[0];
  const name = themeLabel(top.theme);
  let title: string;
  if (topSolid && top.net! <= -10) {
    title = `${name} is the most discussed theme (${fmtShare(top.share)} of segments) — and a negative one (${fmtSigned(top.net)})`;
  } else if (worst && worst.net <= -10) {
    const lead = topSolid ? `${fmtShare(top.share)}, ${fmtSigned(top.net)}` : `${fmtShare(top.share)} of segments`;
    title = `${name} is the most discussed theme (${lead}); ${themeLabel(worst.theme).toLowerCase()} is the most negative (${fmtSigned(worst.net)})`;
  } else if (topSolid && top.net! >= 10) {
    title = `${name} is the most discussed theme (${fmtShare(top.share)} of segments) — and a positive one (${fmtSigned(top.net)})`;
  } else {
    title = `${name} is the most discussed theme (${fmtShare(top.share)} of segments)`;
  }
  const each = data.map((r) => `${themeLabel(r.theme)} ${fmtShare(r.share)}, net ${fmtSigned(r.net)}, n = ${fmtInt(r.n)}${isWeak(r, minN) ? ` (fewer than ${minN} scored segments)` : ''}`);
  return { title, summary: `${title}. Share of segments and net sentiment per theme: ${each.join('; ')}.` };
}

/** The same numbers as a table. */
export function themeTable(rows: ThemeRow[], minN: number): TableSpec {
  return {
    columns: [
      { key: 'theme', label: 'Theme' },
      { key: 'share', label: 'Share of segments', format: 'share' },
      { key: 'net', label: 'Net sentiment', format: 'signed' },
      { key: 'low', label: '95% low', format: 'signed' },
      { key: 'high', label: '95% high', format: 'signed' },
      { key: 'n', label: 'n (segments)', format: 'int' },
      { key: 'scored', label: 'Scored', format: 'int' },
      { key: 'stage', label: 'Journey stage' },
      { key: 'low_n', label: 'Low n' },
    ],
    rows: ordered(rows).map((r) => ({
      theme: themeLabel(r.theme), share: r.share, net: r.net, low: r.low, high: r.high, n: r.n, scored: r.scored, stage: r.stage, low_n: isWeak(r, minN),
    })),
  };
}
