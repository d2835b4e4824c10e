/**
 * The one spike computation behind the Overview's alerts card and the Trends page: the trend rows of
 * data/queries/trend.sql, the alerts with their driving quotes, and a summary both pages word the
 * same way (the spike periods over every series, and whether there was history enough to judge).
 */
import type { Group, SpikeSummary, TrendAlert, TrendPoint } from '../data/types.ts';
import type { Store } from '../data/db/store.ts';
import { segmentParams, type Filters } from './filters.ts';
import { fetchAlertQuotes } from './quotes-query.ts';
import { sql } from './sql.ts';

/** The fewest trailing periods trend.sql compares a period with: fewer, and the period is not judged. */
export const MIN_BASELINE_PERIODS = 3;
export const SPIKE_DEFAULTS = { interval: 'month' as const, k: 2, baseline: 6 };

export type TrendRow = Omit<TrendPoint, 'low_n'> & { group: Group | 'all'; baseline_periods: number };
export type SpikeOptions = { interval: 'week' | 'month'; k: number; baseline: number };

/** End of a period that starts at `period` (YYYY-MM-DD). */
export function periodEnd(period: string, interval: 'week' | 'month'): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7); else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** Trend rows, alerts (with up to 5 quotes each) and the spike summary for the filters. */
export async function trendWithSpikes(store: Store, f: Filters, o: SpikeOptions): Promise<{ rows: TrendRow[]; alerts: TrendAlert[]; spikes: SpikeSummary }> {
  const rows = await store.all<TrendRow>(sql('trend'), { ...segmentParams(f), interval: o.interval, k: o.k, baseline: o.baseline, minN: f.minN });
  // each alert's driving quotes: its period, and its group unless the alert is for every group
  const alerting = rows.filter((x) => x.alert);
  const windows = alerting.map((r) => ({ period: r.period, end: periodEnd(r.period, o.interval), group: r.group }));
  const quotes = await fetchAlertQuotes(store, f, o.interval, windows, 5);
  const alerts: TrendAlert[] = alerting.map((r, i) => ({
    period: r.period, group: r.group, negative_share: r.negative_share!, baseline_share: r.baseline_share!, baseline_sd: r.baseline_sd, quotes: quotes[i],
  }));
  return { rows, alerts, spikes: summarise(rows, alerts, o) };
}

/** What both pages say: the periods with a spike in any series, or that no period could be judged. */
export function summarise(rows: TrendRow[], alerts: TrendAlert[], o: SpikeOptions): SpikeSummary {
  const all = rows.filter((r) => r.group === 'all' && r.scored > 0);
  // a period is judged when it has at least MIN_BASELINE_PERIODS periods before it (in any series)
  const judged = new Set(rows.filter((r) => r.baseline_periods >= MIN_BASELINE_PERIODS && r.scored > 0).map((r) => r.period));
  return {
    interval: o.interval, k: o.k, baseline: o.baseline,
    periods: all.length,
    needed: MIN_BASELINE_PERIODS + 1,
    judged: judged.size,
    enoughHistory: judged.size > 0,
    spikePeriods: [...new Set(alerts.map((a) => a.period))].sort(),
  };
}

/** A trend row as the API shows it (without the count of baseline periods). */
export function pointOf({ baseline_periods: _b, ...r }: TrendRow): Omit<TrendPoint, 'low_n'> {
  return r;
}
