import { Hono } from 'hono';
import { z } from 'zod';
import { LABELS, type QuotesResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import type { Store } from '../db/store.ts';
import { ApiError } from '../errors.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { fetchQuotes } from '../quotes-query.ts';

const QuotesQuery = FilterQuery.extend({
  label: z.enum(LABELS).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['date', 'strength', 'positive', 'negative']).default('date'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
  /** Survey respondents who answered item `item` with `answer` (a label) or within answerMin–answerMax. */
  item: z.coerce.number().int().min(1).optional(),
  answer: z.string().min(1).max(500).optional(),
  answerMin: z.coerce.number().finite().optional(),
  answerMax: z.coerce.number().finite().optional(),
}).refine((q) => q.item !== undefined || (q.answer === undefined && q.answerMin === undefined && q.answerMax === undefined), {
  path: ['item'], message: 'is required with answer, answerMin or answerMax',
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

/** A survey item of one of the city's sources, else a 404 naming it. */
async function assertSurveyItem(store: Store, cityId: number, itemId: number) {
  const rows = await store.all<{ n: number }>(
    `select count(*)::INTEGER as n from survey_items i
     join sources s on s.id = i.source_id where i.id = $itemId and s.city_id = $cityId`,
    { itemId, cityId },
  );
  if (!rows[0]?.n) throw new ApiError(404, 'unknown_item', `no survey item ${itemId} in this city's sources`);
}

/** GET /api/quotes: the segments behind a figure, with highlights and keyset pagination. */
export function quotesRoutes(deps: AppDeps) {
  return new Hono().get('/quotes', async (c) => {
    const q = parseQuery(QuotesQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    if (q.item !== undefined) await assertSurveyItem(deps.store, f.cityId, q.item);
    const page = await fetchQuotes(deps.store, f, {
      label: q.label, q: q.q, sort: q.sort, limit: q.limit, cursor: q.cursor ? decodeCursor(q.cursor) : null,
      answer: q.item === undefined ? null : { itemId: q.item, answer: q.answer ?? null, min: q.answerMin ?? null, max: q.answerMax ?? null },
    });
    const body: QuotesResponse = {
      city: f.city, total: page.total, quotes: page.quotes,
      nextCursor: page.quotes.length === q.limit && page.last ? encodeCursor(page.last) : null,
    };
    return c.json(body);
  });
}
