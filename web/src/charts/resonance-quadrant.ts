/**
 * The brand resonance quadrant: x = brand emphasis E(v), y = net sentiment, bubble area = voice
 * share, one series per audience group, rules at E = 1/k and net = 0 splitting the four quadrants.
 */
import type { Group, Quadrant, ValueGroupFigure, ValuesResponse } from '../../../data/types.ts';
import { fmtInt, fmtShare, fmtSigned } from '../format/intl.ts';
import { GROUP_LABEL } from '../format/labels.ts';
import { baseOption, dot, esc, isWeak, lowNLine } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { GROUP_COLOR, INK, pale } from './palette.ts';

export const QUADRANT_LABEL: Record<Quadrant, string> = {
  resonating: 'Resonating',
  overpromised: 'Overpromised',
  untold_strength: 'Untold strength',
  blind_spot: 'Blind spot',
};

/** A figure's quadrant in words; null (fewer than minN segments name the value) has none. */
export const NOT_ENOUGH_VOICES = 'Not enough voices';
export const quadrantName = (q: Quadrant | null): string => (q == null ? NOT_ENOUGH_VOICES : QUADRANT_LABEL[q]);

const GROUP_ORDER: Group[] = ['resident', 'international', 'visitor', 'unknown'];
const HEAD = 125;

/**
 * Places one name per value right of its highest bubble, moving a name down while it would
 * overlap one already placed (text width estimated from its length and the plot's width).
 */
function spreadLabels(tops: Bubble[], right: number, plotPx: number) {
  const placed: { x0: number; x1: number; y: number }[] = [];
  return [...tops].sort((a, b) => b.fig.net - a.fig.net || a.emphasis - b.emphasis).map((b) => {
    // Names near the right edge go left of their bubble so they are not cut off; their text
    // then spans left of the bubble, which is where it must be checked for overlap.
    const flip = b.emphasis > right * 0.7;
    const w = ((7 * b.value.length + 20) / plotPx) * right;
    const x0 = flip ? b.emphasis - w : b.emphasis;
    const x1 = flip ? b.emphasis : b.emphasis + w;
    let y = b.fig.net;
    while (placed.some((p) => Math.abs(p.y - y) < 10 && p.x0 < x1 && x0 < p.x1)) y -= 10;
    placed.push({ x0, x1, y });
    return { name: b.value, value: [b.emphasis, y], label: { position: flip ? ('left' as const) : ('right' as const) } };
  });
}

/** One drawn bubble: a value as one audience group talks about it. */
export type Bubble = { value: string; emphasis: number; fig: ValueGroupFigure & { group: Group; net: number } };

/** The bubbles per audience group (groups with no scored segment about a value draw nothing there). */
export function quadrantBubbles(d: ValuesResponse): { group: Group; bubbles: Bubble[] }[] {
  return GROUP_ORDER.map((group) => ({
    group,
    bubbles: d.values.flatMap((v) => {
      const fig = v.groups.find((g) => g.group === group);
      return fig && fig.n > 0 && fig.net != null ? [{ value: v.value, emphasis: v.emphasis, fig: fig as Bubble['fig'] }] : [];
    }),
  })).filter((s) => s.bubbles.length > 0);
}

/** The x-axis end: room right of the largest emphasis, at least past the 1/k rule. */
function xMax(d: ValuesResponse): number {
  const top = Math.max(0, ...d.values.map((v) => v.emphasis), d.k > 0 ? 1 / d.k : 0);
  return Math.min(1, Math.ceil((top + 0.05) * 10) / 10);
}

function quadrantArea(x0: number, x1: number, y0: number, y1: number, name: string, color: string, position: string) {
  return [
    { xAxis: x0, yAxis: y1, name, itemStyle: { color }, label: { position } },
    { xAxis: x1, yAxis: y0 },
  ];
}

/** The bubble chart option; `series[i].data[j]` is `quadrantBubbles(d)[i].bubbles[j]`. */
export function resonanceQuadrant(d: ValuesResponse, summary: string, compact = false): ChartOption {
  const series = quadrantBubbles(d);
  const maxShare = Math.max(0.01, ...series.flatMap((s) => s.bubbles.map((b) => b.fig.voice_share)));
  const rule = d.k > 0 ? 1 / d.k : 0;
  const right = xMax(d);
  // Label each value once, above its highest bubble, so names do not sit on other bubbles.
  const topOf = new Map<string, Bubble>();
  for (const s of series) for (const b of s.bubbles) {
    const t = topOf.get(b.value);
    if (!t || b.fig.net > t.fig.net) topOf.set(b.value, b);
  }
  const base = baseOption(summary);
  return {
    ...base,
    legend: { top: 0, left: 0, icon: 'circle', itemWidth: 10, itemHeight: 10, textStyle: { color: INK.muted }, data: series.map((s) => GROUP_LABEL[s.group]) },
    grid: { left: 8, right: compact ? 12 : 24, top: compact ? 64 : 44, bottom: 28, containLabel: true },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p: unknown) => {
        const { seriesIndex, dataIndex } = p as { seriesIndex: number; dataIndex: number };
        const s = series[seriesIndex];
        const b = s.bubbles[dataIndex];
        const f = b.fig;
        const lines = [
          `${dot(GROUP_COLOR[s.group])}<b>${esc(b.value)}</b> · ${esc(GROUP_LABEL[s.group])}`,
          f.quadrant == null ? `${NOT_ENOUGH_VOICES}: fewer than ${fmtInt(d.minN)} segments, no quadrant` : QUADRANT_LABEL[f.quadrant],
          `Brand emphasis E = ${fmtShare(b.emphasis)} · voice share S = ${fmtShare(f.voice_share)}`,
          `Net sentiment <b>${fmtSigned(f.net)}</b> (95% interval ${fmtSigned(f.low)} to ${fmtSigned(f.high)})`,
          `n = ${fmtInt(f.n)} segments, ${fmtInt(f.scored)} scored · click for the quotes`,
        ];
        if (isWeak(f, d.minN)) lines.push(lowNLine(d.minN));
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'value', min: 0, max: right, name: 'Brand emphasis E(v)', nameLocation: 'middle', nameGap: 26,
      nameTextStyle: { color: INK.muted },
      axisLabel: { color: INK.muted, formatter: (v: number) => fmtShare(v) },
      splitLine: { lineStyle: { color: INK.grid } },
    },
    yAxis: {
      // Headroom beyond ±100 holds the quadrant names, clear of bubbles at the extremes.
      type: 'value', min: -HEAD, max: HEAD, interval: 25, name: 'Net sentiment', nameLocation: 'middle', nameGap: 36,
      nameTextStyle: { color: INK.muted },
      axisLabel: { color: INK.muted, formatter: (v: number) => (Math.abs(v) > 100 || v % 50 !== 0 ? '' : fmtSigned(v)) },
      splitLine: { lineStyle: { color: INK.grid } },
    },
    series: [...series.map((s, i) => ({
      type: 'scatter' as const,
      name: GROUP_LABEL[s.group],
      itemStyle: { color: GROUP_COLOR[s.group] },
      emphasis: { focus: 'series' as const },
      data: s.bubbles.map((b) => {
        const weak = isWeak(b.fig, d.minN);
        const color = GROUP_COLOR[s.group];
        return {
          value: [b.emphasis, b.fig.net],
          symbolSize: Math.max(compact ? 6 : 8, (compact ? 30 : 46) * Math.sqrt(b.fig.voice_share / maxShare)),
          itemStyle: {
            color: weak ? pale(color, 0.25) : pale(color, 0.65),
            borderColor: color, borderWidth: weak ? 1 : 1.5, borderType: weak ? ('dashed' as const) : ('solid' as const),
          },
          label: { show: weak, position: 'right' as const, formatter: '⚠', color: '#b2182b', fontSize: 10 },
        };
      }),
      // The rules and quadrant names ride on the first series only, so they draw once.
      ...(i === 0 ? {
        markLine: {
          silent: true, symbol: 'none', label: { show: true, color: INK.muted, fontSize: 11 },
          lineStyle: { color: INK.axis, type: 'dashed' as const, width: 1 },
          data: [
            { xAxis: rule, label: { formatter: `E = 1/k = ${fmtShare(rule)}`, position: 'insideStartTop' as const } },
            { yAxis: 0, label: { show: false } },
          ],
        },
        markArea: {
          silent: true,
          label: { color: INK.muted, fontSize: 12, fontWeight: 'bold' as const },
          data: [
            quadrantArea(0, rule, 0, HEAD, 'Untold strength', 'rgba(146,197,222,0.10)', 'insideTopLeft'),
            quadrantArea(rule, right, 0, HEAD, 'Resonating', 'rgba(33,102,172,0.07)', 'insideTopRight'),
            quadrantArea(0, rule, -HEAD, 0, 'Blind spot', 'rgba(224,224,224,0.25)', 'insideBottomLeft'),
            quadrantArea(rule, right, -HEAD, 0, 'Overpromised', 'rgba(214,96,77,0.08)', 'insideBottomRight'),
          ] as never,
        },
      } : {}),
    })),
    // Value names in one silent series of their own, so the label layout can move them apart
    // (names of values close on the x-axis would otherwise sit on each other).
    {
      type: 'scatter' as const,
      name: 'labels',
      silent: true,
      symbolSize: 0,
      tooltip: { show: false },
      label: { show: true, position: 'right' as const, distance: 12, color: INK.text, fontSize: 12, fontWeight: 'bold' as const, formatter: (p: { name: string }) => p.name },
      // The estimate above cannot know the drawn text widths: ECharts moves names that still
      // touch apart vertically, and hides any that cannot be moved clear (the table keeps all).
      labelLayout: { moveOverlap: 'shiftY' as const, hideOverlap: true },
      data: spreadLabels([...topOf.values()], right, compact ? 280 : 460),
    }],
  };
}
