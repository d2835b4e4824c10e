import { Hono } from 'hono';
import type { AuthenticityResponse, AuthenticityRow } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { sql } from '../sql.ts';

const AuthenticityQuery = FilterQuery.pick({ city: true, group: true, source: true, from: true, to: true, minN: true });

type Row = { dim: 'source' | 'stimulus' | 'value'; key: string; n: number; judged: number; authentic: number; inauthentic: number; share: number | null; low: number | null; high: number | null };

/** The /api/quotes query of the segments judging authenticity behind a row. */
function quotesOf(city: string, dim: Row['dim'], key: string, group: string | null): string {
  const q = new URLSearchParams({ city });
  q.set(dim === 'source' ? 'source' : dim, key);
  if (group) q.set('group', group);
  q.set('authenticity', 'any');
  return `/api/quotes?${q}`;
}

/** GET /api/authenticity: the authentic share of the judged segments per source kind, stimulus and brand value. */
export function authenticityRoutes(deps: AppDeps) {
  return new Hono().get('/authenticity', async (c) => {
    const f = await resolveFilters(deps.store, parseQuery(AuthenticityQuery, c.req.query()), deps.minN);
    const rows = await deps.store.all<Row>(sql('authenticity'), { cityId: f.cityId, group: f.group, kind: f.kind, from: f.from, to: f.to });
    const of = (dim: Row['dim']): AuthenticityRow[] => rows.filter((r) => r.dim === dim).map(({ dim: d, ...r }) => ({
      ...r, low_n: r.judged < f.minN, quotes: quotesOf(f.city, d, r.key, f.group),
    }));
    const body: AuthenticityResponse = { city: f.city, minN: f.minN, bySource: of('source'), byStimulus: of('stimulus'), byValue: of('value') };
    return c.json(body);
  });
}
