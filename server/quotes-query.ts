import { listValue } from '@duckdb/node-api';
import type { Highlight, Label, Quote } from '../data/types.ts';
import type { Store } from './db/store.ts';
import { segmentParams, type Filters } from './filters.ts';
import { sql } from './sql.ts';

export type QuoteSort = 'date' | 'strength' | 'positive' | 'negative';
/** Respondents who gave a closed answer: an exact label, or a numeric range (e.g. NPS 0–6). */
export type AnswerFilter = { itemIds: number[]; answer: string | null; min: number | null; max: number | null };
export type QuotePage = { quotes: Quote[]; total: number | null; last: { k: number; id: number } | null };

/** Lowercase, strip accents, escape LIKE wildcards: the search matches "cafe" in "Café". */
export const searchPattern = (q: string) =>
  q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\\%_]/g, (m) => '\\' + m);

type Row = Omit<Quote, 'themes' | 'highlights'> & { sort_key: number; total: number | null };

/** One page of the segments behind a figure, with their highlighted theme and value terms. */
export async function fetchQuotes(
  store: Store, f: Filters,
  opts: {
    label?: Label | null; q?: string | null; sort: QuoteSort; limit: number; cursor?: { k: number; id: number } | null;
    answer?: AnswerFilter | null;
    /** Count every matching segment on the first page (default); alert quotes need only the page. */
    total?: boolean;
  },
): Promise<QuotePage> {
  const withTotal = !opts.cursor && opts.total !== false;
  const rows = await store.all<Row>(sql('quotes'), {
    ...segmentParams(f), label: opts.label ?? null, q: opts.q?.trim() ? searchPattern(opts.q.trim()) : null,
    sort: opts.sort, limit: opts.limit, cursorKey: opts.cursor?.k ?? null, cursorId: opts.cursor?.id ?? null,
    withTotal,
    itemIds: opts.answer ? listValue(opts.answer.itemIds) : null, answer: opts.answer?.answer ?? null,
    answerMin: opts.answer?.min ?? null, answerMax: opts.answer?.max ?? null,
  });
  const marks = rows.length
    ? await store.all<Highlight & { segment_id: number }>(sql('quote-highlights'), { ids: listValue(rows.map((r) => BigInt(r.id))) })
    : [];
  const quotes: Quote[] = rows.map(({ sort_key: _k, total: _t, ...r }) => {
    const highlights = marks.filter((m) => m.segment_id === r.id).map(({ segment_id: _s, ...m }) => m);
    return { ...r, themes: [...new Set(highlights.filter((h) => h.kind === 'theme').map((h) => h.id))], highlights };
  });
  const last = rows.at(-1);
  return { quotes, total: withTotal ? (rows[0]?.total ?? 0) : null, last: last ? { k: last.sort_key, id: last.id } : null };
}
