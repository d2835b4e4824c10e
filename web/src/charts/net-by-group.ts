/** Net sentiment by audience group: diverging bars in signed points, n on each, low n pale. */
import type { GroupNet } from '../../../data/types.ts';
import { fmtDecimal, fmtInt, fmtSigned } from '../format/intl.ts';
import { GROUP_LABEL, GROUP_ORDER } from '../format/labels.ts';
import { netAxis, plotGrid } from './axes.ts';
import { baseOption, dot, esc, figureColumn, figureLabel, isWeak, itemTooltip, lowNLine, netLine, zeroLine } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { GROUP_COLOR, INK, pale, sentimentColor } from './palette.ts';
import type { Finding, TableSpec } from './types.ts';


/** Groups with segments, always in the same order so charts of different views line up. */
function shown(rows: GroupNet[]): GroupNet[] {
  return rows.filter((r) => r.n > 0).sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
}

/** The diverging bar option on a fixed −100…+100 axis so views stay comparable. */
export function netByGroupBars(rows: GroupNet[], minN: number, summary: string): ChartOption {
  const data = shown(rows);
  const base = baseOption(summary);
  const figures = data.map((r) => figureLabel(`{v|${r.net == null ? 'no score' : fmtSigned(r.net)}}`, r.n, isWeak(r, minN)));
  return {
    ...base,
    grid: plotGrid(8),
    tooltip: itemTooltip(base, (i) => {
      const r = data[i];
      return [
        `${dot(GROUP_COLOR[r.group])}<b>${esc(GROUP_LABEL[r.group])}</b>`,
        netLine(r),
        `n = ${fmtInt(r.n)} segments, ${fmtInt(r.scored)} scored${r.mean == null ? '' : ` · mean score ${fmtDecimal(r.mean)}`}`,
        isWeak(r, minN) && lowNLine(minN),
      ];
    }),
    xAxis: netAxis(),
    yAxis: [{
      type: 'category',
      inverse: true,
      data: data.map((r) => r.group),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        formatter: (g: string) => `{${g}|●} ${GROUP_LABEL[g as GroupNet['group']]}`,
        rich: Object.fromEntries(Object.entries(GROUP_COLOR).map(([g, c]) => [g, { color: c, fontSize: 14 }])),
        color: INK.text,
      },
    }, figureColumn(data.map((r) => r.group), figures)],
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        data: data.map((r) => {
          const weak = isWeak(r, minN);
          const color = sentimentColor(r.net);
          return {
            value: r.net ?? 0,
            itemStyle: {
              color: weak ? pale(color) : color,
              borderColor: color,
              borderType: 'dashed' as const,
              borderWidth: weak ? 1 : 0,
            },
          };
        }),
        markLine: zeroLine('xAxis'),
      },
    ],
  };
}

function prose(g: GroupNet['group']): string {
  return g === 'unknown' ? 'Authors of unknown group' : GROUP_LABEL[g];
}

/** Title naming the most negative and most positive groups among those with enough segments. */
export function describeNetByGroup(rows: GroupNet[], minN: number): Finding {
  const data = shown(rows);
  const solid = data
    .filter((r): r is GroupNet & { net: number } => r.net != null && !isWeak(r, minN))
    .sort((a, b) => a.net - b.net);
  const each = data.map((r) => `${GROUP_LABEL[r.group]} ${fmtSigned(r.net)} (n = ${fmtInt(r.n)}${isWeak(r, minN) ? `, fewer than ${minN} scored segments` : ''})`);
  let title: string;
  if (data.length === 0) title = 'No segments for this selection';
  else if (solid.length === 0) title = `Every group has fewer than ${minN} scored segments — read with care`;
  else if (solid.length === 1) title = `${prose(solid[0].group)}: net sentiment ${fmtSigned(solid[0].net)}`;
  else {
    const lo = solid[0];
    const hi = solid[solid.length - 1];
    if (Math.round(hi.net) - Math.round(lo.net) < 5) title = `All groups feel much the same (${fmtSigned(lo.net)} to ${fmtSigned(hi.net)})`;
    else if (lo.net < 0) title = `${prose(lo.group)} are the most negative (${fmtSigned(lo.net)}), ${prose(hi.group).toLowerCase()} the most positive (${fmtSigned(hi.net)})`;
    else title = `${prose(hi.group)} are the most positive (${fmtSigned(hi.net)}), ${prose(lo.group).toLowerCase()} the least (${fmtSigned(lo.net)})`;
  }
  return { title, summary: `${title}. Net sentiment in points, positive minus negative: ${each.join('; ')}.` };
}

/** The same numbers as a table: net, interval, n, scored, mean and the low-n flag. */
export function netByGroupTable(rows: GroupNet[], minN: number): TableSpec {
  return {
    columns: [
      { key: 'group', label: 'Group' },
      { key: 'net', label: 'Net sentiment', format: 'signed' },
      { key: 'low', label: '95% low', format: 'signed' },
      { key: 'high', label: '95% high', format: 'signed' },
      { key: 'n', label: 'n (segments)', format: 'int' },
      { key: 'scored', label: 'Scored', format: 'int' },
      { key: 'mean', label: 'Mean score', format: 'decimal' },
      { key: 'low_n', label: 'Low n' },
    ],
    rows: shown(rows).map((r) => ({
      group: GROUP_LABEL[r.group], net: r.net, low: r.low, high: r.high, n: r.n, scored: r.scored, mean: r.mean, low_n: isWeak(r, minN),
    })),
  };
}
