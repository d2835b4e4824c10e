import { listValue } from '@duckdb/node-api';
import { Hono } from 'hono';
import { z } from 'zod';
import { STAGES, STAYS, VOICES } from '../../data/speaker.ts';
import { LABELS, SOURCE_KINDS, type QuotesResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import type { Store } from '../../data/db/store.ts';
import { ApiError } from '../errors.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { fetchQuotes } from '../quotes-query.ts';

const QuotesQuery = FilterQuery.extend({
  /** A source kind, or 'any': every channel, brand texts included (the sender-centred index's figures). */
  source: z.enum([...SOURCE_KINDS, 'any']).optional(),
  label: z.enum(LABELS).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['date', 'strength', 'positive', 'negative']).default('date'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
  /**
   * Survey respondents who answered item `item` with `answer` (a label) or within answerMin–answerMax;
   * several ids (comma-separated) for one question asked in several survey waves.
   */
  item: z.string().regex(/^\d{1,9}(,\d{1,9}){0,49}$/, 'must be survey item ids, comma-separated')
    .transform((s) => [...new Set(s.split(',').map(Number))]).optional(),
  answer: z.string().min(1).max(500).optional(),
  answerMin: z.coerce.number().finite().optional(),
  answerMax: z.coerce.number().finite().optional(),
  stay: z.enum(STAYS).optional(),
  stage: z.enum(STAGES).optional(),
  voice: z.enum(VOICES).optional(),
  /** The turns reacting to one stimulus (its code, as /api/stimuli gives it). */
  stimulus: z.string().trim().min(1).max(200).optional(),
  /** Segments judging authenticity that way; 'any' = either way. */
  authenticity: z.enum(['authentic', 'inauthentic', 'any']).optional(),
  /** Segments using a word or phrase as whole words, any case (as /api/terms/series counts them). */
  word: z.string().trim().min(1).max(60).regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M}' -]*$/u, 'must be a word or phrase (letters, digits, spaces, hyphens, apostrophes)').optional(),
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

/** Survey items of the city's sources, else a 404 naming the first that is not. */
async function assertSurveyItems(store: Store, cityId: number, itemIds: number[]) {
  const rows = await store.all<{ id: number }>(
    `select i.id from survey_items i join sources s on s.id = i.source_id
     where list_contains($itemIds, i.id) and s.city_id = $cityId`,
    { itemIds: listValue(itemIds), cityId },
  );
  const missing = itemIds.find((id) => !rows.some((r) => r.id === id));
  if (missing !== undefined) throw new ApiError(404, 'unknown_item', `no survey item ${missing} in this city's sources`);
}

/** GET /api/quotes: the segments behind a figure, with highlights and keyset pagination. */
export function quotesRoutes(deps: AppDeps) {
  return new Hono().get('/quotes', async (c) => {
    const q = parseQuery(QuotesQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    if (q.item !== undefined) await assertSurveyItems(deps.store, f.cityId, q.item);
    const page = await fetchQuotes(deps.store, f, {
      label: q.label, q: q.q, sort: q.sort, stimulus: q.stimulus, authenticity: q.authenticity, word: q.word, limit: q.limit, cursor: q.cursor ? decodeCursor(q.cursor) : null,
      speaker: { stay: q.stay, stage: q.stage, voice: q.voice },
      answer: q.item === undefined ? null : { itemIds: q.item, answer: q.answer ?? null, min: q.answerMin ?? null, max: q.answerMax ?? null },
    });
    const body: QuotesResponse = {
      city: f.city, total: page.total, quotes: page.quotes,
      nextCursor: page.quotes.length === q.limit && page.last ? encodeCursor(page.last) : null,
    };
    return c.json(body);
  });
}
