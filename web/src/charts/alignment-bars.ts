/** Alignment A(g) per audience group: bars on a fixed 0–1 axis with n beside each. */
import type { Group, ValuesResponse } from '../../../data/types.ts';
import { fmtDecimal, fmtInt } from '../format/intl.ts';
import { AUDIENCE_ORDER } from '../format/labels.ts';
import { labelAxis, plotGrid, valueAxis } from './axes.ts';
import { baseOption, figureColumn, figureLabel, itemTooltip, lowNLine, weakBarStyle } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { GROUP_COLOR, INK } from './palette.ts';
import { groupName } from './resonance-findings.ts';
import type { Finding, TableSpec } from './types.ts';

/** A group's alignment where it exists (null when the group or the brand names no value). */
type Row = ValuesResponse['alignment'][number] & { alignment: number };

function rows(d: ValuesResponse): Row[] {
  return d.alignment
    .filter((r): r is Row => r.n > 0 && r.alignment !== null)
    .sort((a, b) => AUDIENCE_ORDER.indexOf(a.group) - AUDIENCE_ORDER.indexOf(b.group));
}

const colour = (g: Group | 'all') => (g === 'all' ? INK.text : GROUP_COLOR[g]);

/** The bar option: y = groups ('All audiences' first), x = alignment 0…1. */
export function alignmentBars(d: ValuesResponse, summary: string): ChartOption {
  const data = rows(d);
  const names = data.map((r) => groupName(r.group));
  const figures = data.map((r) => figureLabel(`{v|${fmtDecimal(r.alignment)}}`, r.n, r.low_n));
  const base = baseOption(summary);
  return {
    ...base,
    grid: plotGrid(8),
    tooltip: itemTooltip(base, (i) => {
      const r = data[i];
      return [`<b>${groupName(r.group)}</b>: alignment <b>${fmtDecimal(r.alignment)}</b>`, `n = ${fmtInt(r.n)} segments mentioning a brand value`,
        r.low_n && lowNLine(d.minN)];
    }),
    xAxis: valueAxis((v: number) => fmtDecimal(v), { min: 0, max: 1, interval: 0.25 }),
    yAxis: [labelAxis(names), figureColumn(names, figures)],
    series: [{
      type: 'bar',
      barMaxWidth: 22,
      silent: true,
      data: data.map((r) => ({ value: r.alignment, itemStyle: weakBarStyle(colour(r.group), r.low_n) })),
    }],
  };
}

/** Title naming the group closest to the brand's emphasis and the one furthest from it. */
export function describeAlignment(d: ValuesResponse): Finding {
  const data = rows(d);
  const solid = data.filter((r) => r.group !== 'all' && !r.low_n).sort((a, b) => b.alignment - a.alignment);
  const all = data.find((r) => r.group === 'all');
  let title: string;
  if (data.length === 0) title = 'No audience segment mentions a brand value';
  else if (solid.length >= 2) {
    const hi = solid[0];
    const lo = solid[solid.length - 1];
    title = `${groupName(hi.group)} talk most like the brand (${fmtDecimal(hi.alignment)}), ${groupName(lo.group).toLowerCase()} least (${fmtDecimal(lo.alignment)})`;
  } else if (all) title = `Audiences and brand overlap by ${fmtDecimal(all.alignment)} on a 0–1 scale`;
  else title = `Alignment ${fmtDecimal(data[0].alignment)}`;
  const each = data.map((r) => `${groupName(r.group)} ${fmtDecimal(r.alignment)} (n = ${fmtInt(r.n)}${r.low_n ? ', low n' : ''})`);
  return { title, summary: `${title}. Alignment per group, 1 = talks about the values in the brand's proportions: ${each.join('; ')}.` };
}

/** The same numbers as a table. */
export function alignmentTable(d: ValuesResponse): TableSpec {
  return {
    columns: [
      { key: 'group', label: 'Audience' },
      { key: 'alignment', label: 'Alignment A', format: 'decimal' },
      { key: 'n', label: 'n (segments)', format: 'int' },
      { key: 'low_n', label: 'Low n' },
    ],
    rows: rows(d).map((r) => ({ group: groupName(r.group), alignment: r.alignment, n: r.n, low_n: r.low_n })),
  };
}
