/** Installation settings kept in the database (table settings). */
import { randomBytes } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';

/** The database's pseudonymisation key, created on first use and kept in settings. */
export async function pseudonymKey(conn: DuckDBConnection): Promise<string> {
  const rows = (await conn.runAndReadAll(`select value from settings where key = 'pseudonym_key'`)).getRowObjectsJS();
  if (rows.length) return String(rows[0].value);
  const key = randomBytes(32).toString('hex');
  await conn.run(`insert into settings (key, value) values ('pseudonym_key', $key)`, { key });
  return key;
}
