/**
 * The breakdown axis of the figure routes (`by=group|origin|role|stay|stage|voice`, issue 18): one
 * row per axis value with n, net and its interval, the low-n flag and the quotes behind it.
 */
import { z } from 'zod';
import { AXES, type Axis, type Breakdown, type BreakdownRow } from '../data/speaker.ts';
import type { Params, Store } from '../data/db/store.ts';
import type { FilterQuery } from './filters.ts';
import { flagLowN } from './measures.ts';
import { sql } from './sql.ts';

/** `by`, validated: an unknown axis is a 400 naming the parameter (parseQuery). */
export const ByQuery = z.object({ by: z.enum(AXES).optional() });

type Row = Omit<BreakdownRow, 'low_n' | 'quotes'>;

/** The filters of a figure that its quotes share (the route's own, as given). */
const SHARED: (keyof FilterQuery)[] = ['city', 'group', 'source', 'from', 'to', 'lang', 'theme', 'value', 'role', 'origin', 'age'];

/** The /api/quotes link of a row: the figure's filters, the axis value, and what the row stands for. */
export function quotesLink(q: FilterQuery, by: Axis, value: string, extra: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  for (const k of SHARED) {
    const v = q[k];
    if (v !== undefined && v !== null) params.set(k, String(v));
  }
  params.set(by, value);
  for (const [k, v] of Object.entries(extra)) if (v !== null) params.set(k, v);
  return `/api/quotes?${params}`;
}

/**
 * Runs data/queries/<name>.sql with the axis and turns its rows (key, value, n, scored, net, low,
 * high) into a breakdown; `extra` says which quotes filter a row's key is.
 */
export async function breakdown(
  store: Store, name: string, params: Params, by: Axis, q: FilterQuery, minN: number,
  extra: (key: string | null) => Record<string, string | null> = () => ({}),
): Promise<Breakdown> {
  const rows = await store.all<Row>(sql(name), { ...params, by });
  return {
    by,
    rows: rows.map((r) => ({ ...flagLowN(r, minN), quotes: quotesLink(q, by, r.value, extra(r.key)) })),
  };
}
