import { Hono } from 'hono';
import { z } from 'zod';
import type { TrendResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { ByQuery, breakdown } from '../breakdown.ts';
import { FilterQuery, parseQuery, resolveFilters, segmentParams } from '../filters.ts';
import { flagLowN } from '../measures.ts';
import { MIN_BASELINE_PERIODS, periodEnd, pointOf, SPIKE_DEFAULTS, trendWithSpikes } from '../spikes.ts';

const TrendQuery = FilterQuery.merge(ByQuery).extend({
  interval: z.enum(['week', 'month']).default(SPIKE_DEFAULTS.interval),
  /** Standard deviations above the trailing baseline that make a spike. */
  k: z.coerce.number().min(0.5).max(10).default(SPIKE_DEFAULTS.k),
  /** Trailing periods in the baseline. */
  baseline: z.coerce.number().int().min(MIN_BASELINE_PERIODS).max(52).default(SPIKE_DEFAULTS.baseline),
});

/** GET /api/trend: n, net sentiment and negative share per week or month, per group, with spike alerts. */
export function trendRoutes(deps: AppDeps) {
  return new Hono().get('/trend', async (c) => {
    const q = parseQuery(TrendQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const [{ rows, alerts, spikes }, byAxis] = await Promise.all([
      trendWithSpikes(deps.store, f, { interval: q.interval, k: q.k, baseline: q.baseline }),
      q.by ? breakdown(deps.store, 'trend-by', { ...segmentParams(f), interval: q.interval }, q.by, q, f.minN,
        (period): Record<string, string | null> => (period ? { from: period, to: periodEnd(period, q.interval) } : {})) : undefined,
    ]);
    const body: TrendResponse = {
      city: f.city, interval: q.interval, minN: f.minN, k: q.k, baseline: q.baseline,
      points: rows.map((r) => flagLowN(pointOf(r), f.minN)), alerts, spikes,
      ...(byAxis ? { breakdown: byAxis } : {}),
    };
    return c.json(body);
  });
}
