/** Top themes: bars of share of segments, each coloured by its net sentiment. */
import type { ThemeRow } from '../../../data/types.ts';
import { fmtInt, fmtShare, fmtSigned } from '../format/intl.ts';
import { themeLabel } from '../format/labels.ts';
import { baseOption, esc, figureColumn, isWeak, lowNWarning, netStyle } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { INK, pale, sentimentColor } from './palette.ts';
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
  const figures = data.map((r) => {
    const head = `{v|${fmtShare(r.share)}}  {${netStyle(r.net)}|${fmtSigned(r.net)}}`;
    return isWeak(r, minN) ? `{w|⚠} ${head}\n{w|n = ${fmtInt(r.n)}}` : `${head}\n{n|n = ${fmtInt(r.n)}}`;
  });
  return {
    ...base,
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p: unknown) => {
        const r = data[(p as { dataIndex: number }).dataIndex];
        const lines = [
          `<b>${esc(themeLabel(r.theme))}</b>${r.stage ? ` · ${r.stage}` : ''}`,
          `${fmtShare(r.share)} of segments · n = ${fmtInt(r.n)}, ${fmtInt(r.scored)} scored`,
          r.net == null
            ? 'No scored segments'
            : `Net sentiment <b>${fmtSigned(r.net)}</b> (95% interval ${fmtSigned(r.low)} to ${fmtSigned(r.high)})`,
        ];
        if (isWeak(r, minN)) lines.push(`<span style="color:#b2182b">${lowNWarning(minN)}</span>`);
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { color: INK.muted, formatter: (v: number) => fmtShare(v) },
      splitLine: { lineStyle: { color: INK.grid } },
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: names,
        axisTick: { show: false },
        axisLine: { lineStyle: { color: INK.axis } },
        axisLabel: { color: INK.text },
      },
      figureColumn(names, figures),
    ],
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: data.map((r) => {
          const color = sentimentColor(r.net);
          const weak = isWeak(r, minN);
          const net = r.net ?? 0;
          return {
            value: r.share,
            itemStyle: {
              color: weak ? pale(color) : color,
              // The neutral grey needs an edge to stand out from the white card.
              borderColor: net > -5 && net < 5 ? '#bdbdbd' : color,
              borderWidth: 1,
              borderType: weak ? ('dashed' as const) : ('solid' as const),
            },
          };
        }),
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
