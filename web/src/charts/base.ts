/** Pieces every chart option shares: fonts, tooltip look, the screen-reader description. */
import { fmtInt, fmtSigned } from '../format/intl.ts';
import type { ChartOption } from './echarts-setup.ts';
import { FONT, INK, pale, sentimentColor } from './palette.ts';

/** The common top-level option; `summary` becomes the canvas's aria description. */
/**
 * The tooltip of one hovered element (bar, point): `lines(index)` gives its lines; false entries
 * (a warning that does not apply) are left out, the rest joined one per line.
 */
export function itemTooltip(base: ChartOption, lines: (index: number) => (string | false)[]) {
  return {
    ...(base.tooltip as object),
    trigger: 'item' as const,
    formatter: (p: unknown) => lines((p as { dataIndex: number }).dataIndex).filter(Boolean).join('<br/>'),
  };
}

export function baseOption(summary: string): ChartOption {
  return {
    // Short, so a filter change reads as instant; the bench waits for ECharts' "finished".
    animationDuration: 250,
    animationDurationUpdate: 200,
    textStyle: { fontFamily: FONT, color: INK.text, fontSize: 12 },
    aria: { enabled: true, label: { enabled: true, description: summary } },
    tooltip: {
      confine: true,
      backgroundColor: '#fff',
      borderColor: INK.grid,
      textStyle: { color: INK.text, fontFamily: FONT, fontSize: 12 },
      extraCssText: 'box-shadow: 0 2px 8px rgba(0,0,0,.12); font-variant-numeric: tabular-nums;',
    },
  };
}

/** Escapes text for ECharts' HTML tooltips (theme and city names come from user data). */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Whether a figure is too thin to read at face value: fewer than minN segments behind it, or
 * fewer than minN of them scored (net is computed over scored segments only).
 */
export function isWeak(f: { n: number; scored: number; low_n: boolean }, minN: number): boolean {
  return f.low_n || f.scored < minN;
}

/** The low-n warning every pale figure carries in its tooltip; survey figures count respondents. */
export function lowNWarning(minN: number, unit: 'segments' | 'respondents' = 'segments'): string {
  return `⚠ Fewer than ${minN} ${unit} — read with care`;
}

/** The low-n warning as a red tooltip line. */
export function lowNLine(minN: number, unit?: 'segments' | 'respondents'): string {
  return `<span style="color:#b2182b">${lowNWarning(minN, unit)}</span>`;
}

/** The tooltip line of a net figure with its 95% interval, or that nothing was scored. */
export function netLine(f: { net: number | null; low: number | null; high: number | null }): string {
  return f.net == null ? 'No scored segments' : `Net sentiment <b>${fmtSigned(f.net)}</b> (95% interval ${fmtSigned(f.low)} to ${fmtSigned(f.high)})`;
}

/** A figure-column label: `head` over "n = …", both flagged red with ⚠ when the figure is weak. */
export function figureLabel(head: string, n: number, weak: boolean): string {
  return weak ? `{w|⚠} ${head}\n{w|n = ${fmtInt(n)}}` : `${head}\n{n|n = ${fmtInt(n)}}`;
}

/** A bar drawn pale with a dashed edge when its figure is weak, solid otherwise. */
export function weakBarStyle(color: string, weak: boolean, borderColor = color) {
  return { color: weak ? pale(color) : color, borderColor, borderWidth: 1, borderType: weak ? ('dashed' as const) : ('solid' as const) };
}

/** A bar coloured by its net sentiment; the neutral grey needs an edge to stand out from the white card. */
export function netBarStyle(net: number | null, weak: boolean) {
  const color = sentimentColor(net);
  const n = net ?? 0;
  return weakBarStyle(color, weak, n > -5 && n < 5 ? '#bdbdbd' : color);
}

/** A coloured dot for tooltips. */
export function dot(color: string): string {
  return `<span style="display:inline-block;width:8px;height:8px;border-radius:50%;background:${color};margin-right:6px"></span>`;
}

/**
 * A second category axis on the right whose labels are the figures of each row ("−13" over
 * "n = 10,600"). A column outside the plot never collides with bars or axis names, at any width.
 */
export function figureColumn(categories: string[], labels: string[]) {
  return {
    type: 'category' as const,
    position: 'right' as const,
    inverse: true,
    data: categories,
    axisTick: { show: false },
    axisLine: { show: false },
    axisLabel: {
      formatter: (_: string, i: number) => labels[i] ?? '',
      align: 'left' as const,
      margin: 10,
      lineHeight: 15,
      rich: {
        v: { fontWeight: 'bold' as const, color: INK.text, fontSize: 13, lineHeight: 16 },
        neg: { color: '#b2182b', fontSize: 12, lineHeight: 16 },
        pos: { color: '#2166ac', fontSize: 12, lineHeight: 16 },
        mid: { color: INK.muted, fontSize: 12, lineHeight: 16 },
        n: { color: INK.muted, fontSize: 11, lineHeight: 14 },
        w: { color: '#b2182b', fontSize: 11, lineHeight: 14 },
      },
    },
  };
}

/** The rich-text style name for a net value's colour in a figure column. */
export function netStyle(net: number | null): 'neg' | 'pos' | 'mid' {
  return net == null || (net > -5 && net < 5) ? 'mid' : net < 0 ? 'neg' : 'pos';
}

/**
 * A solid line at 0 on `axis` that the pointer never hits; `width` null leaves the width to
 * ECharts, as the report's trend line always has.
 */
export function zeroLine(axis: 'xAxis' | 'yAxis', color: string = INK.axis, width: number | null = 1) {
  return { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color, type: 'solid' as const, ...(width == null ? {} : { width }) }, data: [{ [axis]: 0 }] };
}
