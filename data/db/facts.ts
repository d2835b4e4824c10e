/**
 * The facts the figure routes read (segment_facts by day, month_facts and term_facts by month;
 * migrations 007 and 008): rebuilt for the cities a write touched, inside that write's
 * transaction, so a committed change and its figures move together.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

const FACT_TABLES = ['segment_facts', 'month_facts', 'term_facts'] as const;

/** Counts the segments of city $cityId (null = any) numbered after $after (0 = all) into each
 * facts table. A file just ingested adds its own rows beside older rows of the same key (queries
 * sum them); a city rebuilt has its old rows deleted first. */
const ADD_FACTS = [
  `insert into segment_facts select * from segment_counts($cityId, $after, 'day')`,
  `insert into month_facts select * from segment_counts($cityId, $after, 'month')`,
  `insert into term_facts select * from term_counts($cityId, $after)`,
];

async function add(conn: DuckDBConnection, cityId: number | null, after: number): Promise<void> {
  for (const statement of ADD_FACTS) await conn.run(statement, { cityId, after });
}

/** Rebuilds the facts of these cities from their segments. */
export async function refreshFacts(conn: DuckDBConnection, cityIds: Iterable<number>): Promise<void> {
  for (const cityId of new Set(cityIds)) {
    for (const table of FACT_TABLES) await conn.run(`delete from ${table} where city_id = $cityId`, { cityId });
    await add(conn, cityId, 0);
  }
}

/** Counts the segments numbered after `after` (a file just ingested) into the facts. */
export async function addFacts(conn: DuckDBConnection, after: number): Promise<void> {
  await add(conn, null, after);
}

/** Rebuilds the facts of every city (after a change that can reach any city's segments). */
export async function refreshAllFacts(conn: DuckDBConnection): Promise<void> {
  const rows = (await conn.runAndReadAll(`select id::INTEGER as id from cities`)).getRowObjectsJS();
  await refreshFacts(conn, rows.map((r) => Number(r.id)));
}
