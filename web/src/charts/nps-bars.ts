/** NPS per audience group: a 100% bar of detractors (0–6), passives (7–8) and promoters (9–10). */
import type { SurveyItemFigure } from '../../../data/types.ts';
import { fmtInt, fmtShare, fmtSigned } from '../format/intl.ts';
import { AUDIENCE_ORDER, GROUP_LABEL } from '../format/labels.ts';
import { labelAxis, plotGrid, swatchLegend, valueAxis } from './axes.ts';
import { baseOption, esc, figureColumn, lowNLine, netStyle } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { pale } from './palette.ts';
import type { Finding, TableSpec } from './types.ts';

const PARTS = [
  { key: 'detractors', label: 'Detractors (0–6)', color: '#d6604d' },
  { key: 'passives', label: 'Passives (7–8)', color: '#e0e0e0' },
  { key: 'promoters', label: 'Promoters (9–10)', color: '#4393c3' },
] as const;

/** The rows to draw: all respondents first, then each group with answers. */
export function npsRows(rows: SurveyItemFigure[]): SurveyItemFigure[] {
  return rows.filter((r) => r.n > 0).sort((a, b) => AUDIENCE_ORDER.indexOf(a.group) - AUDIENCE_ORDER.indexOf(b.group));
}

/** A group's name, with "All respondents" for the total. */
export function groupName(g: SurveyItemFigure['group']): string {
  return g === 'all' ? 'All respondents' : GROUP_LABEL[g];
}

function parts(r: SurveyItemFigure): Record<(typeof PARTS)[number]['key'], number> {
  const pro = r.promoters ?? 0;
  const det = r.detractors ?? 0;
  return { detractors: det, passives: Math.max(0, 1 - pro - det), promoters: pro };
}

export const NPS_ROW_PX = 44;

/** The stacked bars; the figure column shows the NPS and n of each row. */
export function npsBars(rows: SurveyItemFigure[], summary: string): ChartOption {
  const data = npsRows(rows);
  const base = baseOption(summary);
  const names = data.map((r) => groupName(r.group));
  const figures = data.map((r) => `${r.low_n ? '{w|⚠} ' : ''}{v|NPS} {${netStyle(r.nps)}|${fmtSigned(r.nps)}}\n{n|n = ${fmtInt(r.n)}}`);
  return {
    ...base,
    grid: plotGrid(32),
    legend: swatchLegend(),
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: unknown) => {
        const r = data[(ps as { dataIndex: number }[])[0].dataIndex];
        const p = parts(r);
        const lines = [
          `<b>${esc(groupName(r.group))}</b> · n = ${fmtInt(r.n)}`,
          `NPS <b>${fmtSigned(r.nps)}</b> (95% interval ${fmtSigned(r.nps_low)} to ${fmtSigned(r.nps_high)})`,
          ...PARTS.map((x) => `${x.label}: ${fmtShare(p[x.key])}`),
        ];
        if (r.low_n) lines.push(lowNLine(30, 'respondents'));
        return lines.join('<br/>');
      },
    },
    xAxis: valueAxis((v: number) => fmtShare(v), { min: 0, max: 1 }),
    yAxis: [labelAxis(names), figureColumn(names, figures)],
    series: PARTS.map((x) => ({
      type: 'bar' as const,
      name: x.label,
      stack: 'nps',
      barMaxWidth: 24,
      color: x.color,
      data: data.map((r) => ({ value: parts(r)[x.key], itemStyle: { color: r.low_n ? pale(x.color) : x.color, borderColor: x.key === 'passives' ? '#bdbdbd' : undefined, borderWidth: x.key === 'passives' ? 0.5 : 0 } })),
    })),
  };
}

/** The title names the overall NPS and the group furthest below it. */
export function describeNps(rows: SurveyItemFigure[], scope: string): Finding {
  const data = npsRows(rows);
  const all = data.find((r) => r.group === 'all');
  if (!all || all.nps == null) return { title: 'No recommendation (0–10) answers', summary: 'No NPS answers.' };
  const groups = data.filter((r) => r.group !== 'all' && r.nps != null && !r.low_n).sort((a, b) => a.nps! - b.nps!);
  const low = groups[0];
  const high = groups[groups.length - 1];
  let title = `Net Promoter Score ${fmtSigned(all.nps)}`;
  if (low && high && low !== high && high.nps! - low.nps! >= 15) {
    title += `: ${groupName(low.group).toLowerCase()} ${fmtSigned(low.nps)}, ${groupName(high.group).toLowerCase()} ${fmtSigned(high.nps)}`;
  }
  const each = data.map((r) => `${groupName(r.group)}: NPS ${fmtSigned(r.nps)}, ${fmtShare(r.promoters ?? 0)} promoters, ${fmtShare(r.detractors ?? 0)} detractors, n = ${fmtInt(r.n)}`);
  return { title, summary: `${title} (${scope}). ${each.join('; ')}.` };
}

/** The same numbers as a table. */
export function npsTable(rows: SurveyItemFigure[]): TableSpec {
  return {
    columns: [
      { key: 'group', label: 'Group' },
      { key: 'nps', label: 'NPS', format: 'signed' },
      { key: 'nps_low', label: '95% low', format: 'signed' },
      { key: 'nps_high', label: '95% high', format: 'signed' },
      { key: 'promoters', label: 'Promoters', format: 'share' },
      { key: 'passives', label: 'Passives', format: 'share' },
      { key: 'detractors', label: 'Detractors', format: 'share' },
      { key: 'n', label: 'n (respondents)', format: 'int' },
      { key: 'low_n', label: 'Low n' },
    ],
    rows: npsRows(rows).map((r) => ({
      group: groupName(r.group), nps: r.nps, nps_low: r.nps_low, nps_high: r.nps_high,
      promoters: r.promoters, passives: parts(r).passives, detractors: r.detractors, n: r.n, low_n: r.low_n,
    })),
  };
}
