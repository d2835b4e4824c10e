import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { migrate, schemaVersion } from './migrate.ts';

export type Params = Record<string, DuckDBValue>;

/** The one owner of the DuckDB file: every module reads and writes through it. */
export type Store = {
  path: string;
  readOnly: boolean;
  /** Runs fn on a short-lived connection. */
  withConnection<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Runs fn on a connection inside the single-writer queue: one write at a time, reads go on. */
  write<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Counts finished writes: a read cached under one version is stale once it moves. */
  dataVersion(): number;
  /** Rows of a query as plain objects; cast BIGINTs in SQL so no BigInt reaches JSON. */
  all<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
  schema(): Promise<number>;
  close(): void;
};

/** Raised when another process owns the database file. */
export class StoreLockedError extends Error {
  constructor(public path: string) {
    super(`the database ${path} is in use by another brandgap process (a running server owns it); stop that process or send the file to it as an upload`);
  }
}

/**
 * The params a statement references. node-api rejects extra keys, and routes pass one shared
 * filter object to several queries; a missing parameter still fails loudly.
 */
export function usedParams(sql: string, params: Params): Params {
  const names = new Set([...sql.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
  return Object.fromEntries(Object.entries(params).filter(([k]) => names.has(k)));
}

/**
 * DuckDB's own memory, in MB. Its default is 80% of RAM, and a file's ingest is one transaction whose
 * rows DuckDB keeps in memory until the commit; under this limit it spills them to `<db>.tmp/`
 * instead, so a 1 GB file loads in bounded memory. The rest of an ingest holds about 1 GB (two
 * analysis threads with their models, the main heap): with 512 MB here, a million posts peaked at
 * 1.35–1.62 GB over seven runs; with 384 MB at 1.36–1.42 GB over five, at the same speed.
 */
export const DEFAULT_DB_MEMORY_MB = 384;

/** Opens (or creates) the database file and applies pending migrations. */
export async function openStore(path: string, opts: { readOnly?: boolean; memoryMb?: number } = {}): Promise<Store> {
  const readOnly = opts.readOnly ?? false;
  const settings: Record<string, string> = { memory_limit: `${opts.memoryMb ?? DEFAULT_DB_MEMORY_MB}MB` };
  if (readOnly) settings.access_mode = 'READ_ONLY';
  if (path !== ':memory:' && !readOnly) mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, settings);
  } catch (err) {
    if (/lock/i.test((err as Error).message)) throw new StoreLockedError(path);
    throw err;
  }
  const withConnection = async <T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> => {
    const conn = await instance.connect();
    try {
      return await fn(conn);
    } finally {
      conn.closeSync();
    }
  };
  if (!readOnly) {
    await withConnection(async (conn) => {
      await migrate(conn);
      // One process owns the file, so a run still 'running' at open was interrupted (killed). It may
      // have left staging files and queue jobs: the next ingest or server start removes them and
      // closes the run as failed (ingest/recover.ts).
      await conn.run(`update ingest_runs set status = 'interrupted', finished_at = current_timestamp where status = 'running'`);
    });
  }

  let queue: Promise<unknown> = Promise.resolve();
  let version = 0;
  const write = <T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> => {
    if (readOnly) return Promise.reject(new Error('the database is open read-only'));
    // bumped after the write ends, committed or rolled back (a rollback only costs a cache miss)
    const next = queue.then(() => withConnection(fn)).finally(() => { version++; });
    queue = next.catch(() => undefined);
    return next;
  };
  const all = <T>(sql: string, params: Params = {}) =>
    withConnection(async (conn) => (await conn.runAndReadAll(sql, usedParams(sql, params))).getRowObjectsJS() as T[]);

  return {
    path, readOnly, withConnection, write, all,
    dataVersion: () => version,
    schema: () => withConnection(schemaVersion),
    close: () => instance.closeSync(),
  };
}

/** Runs fn in one transaction through the single writer: committed whole, or rolled back and rethrown. */
export async function inTransaction<T>(store: Store, fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
  return store.write(async (conn) => {
    await conn.run('begin transaction');
    try {
      const result = await fn(conn);
      await conn.run('commit');
      return result;
    } catch (err) {
      await conn.run('rollback');
      throw err;
    }
  });
}
