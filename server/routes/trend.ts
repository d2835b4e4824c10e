import { Hono } from 'hono';
import { z } from 'zod';
import type { Group, TrendPoint, TrendResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { FilterQuery, parseQuery, resolveFilters, segmentParams } from '../filters.ts';
import { flagLowN } from '../measures.ts';
import { sql } from '../sql.ts';

const TrendQuery = FilterQuery.extend({ interval: z.enum(['week', 'month']).default('month') });
type Row = Omit<TrendPoint, 'low_n'> & { group: Group | 'all' };

/** GET /api/trend: n, net sentiment and negative share per week or month, per group. */
export function trendRoutes(deps: AppDeps) {
  return new Hono().get('/trend', async (c) => {
    const q = parseQuery(TrendQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const rows = await deps.store.all<Row>(sql('trend'), { ...segmentParams(f), interval: q.interval });
    const body: TrendResponse = { city: f.city, interval: q.interval, minN: f.minN, points: rows.map((r) => flagLowN(r, f.minN)) };
    return c.json(body);
  });
}
