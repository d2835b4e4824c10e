/** The Trends page's state in the URL: interval, split by group, and the period arithmetic for evidence. */

export type Interval = 'week' | 'month';

/** `interval` from the URL (month unless "week"). */
export const readInterval = (q: URLSearchParams): Interval => (q.get('interval') === 'week' ? 'week' : 'month');

/** Whether each audience group gets its own line (`split=group`). */
export const readSplit = (q: URLSearchParams): boolean => q.get('split') === 'group';

/** The first day after the period starting at `period` (the exclusive `to` of its quotes). */
export function periodEnd(period: string, interval: Interval): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}
