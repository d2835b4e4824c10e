/**
 * Compare: one small multiple per city on shared scales — bar length = share of the city's own
 * segments, colour = net sentiment on the fixed diverging scale, the same dimension order in all.
 */
import type { CompareCity, CompareResponse } from '../../../data/types.ts';
import { fmtInt, fmtShare, fmtSigned } from '../format/intl.ts';
import { themeLabel } from '../format/labels.ts';
import { labelAxis, plotGrid, valueAxis } from './axes.ts';
import { baseOption, esc, figureColumn, figureLabel, isWeak, itemTooltip, lowNLine, netBarStyle, netLine, netStyle } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import type { Finding, TableSpec } from './types.ts';

/** A dimension's display name: theme ids as labels, preset dimensions as they are. */
export function dimensionLabel(d: CompareResponse, dim: string): string {
  return d.preset === 'themes' ? themeLabel(dim as Parameters<typeof themeLabel>[0]) : dim;
}

/** Dimensions by mean share across the cities, so every multiple lists them in the same order. */
export function dimensionOrder(d: CompareResponse, limit = 12): string[] {
  const sum = new Map<string, number>();
  for (const c of d.cities) for (const x of c.dimensions) sum.set(x.dimension, (sum.get(x.dimension) ?? 0) + x.share);
  return [...sum.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k]) => k);
}

/** The largest share in any city: the shared x-axis end. */
export function sharedMax(d: CompareResponse): number {
  const top = Math.max(0.01, ...d.cities.flatMap((c) => c.dimensions.map((x) => x.share)));
  return Math.ceil(top * 20) / 20;
}

/** One city's bars; `order` and `max` come from the whole comparison so scales are shared. */
export function compareBars(d: CompareResponse, c: CompareCity, order: string[], max: number, summary: string): ChartOption {
  const rows = order.map((dim) => c.dimensions.find((x) => x.dimension === dim) ?? null);
  const names = order.map((dim) => dimensionLabel(d, dim));
  const figures = rows.map((r) => {
    if (!r) return '{n|none}';
    return figureLabel(`{v|${fmtShare(r.share)}}  {${netStyle(r.net)}|${fmtSigned(r.net)}}`, r.n, isWeak(r, d.minN));
  });
  const base = baseOption(summary);
  return {
    ...base,
    grid: plotGrid(8),
    tooltip: itemTooltip(base, (i) => {
      const r = rows[i];
      if (!r) return [`${esc(names[i])}: no segments`];
      return [
        `<b>${esc(c.city)}</b> · ${esc(names[i])}`,
        `${fmtShare(r.share)} of the city's segments · n = ${fmtInt(r.n)}`,
        netLine(r),
        isWeak(r, d.minN) && lowNLine(d.minN),
      ];
    }),
    xAxis: valueAxis((v: number) => fmtShare(v), { min: 0, max }),
    yAxis: [labelAxis(names), figureColumn(names, figures)],
    series: [{
      type: 'bar',
      barMaxWidth: 20,
      data: rows.map((r) => ({ value: r?.share ?? 0, itemStyle: netBarStyle(r?.net ?? null, r ? isWeak(r, d.minN) : true) })),
    }],
  };
}

/** Per city: its most discussed dimension and its most negative one, in words. */
export function describeCity(d: CompareResponse, c: CompareCity): Finding {
  const solid = c.dimensions.filter((x): x is typeof x & { net: number } => x.net != null && !isWeak(x, d.minN));
  const top = [...c.dimensions].sort((a, b) => b.share - a.share)[0];
  const worst = [...solid].sort((a, b) => a.net - b.net)[0];
  let title = top ? `${dimensionLabel(d, top.dimension)} leads (${fmtShare(top.share)})` : 'No segments';
  if (worst && worst.net < -5) title += `; ${dimensionLabel(d, worst.dimension).toLowerCase()} is the most negative (${fmtSigned(worst.net)}, n = ${fmtInt(worst.n)})`;
  const each = c.dimensions.map((x) => `${dimensionLabel(d, x.dimension)} ${fmtShare(x.share)}, net ${fmtSigned(x.net)}, n = ${fmtInt(x.n)}`);
  return { title, summary: `${c.city}: ${title}. ${each.join('; ')}.` };
}

/** Every city × dimension figure as one table. */
export function compareTable(d: CompareResponse): TableSpec {
  return {
    columns: [
      { key: 'city', label: 'City' },
      { key: 'dimension', label: d.preset === 'themes' ? 'Theme' : 'Dimension' },
      { key: 'share', label: 'Share of segments', format: 'share' },
      { key: 'net', label: 'Net sentiment', format: 'signed' },
      { key: 'low', label: '95% low', format: 'signed' },
      { key: 'high', label: '95% high', format: 'signed' },
      { key: 'n', label: 'n (segments)', format: 'int' },
      { key: 'low_n', label: 'Low n' },
    ],
    rows: d.cities.flatMap((c) => c.dimensions.map((x) => ({
      city: c.city, dimension: dimensionLabel(d, x.dimension), share: x.share, net: x.net, low: x.low, high: x.high, n: x.n, low_n: isWeak(x, d.minN),
    }))),
  };
}
