/** Likert items as diverging stacked bars: disagree left, agree right, the neutral point centred on 0. */
import type { SurveyItemFigure } from '../../../data/types.ts';
import { fmtInt, fmtShare } from '../format/intl.ts';
import { labelAxis, plotGrid, swatchLegend, valueAxis } from './axes.ts';
import { baseOption, esc, figureColumn, lowNLine, zeroLine } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { INK, pale, SENTIMENT_SCALE } from './palette.ts';
import type { Finding, TableSpec } from './types.ts';

/** One scale point of an item: its label, its colour and the share of respondents who chose it. */
export type LikertPoint = { num: number; label: string; color: string; share: number; n: number };

/** Colours for a k-point scale, picked symmetrically from the diverging sentiment scale. */
export function scaleColors(k: number): string[] {
  const s = SENTIMENT_SCALE;
  const byK: Record<number, number[]> = { 2: [1, 5], 3: [1, 3, 5], 4: [0, 2, 4, 6], 5: [0, 2, 3, 4, 6], 6: [0, 1, 2, 4, 5, 6], 7: [0, 1, 2, 3, 4, 5, 6] };
  const idx = byK[k] ?? Array.from({ length: k }, (_, i) => Math.round((i * 6) / Math.max(1, k - 1)));
  return idx.map((i) => s[i]);
}

/** The points of an item from scale_min to scale_max with their shares of the item's n. */
export function likertPoints(item: SurveyItemFigure): LikertPoint[] {
  const min = item.scale_min ?? 1;
  const max = item.scale_max ?? 5;
  const k = max - min + 1;
  const colors = scaleColors(k);
  return Array.from({ length: k }, (_, i) => {
    const num = min + i;
    const n = item.distribution.filter((d) => d.num === num).reduce((a, d) => a + d.n, 0);
    return { num, label: item.labels?.[i] ?? String(num), color: colors[i], share: item.n > 0 ? n / item.n : 0, n };
  });
}

/** The statement of an item without the matrix question in front ("How much …? - I feel welcome" → "I feel welcome"). */
export function itemLabel(text: string): string {
  const i = text.lastIndexOf(' - ');
  return i > 0 ? text.slice(i + 3) : text;
}

export const LIKERT_ROW_PX = 46;

/** Series per scale point: the lower half goes left, the upper half right, the middle point split in two. */
export function likertBars(items: SurveyItemFigure[], summary: string): ChartOption {
  const base = baseOption(summary);
  const names = items.map((it) => itemLabel(it.text));
  const points = items.map(likertPoints);
  const k = points[0]?.length ?? 5;
  const mid = (k - 1) / 2;
  const figures = items.map((it) =>
    `${it.low_n ? '{w|⚠} ' : ''}{pos|${fmtShare(it.top2 ?? 0)} agree}\n{n|n = ${fmtInt(it.n)}}`,
  );
  type Half = { point: number; sign: 1 | -1; half: boolean };
  // Closest to 0 first, so the stack grows outwards on each side.
  const halves: Half[] = [];
  for (let i = Math.ceil(mid) - 1; i >= 0; i--) halves.push({ point: i, sign: -1, half: false });
  if (Number.isInteger(mid)) halves.unshift({ point: mid, sign: -1, half: true }), halves.push({ point: mid, sign: 1, half: true });
  for (let i = Math.floor(mid) + 1; i < k; i++) halves.push({ point: i, sign: 1, half: false });
  return {
    ...base,
    grid: plotGrid(36),
    legend: swatchLegend(points[0]?.map((p) => p.label) ?? []),
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: unknown) => {
        const i = (ps as { dataIndex: number }[])[0].dataIndex;
        const it = items[i];
        const lines = [`<b>${esc(names[i])}</b> · n = ${fmtInt(it.n)}`];
        for (const p of points[i]) lines.push(`${esc(p.label)}: ${fmtShare(p.share)} (${fmtInt(p.n)})`);
        lines.push(`Top-2: <b>${fmtShare(it.top2 ?? 0)}</b> (95% ${fmtShare(it.top2_low ?? 0)}–${fmtShare(it.top2_high ?? 0)})`);
        lines.push(`Bottom-2: <b>${fmtShare(it.bottom2 ?? 0)}</b> (95% ${fmtShare(it.bottom2_low ?? 0)}–${fmtShare(it.bottom2_high ?? 0)})`);
        if (it.low_n) lines.push(lowNLine(30, 'respondents'));
        return lines.join('<br/>');
      },
    },
    xAxis: valueAxis((v: number) => fmtShare(Math.abs(v)), { min: -1, max: 1 }),
    yAxis: [
      { ...labelAxis(names), axisLabel: { color: INK.text, width: 220, overflow: 'break' as const, lineHeight: 14 } },
      figureColumn(names, figures),
    ],
    series: halves.map((h) => ({
      type: 'bar' as const,
      name: points[0]?.[h.point]?.label ?? '',
      stack: 'likert',
      barMaxWidth: 24,
      // The neutral halves are one legend entry and one colour; a thin edge keeps grey visible on white.
      data: points.map((ps, i) => {
        const p = ps[h.point];
        const v = (h.half ? p.share / 2 : p.share) * h.sign;
        return { value: v, itemStyle: { color: items[i].low_n ? pale(p.color) : p.color, borderColor: h.half ? '#bdbdbd' : undefined, borderWidth: h.half ? 0.5 : 0 } };
      }),
      color: points[0]?.[h.point]?.color,
      markLine: h === halves[0] ? zeroLine('xAxis', INK.text) : undefined,
    })),
  };
}

/** The title names the item most and least agreed with. */
export function describeLikert(items: SurveyItemFigure[], scope: string): Finding {
  if (items.length === 0) return { title: 'No Likert items in this survey', summary: 'No Likert items.' };
  const byTop = [...items].sort((a, b) => (b.top2 ?? 0) - (a.top2 ?? 0));
  const best = byTop[0];
  const worst = [...items].sort((a, b) => (b.bottom2 ?? 0) - (a.bottom2 ?? 0))[0];
  const title =
    worst !== best && (worst.bottom2 ?? 0) >= 0.4
      ? `Most disagree that “${itemLabel(worst.text)}” (${fmtShare(worst.bottom2 ?? 0)}); most agree that “${itemLabel(best.text)}” (${fmtShare(best.top2 ?? 0)})`
      : `Most agree that “${itemLabel(best.text)}” (${fmtShare(best.top2 ?? 0)} agree)`;
  const each = items.map((it) => `${itemLabel(it.text)}: ${fmtShare(it.top2 ?? 0)} agree, ${fmtShare(it.bottom2 ?? 0)} disagree, n = ${fmtInt(it.n)}`);
  return { title, summary: `${title} (${scope}). ${each.join('; ')}.` };
}

/** Every point's share, plus top-2 and bottom-2 with their Wilson intervals. */
export function likertTable(items: SurveyItemFigure[]): TableSpec {
  const k = items[0] ? likertPoints(items[0]) : [];
  return {
    columns: [
      { key: 'item', label: 'Statement' },
      ...k.map((p) => ({ key: `p${p.num}`, label: p.label, format: 'share' as const })),
      { key: 'top2', label: 'Top-2', format: 'share' },
      { key: 'top2_low', label: 'Top-2 95% low', format: 'share' },
      { key: 'top2_high', label: 'Top-2 95% high', format: 'share' },
      { key: 'bottom2', label: 'Bottom-2', format: 'share' },
      { key: 'bottom2_low', label: 'Bottom-2 95% low', format: 'share' },
      { key: 'bottom2_high', label: 'Bottom-2 95% high', format: 'share' },
      { key: 'mean', label: 'Mean', format: 'decimal' },
      { key: 'n', label: 'n (respondents)', format: 'int' },
      { key: 'low_n', label: 'Low n' },
    ],
    rows: items.map((it) => {
      const row: Record<string, string | number | boolean | null> = {
        item: itemLabel(it.text), top2: it.top2, top2_low: it.top2_low, top2_high: it.top2_high,
        bottom2: it.bottom2, bottom2_low: it.bottom2_low, bottom2_high: it.bottom2_high, mean: it.mean, n: it.n, low_n: it.low_n,
      };
      for (const p of likertPoints(it)) row[`p${p.num}`] = p.share;
      return row;
    }),
  };
}
