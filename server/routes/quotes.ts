import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { LABELS, type Highlight, type Quote, type QuotesResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { ApiError } from '../errors.ts';
import { FilterQuery, parseQuery, resolveFilters, segmentParams } from '../filters.ts';
import { sql } from '../sql.ts';

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

/** Lowercase, strip accents, escape LIKE wildcards: the search matches "cafe" in "Café". */
const searchPattern = (q: string) => q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\\%_]/g, (m) => '\\' + m);

type Row = Omit<Quote, 'themes' | 'highlights'> & { sort_key: number; total: number };

/** GET /api/quotes: the segments behind a figure, with highlights and keyset pagination. */
export function quotesRoutes(deps: AppDeps) {
  return new Hono().get('/quotes', async (c) => {
    const q = parseQuery(QuotesQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const cursor = q.cursor ? decodeCursor(q.cursor) : null;
    const rows = await deps.store.all<Row>(sql('quotes'), {
      ...segmentParams(f), label: q.label ?? null, q: q.q?.trim() ? searchPattern(q.q.trim()) : null,
      sort: q.sort, limit: q.limit, cursorKey: cursor?.k ?? null, cursorId: cursor?.id ?? null,
    });
    const marks = rows.length
      ? await deps.store.all<Highlight & { segment_id: number }>(sql('quote-highlights'), { ids: listValue(rows.map((r) => BigInt(r.id))) })
      : [];
    const quotes: Quote[] = rows.map(({ sort_key: _k, total: _t, ...r }) => {
      const highlights = marks.filter((m) => m.segment_id === r.id).map(({ segment_id: _s, ...m }) => m);
      return { ...r, themes: [...new Set(highlights.filter((h) => h.kind === 'theme').map((h) => h.id))], highlights };
    });
    const last = rows[rows.length - 1];
    const body: QuotesResponse = {
      city: f.city,
      total: rows[0]?.total ?? (cursor ? null : 0),
      quotes,
      nextCursor: rows.length === q.limit && last ? encodeCursor({ k: last.sort_key, id: last.id }) : null,
    };
    return c.json(body);
  });
}
