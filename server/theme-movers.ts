/**
 * Theme movers: which themes' net sentiment rose or fell most between the previous 3 full months
 * and the latest 3 (data/queries/theme-movers-period.sql, then theme-movers.sql); types in data/types.ts.
 */
import { JOURNEY_STAGE, type MoverSide, type Period, type ThemeId, type ThemeMove, type ThemeMovers } from '../data/types.ts';
import type { Store } from '../data/db/store.ts';
import { sql } from './sql.ts';

export type MoverRow = {
  theme: string;
  prev_n: number; prev_scored: number; prev_share: number; prev_net: number | null; prev_low: number | null; prev_high: number | null;
  last_n: number; last_scored: number; last_share: number; last_net: number | null; last_low: number | null; last_high: number | null;
  change: number | null; share_change: number;
};

const TOP = 3;

function side(r: MoverRow, p: 'prev' | 'last', minN: number): MoverSide {
  const n = r[`${p}_n`];
  const scored = r[`${p}_scored`];
  return { n, scored, share: r[`${p}_share`], net: r[`${p}_net`], low: r[`${p}_low`], high: r[`${p}_high`], low_n: n < minN || scored < minN };
}

type PeriodRow = { prev_from: string | null; prev_to: string | null; last_from: string | null; last_to: string | null };

/**
 * The movers under the filters `params` (audience_segments' parameters): the periods first, then
 * the figures with the periods' dates bound, so the date filter reaches the scan. `today` (ISO day)
 * decides which month is still running.
 */
export async function themeMovers(store: Store, params: Record<string, unknown>, today: string, minN: number): Promise<ThemeMovers> {
  const [b] = await store.all<PeriodRow>(sql('theme-movers-period'), { ...params, today });
  if (!b?.prev_from || !b.prev_to || !b.last_from || !b.last_to) return composeMovers(null, null, [], minN);
  const rows = await store.all<MoverRow>(sql('theme-movers'), {
    ...params, prevFrom: b.prev_from, prevTo: b.prev_to, lastFrom: b.last_from, lastTo: b.last_to,
  });
  return composeMovers({ from: b.prev_from, to: b.prev_to }, { from: b.last_from, to: b.last_to }, rows, minN);
}

/** Ranks the query's rows into rising, falling and low-n themes. */
export function composeMovers(previous: Period | null, latest: Period | null, rows: MoverRow[], minN: number): ThemeMovers {
  const moves: ThemeMove[] = rows.map((r) => ({
    theme: r.theme as ThemeId,
    stage: JOURNEY_STAGE[r.theme as ThemeId] ?? null,
    previous: side(r, 'prev', minN),
    latest: side(r, 'last', minN),
    change: r.change,
    share_change: r.share_change,
  }));
  const reliable = moves.filter((m) => !m.previous.low_n && !m.latest.low_n && m.change !== null);
  const rising = reliable.filter((m) => m.change! > 0)
    .sort((a, b) => b.change! - a.change! || a.theme.localeCompare(b.theme)).slice(0, TOP);
  const falling = reliable.filter((m) => m.change! < 0)
    .sort((a, b) => a.change! - b.change! || a.theme.localeCompare(b.theme)).slice(0, TOP);
  const lowN = moves
    .filter((m) => !reliable.includes(m))
    .sort((a, b) => b.latest.n + b.previous.n - (a.latest.n + a.previous.n) || a.theme.localeCompare(b.theme));
  return {
    previous,
    latest,
    minN,
    rising,
    falling,
    lowN,
    steady: reliable.length - rising.length - falling.length,
  };
}
