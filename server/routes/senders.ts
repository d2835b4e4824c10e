import { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { senderIndex, type SenderQueryRow } from '../senders.ts';
import { sql } from '../sql.ts';

const SendersQuery = FilterQuery.pick({ city: true, minN: true });

/** GET /api/senders: per channel, theme and brand value, the share of official, partner and user segments. */
export function sendersRoutes(deps: AppDeps) {
  return new Hono().get('/senders', async (c) => {
    const q = parseQuery(SendersQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const rows = await deps.store.all<SenderQueryRow>(sql('senders'), { cityId: f.cityId });
    return c.json(senderIndex(f.city, f.minN, rows));
  });
}
