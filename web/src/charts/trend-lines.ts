/** Net sentiment over time: one line per series with its shaded 95% band, low-n points pale, alerts marked. */
import type { Group, TrendAlert, TrendPoint } from '../../../data/types.ts';
import { fmtInt, fmtMonth, fmtDay, fmtShare, fmtSigned } from '../format/intl.ts';
import { AUDIENCE_ORDER, audienceName } from '../format/labels.ts';
import { netAxis, periodAxis, plotGrid } from './axes.ts';
import { baseOption, dot, esc, isWeak, lowNLine, netLine } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { GROUP_COLOR, INK, pale } from './palette.ts';
import type { Finding, TableSpec } from './types.ts';

export type SeriesKey = Group | 'all';
export const SERIES_COLOR: Record<SeriesKey, string> = { ...GROUP_COLOR, all: '#1f2328' };
export const seriesLabel = audienceName;

/** A period label for the interval: "Mar 2026" or "week of 2 Mar 2026". */
export const periodLabel = (p: string, interval: 'week' | 'month') => (interval === 'month' ? fmtMonth(p) : `week of ${fmtDay(p)}`);

/** Periods on the x axis (sorted) and the series drawn (those with any segments). */
export function trendAxes(points: TrendPoint[], show: SeriesKey[]): { periods: string[]; series: SeriesKey[] } {
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const series = AUDIENCE_ORDER.filter((g) => show.includes(g) && points.some((p) => p.group === g && p.n > 0));
  return { periods, series };
}

/** What a click on the chart hit: a point of a series or an alert marker. */
export type TrendHit = { kind: 'point' | 'alert'; period: string; group: SeriesKey };

/** The line option; series ids encode what a click hit ("line:resident", "alert:all"). */
export function trendLines(points: TrendPoint[], alerts: TrendAlert[], show: SeriesKey[], interval: 'week' | 'month', minN: number, summary: string): ChartOption {
  const { periods, series } = trendAxes(points, show);
  const at = (g: SeriesKey, period: string) => points.find((p) => p.group === g && p.period === period);
  const bandAlpha = series.length > 1 ? 0.1 : 0.2;
  const base = baseOption(summary);
  const lines = series.flatMap((g) => {
    const color = SERIES_COLOR[g];
    const pts = periods.map((period) => at(g, period));
    return [
      // The band: an invisible lower line and the (high − low) stacked on it with an area fill.
      { type: 'line' as const, id: `low:${g}`, stack: `band:${g}`, stackStrategy: 'all' as const, silent: true, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, data: pts.map((p) => (p?.low == null ? null : p.low)) },
      { type: 'line' as const, id: `band:${g}`, stack: `band:${g}`, stackStrategy: 'all' as const, silent: true, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, areaStyle: { color: pale(color, bandAlpha) }, data: pts.map((p) => (p?.low == null || p.high == null ? null : p.high - p.low)) },
      {
        type: 'line' as const, id: `line:${g}`, name: seriesLabel(g), cursor: 'pointer', symbolSize: 7, connectNulls: false,
        lineStyle: { color, width: g === 'all' ? 2.5 : 2 }, itemStyle: { color },
        data: pts.map((p) => {
          if (!p || p.net == null) return null;
          const weak = isWeak(p, minN);
          return { value: p.net, symbol: weak ? 'emptyCircle' : 'circle', itemStyle: { color: weak ? pale(color, 0.45) : color, borderColor: color } };
        }),
      },
    ];
  });
  const marks = alerts.filter((a) => series.includes(a.group)).map((a) => ({ value: [periods.indexOf(a.period), at(a.group, a.period)?.net ?? 0], group: a.group }));
  return {
    ...base,
    legend: { top: 0, left: 0, type: 'plain', data: [...series.map(seriesLabel), ...(marks.length ? ['Alert'] : [])], textStyle: { color: INK.muted } },
    grid: plotGrid(40, 16),
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p: unknown) => {
        const e = p as { seriesId: string; dataIndex: number };
        const [kind, g] = e.seriesId.split(':') as [string, SeriesKey];
        const period = kind === 'alert' ? periods[marks[e.dataIndex].value[0]] : periods[e.dataIndex];
        const pt = at(kind === 'alert' ? marks[e.dataIndex].group : g, period);
        if (!pt) return '';
        const lines = [
          `${dot(SERIES_COLOR[pt.group])}<b>${esc(seriesLabel(pt.group))}</b> · ${esc(periodLabel(period, interval))}`,
          netLine(pt),
          `n = ${fmtInt(pt.n)} segments, ${fmtInt(pt.scored)} scored`,
        ];
        if (pt.negative_share != null) lines.push(`Negative share ${fmtShare(pt.negative_share)}${pt.baseline_share == null ? '' : ` (baseline ${fmtShare(pt.baseline_share)})`}`);
        if (kind === 'alert') lines.push('<b style="color:#b2182b">▲ Spike in negative segments — click for the quotes</b>');
        else lines.push(`<span style="color:${INK.muted}">Click for the quotes</span>`);
        if (isWeak(pt, minN)) lines.push(lowNLine(minN));
        return lines.join('<br/>');
      },
    },
    xAxis: { ...periodAxis(periods, (p: string) => (interval === 'month' ? fmtMonth(p) : fmtDay(p))), boundaryGap: false },
    yAxis: netAxis(),
    series: [
      ...lines,
      ...(marks.length
        ? [{ type: 'scatter' as const, id: 'alert:marks', name: 'Alert', cursor: 'pointer', symbol: 'triangle', symbolSize: 16, z: 5, itemStyle: { color: '#b2182b', borderColor: '#fff', borderWidth: 1.5 }, data: marks.map((m) => m.value) }]
        : []),
    ],
  };
}

/** What an ECharts click on `trendLines` hit, or null (bands are silent). */
export function trendHit(params: unknown, points: TrendPoint[], alerts: TrendAlert[], show: SeriesKey[]): TrendHit | null {
  const e = params as { seriesId?: string; dataIndex?: number; componentType?: string };
  if (e.componentType !== 'series' || !e.seriesId || e.dataIndex == null) return null;
  const { periods, series } = trendAxes(points, show);
  const [kind, g] = e.seriesId.split(':');
  if (kind === 'line') return { kind: 'point', period: periods[e.dataIndex], group: g as SeriesKey };
  if (kind === 'alert') {
    const a = alerts.filter((x) => series.includes(x.group))[e.dataIndex];
    return a ? { kind: 'alert', period: a.period, group: a.group } : null;
  }
  return null;
}

/** Title: the latest net of the first series and its change over the shown span; alerts counted. */
export function describeTrend(points: TrendPoint[], alerts: TrendAlert[], show: SeriesKey[], interval: 'week' | 'month', minN: number): Finding {
  const { series } = trendAxes(points, show);
  const main = series[0];
  const solid = points.filter((p) => p.group === main && p.net != null && !isWeak(p, minN)).sort((a, b) => a.period.localeCompare(b.period));
  const shownAlerts = alerts.filter((a) => series.includes(a.group));
  const alertText = shownAlerts.length ? `; ${shownAlerts.length} ${shownAlerts.length === 1 ? 'spike' : 'spikes'} of negative voices` : '';
  let title = 'Too few segments per period to draw a trend';
  if (solid.length >= 2) {
    const first = solid[0];
    const last = solid[solid.length - 1];
    const d = Math.round(last.net!) - Math.round(first.net!);
    const how = Math.abs(d) < 5 ? 'held steady' : d > 0 ? `rose ${fmtSigned(d)} points` : `fell ${fmtSigned(d).replace('+', '')} points`;
    title = `Net sentiment${main === 'all' ? '' : ` of ${seriesLabel(main).toLowerCase()}`} ${how} from ${periodLabel(first.period, interval)} to ${periodLabel(last.period, interval)} (${fmtSigned(last.net)})${alertText}`;
  }
  const each = series.map((g) => `${seriesLabel(g)}: ${points.filter((p) => p.group === g && p.n > 0).map((p) => `${periodLabel(p.period, interval)} ${fmtSigned(p.net)} (n = ${fmtInt(p.n)})`).join(', ')}`);
  return { title, summary: `${title}. ${each.join('. ')}.` };
}

/** The points as a table. */
export function trendTable(points: TrendPoint[], show: SeriesKey[], interval: 'week' | 'month', minN: number): TableSpec {
  const { series } = trendAxes(points, show);
  return {
    columns: [
      { key: 'period', label: interval === 'month' ? 'Month' : 'Week' }, { key: 'group', label: 'Group' },
      { key: 'net', label: 'Net sentiment', format: 'signed' }, { key: 'low', label: '95% low', format: 'signed' },
      { key: 'high', label: '95% high', format: 'signed' }, { key: 'n', label: 'n (segments)', format: 'int' },
      { key: 'negative_share', label: 'Negative share', format: 'share' }, { key: 'alert', label: 'Alert' }, { key: 'low_n', label: 'Low n' },
    ],
    rows: points.filter((p) => series.includes(p.group) && p.n > 0).map((p) => ({
      period: p.period, group: seriesLabel(p.group), net: p.net, low: p.low, high: p.high, n: p.n,
      negative_share: p.negative_share, alert: p.alert, low_n: isWeak(p, minN),
    })),
  };
}
