/** Layout pieces the cartesian charts share: grid, swatch legend, value and label axes, zero line. */
import { fmtSigned } from '../format/intl.ts';
import { INK } from './palette.ts';

/** The plot area: 8 px margins (wider on the right where lines end), labels kept inside. */
export function plotGrid(top: number, right = 8) {
  return { left: 8, right, top, bottom: 8, containLabel: true };
}

/** The legend of square swatches above stacked bars; clicking it does not hide series. */
export function swatchLegend(data?: string[]) {
  return { top: 0, left: 0, ...(data ? { data } : {}), itemWidth: 12, itemHeight: 12, textStyle: { color: INK.muted, fontSize: 11 }, selectedMode: false };
}

/** A numeric axis with muted labels and light grid lines; `range` fixes min/max/interval. */
export function valueAxis(format: (v: number) => string, range: { min?: number; max?: number; interval?: number } = {}) {
  return { type: 'value' as const, ...range, axisLabel: { color: INK.muted, formatter: format }, splitLine: { lineStyle: { color: INK.grid } } };
}

/** The fixed −100…+100 net sentiment axis, so views stay comparable. */
export function netAxis() {
  return valueAxis((v: number) => fmtSigned(v), { min: -100, max: 100, interval: 50 });
}

/** The row labels of horizontal bars, first row on top. */
export function labelAxis(names: string[]) {
  return { type: 'category' as const, inverse: true, data: names, axisTick: { show: false }, axisLine: { lineStyle: { color: INK.axis } }, axisLabel: { color: INK.text } };
}

/** The x axis of a time line: one category per period. */
export function periodAxis(periods: string[], format?: (p: string) => string) {
  return { type: 'category' as const, data: periods, axisLabel: { color: INK.muted, ...(format ? { formatter: format } : {}) }, axisLine: { lineStyle: { color: INK.axis } } };
}
