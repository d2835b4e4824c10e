import { Hono } from 'hono';
import { z } from 'zod';
import { LABELS, type QuotesResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { ApiError } from '../errors.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { fetchQuotes } from '../quotes-query.ts';

const QuotesQuery = FilterQuery.extend({
  label: z.enum(LABELS).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['date', 'strength', 'positive', 'negative']).default('date'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
});

type Cursor = { k: number; id: number };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (typeof c.k === 'number' && typeof c.id === 'number') return c;
  } catch { /* fall through to the 400 */ }
  throw new ApiError(400, 'bad_parameter', 'parameter "cursor": not a cursor this server gave out');
}

/** GET /api/quotes: the segments behind a figure, with highlights and keyset pagination. */
export function quotesRoutes(deps: AppDeps) {
  return new Hono().get('/quotes', async (c) => {
    const q = parseQuery(QuotesQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const page = await fetchQuotes(deps.store, f, {
      label: q.label, q: q.q, sort: q.sort, limit: q.limit, cursor: q.cursor ? decodeCursor(q.cursor) : null,
    });
    const body: QuotesResponse = {
      city: f.city, total: page.total, quotes: page.quotes,
      nextCursor: page.quotes.length === q.limit && page.last ? encodeCursor(page.last) : null,
    };
    return c.json(body);
  });
}
