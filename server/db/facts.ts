/**
 * The segment facts (migration 007) that the figure routes read: rebuilt for the cities a write
 * touched, inside that write's transaction, so a committed change and its figures move together.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../sql.ts';

/** Rebuilds the facts of these cities from their segments. */
export async function refreshFacts(conn: DuckDBConnection, cityIds: Iterable<number>): Promise<void> {
  for (const cityId of new Set(cityIds)) {
    await conn.run(`delete from segment_facts where city_id = $cityId`, { cityId });
    await conn.run(sql('add-facts'), { cityId, after: 0 });
  }
}

/** Counts the segments numbered after `after` (a file just ingested) into the facts. */
export async function addFacts(conn: DuckDBConnection, after: number): Promise<void> {
  await conn.run(sql('add-facts'), { cityId: null, after });
}

/** Rebuilds the facts of every city (after a change that can reach any city's segments). */
export async function refreshAllFacts(conn: DuckDBConnection): Promise<void> {
  const rows = (await conn.runAndReadAll(`select id::INTEGER as id from cities`)).getRowObjectsJS();
  await refreshFacts(conn, rows.map((r) => Number(r.id)));
}
