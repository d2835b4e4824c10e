import { Hono } from 'hono';
import { z } from 'zod';
import type { Group, TrendAlert, TrendPoint, TrendResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { FilterQuery, parseQuery, resolveFilters, segmentParams } from '../filters.ts';
import { flagLowN } from '../measures.ts';
import { fetchAlertQuotes } from '../quotes-query.ts';
import { sql } from '../sql.ts';

const TrendQuery = FilterQuery.extend({
  interval: z.enum(['week', 'month']).default('month'),
  /** Standard deviations above the trailing baseline that make a spike. */
  k: z.coerce.number().min(0.5).max(10).default(2),
  /** Trailing periods in the baseline. */
  baseline: z.coerce.number().int().min(3).max(52).default(6),
});
type Row = Omit<TrendPoint, 'low_n'> & { group: Group | 'all' };

/** End of a period that starts at `period` (YYYY-MM-DD). */
function periodEnd(period: string, interval: 'week' | 'month'): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7); else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** GET /api/trend: n, net sentiment and negative share per week or month, per group, with spike alerts. */
export function trendRoutes(deps: AppDeps) {
  return new Hono().get('/trend', async (c) => {
    const q = parseQuery(TrendQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const rows = await deps.store.all<Row>(sql('trend'), { ...segmentParams(f), interval: q.interval, k: q.k, baseline: q.baseline, minN: f.minN });
    // each alert's driving quotes: its period, and its group unless the alert is for every group
    const alerting = rows.filter((x) => x.alert);
    const windows = alerting.map((r) => ({ period: r.period, end: periodEnd(r.period, q.interval), group: r.group }));
    const quotes = await fetchAlertQuotes(deps.store, f, q.interval, windows, 5);
    const alerts: TrendAlert[] = alerting.map((r, i) => ({
      period: r.period, group: r.group, negative_share: r.negative_share!, baseline_share: r.baseline_share!, baseline_sd: r.baseline_sd, quotes: quotes[i],
    }));
    const body: TrendResponse = {
      city: f.city, interval: q.interval, minN: f.minN, k: q.k, baseline: q.baseline,
      points: rows.map((r) => flagLowN(r, f.minN)), alerts,
    };
    return c.json(body);
  });
}
