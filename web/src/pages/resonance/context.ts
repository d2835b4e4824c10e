/** The grey source lines of the resonance figures: how many segments they rest on. */
import type { ValuesResponse } from '../../../../data/types.ts';
import { fmtInt } from '../../format/intl.ts';

/** Brand segments mentioning any value: the denominator of E(v), recovered from one value. */
export function brandSegments(d: ValuesResponse): number {
  const v = d.values.find((x) => x.emphasis > 0);
  return v ? Math.round(v.brand_n / v.emphasis) : 0;
}

/** Audience segments mentioning any value (all groups under the page's filters). */
export function audienceSegments(d: ValuesResponse): number {
  return d.alignment.find((a) => a.group === 'all')?.n ?? 0;
}

/** "n = 764 audience segments and 51 brand segments that mention a brand value · k = 5 values". */
export function valuesSourceLine(d: ValuesResponse): string {
  return `n = ${fmtInt(audienceSegments(d))} audience segments and ${fmtInt(brandSegments(d))} brand-text segments that mention a brand value · k = ${fmtInt(d.k)} values · minimum n ${fmtInt(d.minN)}`;
}
