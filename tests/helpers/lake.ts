import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { LAKE_TABLES, type LakeTableName } from '../../data/lake/tables.ts';

/** A lake folder read back by a fresh in-memory DuckDB, as an outside reader would. */
export type LakeReader = {
  /** Rows of a query; `lake('segments')` stands for the table's read_parquet(…, hive_partitioning). */
  all<T = Record<string, unknown>>(sql: (lake: (t: LakeTableName) => string) => string, params?: Record<string, DuckDBValue>): Promise<T[]>;
  count(table: LakeTableName): Promise<number>;
  columns(table: LakeTableName): Promise<string[]>;
  close(): void;
};

/** Opens a lake folder for reading; close() when done. */
export async function readLake(dir: string): Promise<LakeReader> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  const lake = (t: LakeTableName) => {
    if (!LAKE_TABLES.includes(t)) throw new Error(`not a lake table: ${t}`);
    return `read_parquet('${join(dir, t).replace(/'/g, "''")}/**/*.parquet', hive_partitioning = true)`;
  };
  const all = async <T>(sql: (l: typeof lake) => string, params: Record<string, DuckDBValue> = {}) =>
    (await conn.runAndReadAll(sql(lake), params)).getRowObjectsJS() as T[];
  return {
    all,
    count: async (t) => Number((await all<{ n: number }>((l) => `select count(*)::INTEGER as n from ${l(t)}`))[0].n),
    columns: async (t) => (await all<{ column_name: string }>((l) => `select column_name from (describe select * from ${l(t)})`)).map((r) => r.column_name),
    close: () => { conn.closeSync(); instance.closeSync(); },
  };
}

/** Each data file of a lake table with its inode and mtime: a rewritten file gets a new inode. */
export function lakeFiles(dir: string, table: LakeTableName): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.parquet')) { const s = statSync(p); out.set(p.slice(dir.length + 1), `${s.ino}:${s.mtimeMs}`); }
    }
  };
  if (existsSync(join(dir, table))) walk(join(dir, table));
  return out;
}
