/** The words of the event card: its title (the finding) and each figure's interval, as plain text. */
import type { EventImpactResponse, EventWindow } from '../../../../data/types.ts';
import { fmtInt, fmtSigned } from '../../format/intl.ts';

/** "−61 to +36" for an interval, "–" when the window has no scored segment. */
export function intervalText(low: number | null, high: number | null): string {
  return low === null || high === null ? '\u2013' : `${fmtSigned(low)} to ${fmtSigned(high)}`;
}

/** The card's title: what changed after the event, and whether the interval says it is clear. */
export function impactHeadline(d: EventImpactResponse): string {
  const { change, event } = d;
  if (change.net === null) return `Not enough segments on both sides of “${event.title}” to compare`;
  const dir = change.net < 0 ? 'fell' : change.net > 0 ? 'rose' : 'stayed level';
  const by = change.net === 0 ? '' : ` by ${fmtSigned(Math.abs(change.net)).replace('+', '')} points`;
  const clear = change.excludes_zero ? 'a clear change (its 95% interval excludes 0)' : 'not a clear change (its 95% interval includes 0)';
  return `After “${event.title}”, net sentiment ${dir}${by}: ${clear}`;
}

/** A window's one-line summary for screen readers and the table's caption. */
export function windowSummary(name: string, w: EventWindow): string {
  return `${name}: n = ${fmtInt(w.n)}, net ${fmtSigned(w.net)} (95% interval ${intervalText(w.low, w.high)})${w.low_n ? ', fewer segments than the minimum' : ''}`;
}
