import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

const MIGRATIONS_DIR = join(import.meta.dirname, '../migrations');

export type Migration = { version: number; name: string; sql: string };

/** The forward migrations in data/migrations, ordered by their numeric prefix. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d+-.*\.sql$/.test(f))
    .map((f) => ({ version: Number(f.split('-')[0]), name: f, sql: readFileSync(join(dir, f), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/** The schema version recorded in the database; 0 for an empty file. */
export async function schemaVersion(conn: DuckDBConnection): Promise<number> {
  const exists = await conn.runAndReadAll(
    `select count(*)::INTEGER as n from information_schema.tables where table_name = 'schema_version'`,
  );
  if ((exists.getRowObjectsJS()[0] as { n: number }).n === 0) return 0;
  const r = await conn.runAndReadAll(`select coalesce(max(version), 0)::INTEGER as v from schema_version`);
  return (r.getRowObjectsJS()[0] as { v: number }).v;
}

/** Applies every migration newer than the file's version, each in its own transaction. */
export async function migrate(conn: DuckDBConnection, migrations = listMigrations()): Promise<number[]> {
  await conn.run(`create table if not exists schema_version (version integer primary key, name varchar, applied_at timestamp default current_timestamp)`);
  const current = await schemaVersion(conn);
  const applied: number[] = [];
  for (const m of migrations.filter((m) => m.version > current)) {
    await conn.run('begin transaction');
    try {
      await conn.run(m.sql);
      await conn.run(`insert into schema_version (version, name) values ($v, $n)`, { v: m.version, n: m.name });
      await conn.run('commit');
      applied.push(m.version);
    } catch (err) {
      await conn.run('rollback');
      throw new Error(`migration ${m.name} failed: ${(err as Error).message}`);
    }
  }
  // DuckDB 1.5 cannot replay an ALTER TABLE of a table whose defaults call functions (segments'
  // `default []`) from the write-ahead log: a crash before the next checkpoint would leave a file
  // that does not open. A checkpoint right after the migrations keeps them out of the log.
  if (applied.length) await conn.run('checkpoint');
  return applied;
}
