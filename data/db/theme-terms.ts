/** The custom theme terms analysts add from the dashboard (table theme_terms, migration 005). */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ThemeId } from '../types.ts';

/** A stored custom term, as GET /api/theme-terms lists it. */
export type StoredThemeTerm = { theme: ThemeId; term: string; addedBy: string | null; addedAt: string };

/** Every custom theme term; none when the database predates migration 005 (an old demo file). */
export async function readThemeTerms(conn: DuckDBConnection): Promise<StoredThemeTerm[]> {
  const exists = (await conn.runAndReadAll(`select count(*)::INTEGER as n from information_schema.tables where table_name = 'theme_terms'`)).getRowObjectsJS()[0];
  if (!exists || (exists as { n: number }).n === 0) return [];
  return (await conn.runAndReadAll(
    `select theme, term, added_by as "addedBy", strftime(added_at, '%Y-%m-%dT%H:%M:%SZ') as "addedAt" from theme_terms order by theme, added_at, term`,
  )).getRowObjectsJS() as StoredThemeTerm[];
}

export async function hasThemeTerm(conn: DuckDBConnection, theme: string, term: string): Promise<boolean> {
  const [{ n }] = (await conn.runAndReadAll(`select count(*)::INTEGER as n from theme_terms where theme = $theme and term = $term`, { theme, term })).getRowObjectsJS() as { n: number }[];
  return n > 0;
}

export async function insertThemeTerm(conn: DuckDBConnection, theme: string, term: string, actor: string | null): Promise<void> {
  await conn.run(`insert into theme_terms (theme, term, added_by) values ($theme, $term, $actor)`, { theme, term, actor });
}

export async function deleteThemeTerm(conn: DuckDBConnection, theme: string, term: string): Promise<void> {
  await conn.run(`delete from theme_terms where theme = $theme and term = $term`, { theme, term });
}
