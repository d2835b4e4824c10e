/** Net sentiment over time for all audiences: a line with its 95% band, alerts marked. */
import type { TrendResponse } from '../../../data/types.ts';
import { fmtInt, fmtMonth, fmtSigned } from '../format/intl.ts';
import { netAxis, periodAxis, plotGrid } from './axes.ts';
import { baseOption, zeroLine } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { INK } from './palette.ts';

/** Points of all audiences together, in date order. */
export function allPoints(d: TrendResponse) {
  return d.points.filter((p) => p.group === 'all').sort((a, b) => a.period.localeCompare(b.period));
}

/** The line option: a stacked transparent base plus the band width draws the interval. */
export function netTrendLine(d: TrendResponse, summary: string): ChartOption {
  const pts = allPoints(d);
  const cats = pts.map((p) => fmtMonth(p.period));
  const base = baseOption(summary);
  return {
    ...base,
    animation: false,
    grid: plotGrid(16, 16),
    xAxis: periodAxis(cats),
    yAxis: netAxis(),
    series: [
      { type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, data: pts.map((p) => p.low ?? null), silent: true },
      { type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(33,102,172,0.15)' }, data: pts.map((p) => (p.low == null || p.high == null ? null : p.high - p.low)), silent: true },
      {
        type: 'line', name: 'Net sentiment', symbolSize: 6, lineStyle: { color: '#2166ac', width: 2 }, itemStyle: { color: '#2166ac' },
        data: pts.map((p) => ({
          value: p.net,
          symbol: p.alert ? 'triangle' : 'circle',
          symbolSize: p.alert ? 12 : 5,
          itemStyle: { color: p.alert ? '#b2182b' : '#2166ac' },
          label: p.alert ? { show: true, position: 'bottom' as const, formatter: '⚠ spike', color: '#b2182b', fontSize: 10 } : undefined,
        })),
        markLine: zeroLine('yAxis', INK.axis, null),
      },
    ],
  };
}

/** The trend in words: first and last period, the change, and the alerts. */
export function describeTrend(d: TrendResponse): string {
  const pts = allPoints(d).filter((p) => p.net != null);
  if (pts.length < 2) return 'Too few dated segments for a trend.';
  const a = pts[0];
  const b = pts[pts.length - 1];
  const delta = b.net! - a.net!;
  const dir = Math.abs(delta) < 5 ? 'much the same as' : delta < 0 ? `${fmtInt(Math.abs(Math.round(delta)))} points lower than` : `${fmtInt(Math.round(delta))} points higher than`;
  const alerts = d.alerts.filter((x) => x.group === 'all');
  return `Net sentiment in ${fmtMonth(b.period)} was ${fmtSigned(b.net)} (n = ${fmtInt(b.n)}), ${dir} in ${fmtMonth(a.period)} (${fmtSigned(a.net)}, n = ${fmtInt(a.n)}).` +
    (alerts.length ? ` ${fmtInt(alerts.length)} ${alerts.length === 1 ? 'month shows' : 'months show'} a spike in negative segments: ${alerts.map((x) => fmtMonth(x.period)).join(', ')}.` : ' No month shows a spike in negative segments.');
}
