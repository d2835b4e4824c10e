import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { TERM_SERIES_INTERVALS, type TermSeriesPoint, type TermSeriesResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { sql } from '../sql.ts';
import { parseTerms, termKey } from '../term-series.ts';

const SeriesQuery = FilterQuery.pick({ city: true, group: true, from: true, to: true, minN: true }).extend({
  terms: z.string().max(1000).optional(),
  source: z.enum(['brand', 'audience']).default('audience'),
  interval: z.enum(TERM_SERIES_INTERVALS).default('month'),
});

/** GET /api/terms/series: per period, the share of brand (or audience) segments using each term, with n. */
export function termSeriesRoutes(deps: AppDeps) {
  return new Hono().get('/terms/series', async (c) => {
    const q = parseQuery(SeriesQuery, c.req.query());
    const terms = parseTerms(q.terms);
    const f = await resolveFilters(deps.store, { ...q, source: undefined }, deps.minN);
    const points = await deps.store.all<TermSeriesPoint>(sql('term-series'), {
      cityId: f.cityId, group: q.source === 'brand' ? null : f.group, from: f.from, to: f.to,
      source: q.source, interval: q.interval, terms: listValue(terms), keys: listValue(terms.map(termKey)),
      needles: listValue(terms.map((t) => termKey(t).trim().split(' ')[0])),
    });
    const body: TermSeriesResponse = { city: f.city, source: q.source, interval: q.interval, terms, points };
    return c.json(body);
  });
}
