import { listValue } from '@duckdb/node-api';
import type { Highlight, Label, Quote } from '../data/types.ts';
import type { Store } from '../data/db/store.ts';
import { segmentParams, type Filters } from './filters.ts';
import { sql } from './sql.ts';
import { termKey } from './term-series.ts';

export type QuoteSort = 'date' | 'strength' | 'positive' | 'negative';
/** Respondents who gave a closed answer: an exact label, or a numeric range (e.g. NPS 0–6). */
export type AnswerFilter = { itemIds: number[]; answer: string | null; min: number | null; max: number | null };
export type SpeakerFilter = { stay?: string | null; stage?: string | null; voice?: string | null };
export type QuotePage = { quotes: Quote[]; total: number | null; last: { k: number; id: number } | null };

/** Lowercase, strip accents, escape LIKE wildcards: the search matches "cafe" in "Café". */
export const searchPattern = (q: string) =>
  q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\\%_]/g, (m) => '\\' + m);

type PageRow = { id: number; sort_key: number; total: number | null };

/** One page of the segments behind a figure, with their highlighted theme and value terms. */
export async function fetchQuotes(
  store: Store, f: Filters,
  opts: {
    label?: Label | null; q?: string | null; sort: QuoteSort; limit: number; cursor?: { k: number; id: number } | null;
    answer?: AnswerFilter | null;
    /** The speaker fields not among the shared filters (stay, stage, voice; null = any). */
    speaker?: SpeakerFilter;
    /** Migration 015: the turns reacting to one stimulus; segments judging authenticity ('any' = either way). */
    stimulus?: string | null; authenticity?: 'authentic' | 'inauthentic' | 'any' | null;
    /** Segments using this word or phrase as whole words, any case (the term series' evidence). */
    word?: string | null;
  },
): Promise<QuotePage> {
  // every matching segment is counted on the first page only
  const withTotal = !opts.cursor;
  const rows = await store.all<PageRow>(sql('quotes'), {
    ...segmentParams(f), label: opts.label ?? null, q: opts.q?.trim() ? searchPattern(opts.q.trim()) : null,
    sort: opts.sort, limit: opts.limit, cursorKey: opts.cursor?.k ?? null, cursorId: opts.cursor?.id ?? null,
    withTotal,
    itemIds: opts.answer ? listValue(opts.answer.itemIds) : null, answer: opts.answer?.answer ?? null,
    answerMin: opts.answer?.min ?? null, answerMax: opts.answer?.max ?? null,
    stay: opts.speaker?.stay ?? null, stage: opts.speaker?.stage ?? null, voice: opts.speaker?.voice ?? null,
    stimulus: opts.stimulus ?? null, authenticity: opts.authenticity ?? null, word: opts.word ? termKey(opts.word) : null,
    wordStart: opts.word ? termKey(opts.word).trim().split(' ')[0] : null,
  });
  const last = rows.at(-1);
  return {
    quotes: await quotesById(store, rows.map((r) => r.id)),
    total: withTotal ? (rows[0]?.total ?? 0) : null,
    last: last ? { k: last.sort_key, id: last.id } : null,
  };
}

/** A trend alert's window: the period starting on `period` (YYYY-MM-DD) and ending before `end`, of
 * the trend's interval, and its group ('all' = the route's). */
export type AlertWindow = { period: string; end: string; group: string };

/** The `limit` most negative quotes of each alert window, in one query (the order of sort=negative). */
export async function fetchAlertQuotes(
  store: Store, f: Filters, interval: 'week' | 'month', windows: AlertWindow[], limit: number,
): Promise<Quote[][]> {
  if (!windows.length) return [];
  const span = { from: windows.map((w) => w.period).sort()[0], to: windows.map((w) => w.end).sort().at(-1)! };
  const picked = await store.all<{ w: number; id: number }>(sql('alert-quotes'), {
    ...segmentParams({ ...f, ...span }), interval,
    periods: listValue(windows.map((w) => w.period)),
    groups: listValue(windows.map((w) => w.group)), limit,
  });
  const quotes = new Map((await quotesById(store, picked.map((p) => p.id))).map((q) => [q.id, q]));
  return windows.map((_, i) => picked.filter((p) => p.w === i + 1).map((p) => quotes.get(p.id)!));
}

/** The segments with these ids as quotes, in the same order, with their highlighted terms. */
async function quotesById(store: Store, ids: number[]): Promise<Quote[]> {
  if (!ids.length) return [];
  const idList = listValue(ids.map((id) => BigInt(id)));
  const [rows, marks] = await Promise.all([
    store.all<Omit<Quote, 'themes' | 'highlights'>>(sql('quote-rows'), { ids: idList }),
    store.all<Highlight & { segment_id: number }>(sql('quote-highlights'), { ids: idList }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const highlights = marks.filter((m) => m.segment_id === id).map(({ segment_id: _s, ...m }) => m);
    return { ...byId.get(id)!, themes: [...new Set(highlights.filter((h) => h.kind === 'theme').map((h) => h.id))], highlights };
  });
}
