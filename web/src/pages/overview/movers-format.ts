/** Words of the movers card: periods, changes in points and the finding as a title. */
import type { Period, ThemeMove, ThemeMovers } from '../../../../data/types.ts';
import { fmtPeriod, fmtSigned } from '../../format/intl.ts';
import { themeLabel } from '../../format/labels.ts';

/** The day before an exclusive end, so "Aug – Oct 2026" reads as the months covered. */
function lastDay(to: string): string {
  return new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** "Aug – Oct 2026". */
export function periodText(p: Period): string {
  return fmtPeriod(p.from, lastDay(p.to));
}

/** A change in points; under one point it keeps a decimal, so a +0.1 rise does not read "0". */
export function fmtChange(points: number | null): string {
  if (points === null) return '\u2013';
  if (points === 0 || Math.abs(points) >= 0.5) return fmtSigned(points);
  return `${points > 0 ? '+' : '\u2212'}${Math.abs(points).toLocaleString(undefined, { maximumFractionDigits: 1 })}`;
}

/** The card's title: the finding in words. */
export function moversTitle(m: ThemeMovers): string {
  const up = m.rising[0];
  const down = m.falling[0];
  if (!up && !down) return 'No theme has enough segments in both periods to compare';
  const part = (r: ThemeMove, verb: string) => `${themeLabel(r.theme)} ${verb} most (${fmtChange(r.change)} points)`;
  if (up && down) return `${part(up, 'rose')}, ${themeLabel(down.theme).toLowerCase()} fell most (${fmtChange(down.change)})`;
  return up ? part(up, 'rose') : part(down, 'fell');
}
