/** Term drift: the share of segments using each term per period, one line per term with its 95% band. */
import type { TermSeriesInterval, TermSeriesPoint, TermSeriesResponse } from '../../../data/types.ts';
import { fmtInt, fmtMonth, fmtShare } from '../format/intl.ts';
import { periodAxis, plotGrid, valueAxis } from './axes.ts';
import { baseOption, dot, esc } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { INK, pale } from './palette.ts';
import type { Finding, TableSpec } from './types.ts';

/** Okabe–Ito, then greys: distinct for colour-blind readers, in the order terms were picked. */
export const TERM_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442', '#666666', '#999999', '#332288', '#882255'];

/** "2026" for a year, "Q2 2026" for a quarter, "Apr 2026" for a month. */
export function periodName(p: string, interval: TermSeriesInterval): string {
  if (interval === 'year') return p.slice(0, 4);
  if (interval === 'quarter') return `Q${Math.floor(Number(p.slice(5, 7)) / 3) + 1} ${p.slice(0, 4)}`;
  return fmtMonth(p);
}

/** The day after a period ends (YYYY-MM-DD), for the quotes of that period. */
export function periodEnd(p: string, interval: TermSeriesInterval): string {
  const d = new Date(`${p}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + (interval === 'year' ? 12 : interval === 'quarter' ? 3 : 1));
  return d.toISOString().slice(0, 10);
}

const periodsOf = (d: TermSeriesResponse) => [...new Set(d.points.map((p) => p.period))].sort();
const at = (d: TermSeriesResponse, term: string, period: string): TermSeriesPoint | undefined =>
  d.points.find((p) => p.term === term && p.period === period);

/** The term whose share moved most between the first and the last period, in words. */
export function termDriftFinding(d: TermSeriesResponse): Finding {
  const periods = periodsOf(d);
  const who = d.source === 'brand' ? 'brand texts' : 'audience segments';
  if (periods.length < 2) {
    const title = periods.length === 0 ? `No dated ${who} yet` : `Only one ${d.interval} of ${who}: no drift to show yet`;
    return { title, summary: title };
  }
  const [first, last] = [periods[0], periods[periods.length - 1]];
  const moves = d.terms.map((t) => ({ t, a: at(d, t, first)?.share ?? 0, b: at(d, t, last)?.share ?? 0 }));
  const top = [...moves].sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a))[0];
  const verb = top.b > top.a ? 'rose' : top.b < top.a ? 'fell' : 'stayed';
  const title = verb === 'stayed'
    ? `The terms' shares of ${who} did not change between ${periodName(first, d.interval)} and ${periodName(last, d.interval)}`
    : `“${top.t}” ${verb} from ${fmtShare(top.a)} to ${fmtShare(top.b)} of ${who} (${periodName(first, d.interval)} to ${periodName(last, d.interval)})`;
  const summary = moves.map((m) => `${m.t}: ${fmtShare(m.a)} in ${periodName(first, d.interval)}, ${fmtShare(m.b)} in ${periodName(last, d.interval)}`).join('; ');
  return { title, summary: `${title}. ${summary}.` };
}

/** The same numbers as a table: one row per period and term. */
export function termDriftTable(d: TermSeriesResponse): TableSpec {
  return {
    columns: [
      { key: 'period', label: 'Period' }, { key: 'term', label: 'Term' }, { key: 'k', label: 'Segments using it', format: 'int' },
      { key: 'n', label: 'Segments (n)', format: 'int' }, { key: 'share', label: 'Share', format: 'share' },
      { key: 'low', label: 'Low (95%)', format: 'share' }, { key: 'high', label: 'High (95%)', format: 'share' },
    ],
    rows: d.points.map((p) => ({ ...p, period: periodName(p.period, d.interval) })),
  };
}

/** Lines of the share per term; series ids "line:<term>" so a click knows its term. */
export function termDriftLines(d: TermSeriesResponse, summary: string): ChartOption {
  const periods = periodsOf(d);
  const base = baseOption(summary);
  const series = d.terms.flatMap((term, i) => {
    const color = TERM_COLORS[i % TERM_COLORS.length];
    const pts = periods.map((p) => at(d, term, p));
    return [
      { type: 'line' as const, id: `low:${term}`, stack: `band:${term}`, silent: true, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, data: pts.map((p) => p?.low ?? null) },
      { type: 'line' as const, id: `band:${term}`, stack: `band:${term}`, silent: true, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, areaStyle: { color: pale(color, 0.12) }, data: pts.map((p) => (p ? p.high - p.low : null)) },
      { type: 'line' as const, id: `line:${term}`, name: term, cursor: 'pointer', symbolSize: 7, lineStyle: { color, width: 2 }, itemStyle: { color }, data: pts.map((p) => p?.share ?? null) },
    ];
  });
  return {
    ...base,
    legend: { top: 0, left: 0, data: d.terms, textStyle: { color: INK.muted } },
    grid: plotGrid(36, 16),
    tooltip: {
      ...(base.tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const e = p as { seriesId: string; dataIndex: number; color: string };
        const term = e.seriesId.slice('line:'.length);
        const pt = at(d, term, periods[e.dataIndex]);
        if (!pt) return '';
        return [
          `${dot(e.color)}<b>${esc(term)}</b> · ${esc(periodName(pt.period, d.interval))}`,
          `${fmtShare(pt.share)} of segments (95%: ${fmtShare(pt.low)}–${fmtShare(pt.high)})`,
          `${fmtInt(pt.k)} of n = ${fmtInt(pt.n)} segments`,
          `<span style="color:${INK.muted}">Click for the quotes</span>`,
        ].join('<br/>');
      },
    },
    xAxis: { ...periodAxis(periods, (p: string) => periodName(p, d.interval)), boundaryGap: false },
    yAxis: valueAxis((v: number) => fmtShare(v), { min: 0 }),
    series,
  };
}
