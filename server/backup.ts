/**
 * Backup and restore: a consistent snapshot of every table as Parquet (DuckDB EXPORT DATABASE)
 * plus a manifest of row counts, and a restore that checks those counts before it swaps files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openStore, type Store } from '../data/db/store.ts';

export const MANIFEST = 'brandgap-backup.json';
export type Manifest = { app: 'brandgap'; schema: number; createdAt: string; tables: Record<string, number> };

const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;

async function tableCounts(conn: DuckDBConnection): Promise<Record<string, number>> {
  const names = (await conn.runAndReadAll(
    `select table_name as name from information_schema.tables where table_schema = 'main' and table_type = 'BASE TABLE' order by 1`,
  )).getRowObjectsJS().map((r) => String(r.name));
  const counts: Record<string, number> = {};
  for (const name of names) {
    counts[name] = Number((await conn.runAndReadAll(`select count(*)::BIGINT as n from "${name.replace(/"/g, '""')}"`)).getRowObjectsJS()[0].n);
  }
  return counts;
}

/** Writes a snapshot of the store into `dir` (created; must be empty) and returns its manifest. */
export async function backupStore(store: Store, dir: string): Promise<Manifest> {
  const target = resolve(dir);
  if (existsSync(target) && readdirSync(target).length) throw new Error(`${dir} is not empty; choose a new folder for the backup`);
  mkdirSync(dirname(target), { recursive: true });
  const schema = await store.schema();
  // One transaction: the counts and the exported rows come from the same snapshot, while
  // uploads may go on writing.
  const tables = await store.withConnection(async (conn) => {
    await conn.run('begin transaction');
    try {
      const counts = await tableCounts(conn);
      await conn.run(`export database ${quote(target)} (format parquet)`);
      return counts;
    } finally {
      await conn.run('commit');
    }
  });
  // EXPORT DATABASE writes macros in the order they were (re)created; a migration that redefines
  // a macro others use (016's audience_match) would make IMPORT fail on the users it now follows
  const schemaFile = join(target, 'schema.sql');
  writeFileSync(schemaFile, macrosAfterTheirDependencies(readFileSync(schemaFile, 'utf8')));
  const manifest: Manifest = { app: 'brandgap', schema, createdAt: new Date().toISOString(), tables };
  writeFileSync(join(target, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

const MACRO_LINE = /^CREATE MACRO ([A-Za-z_][A-Za-z0-9_]*)/;

/** schema.sql with its CREATE MACRO lines (one statement a line, as DuckDB writes them) ordered so
 * that each comes after the macros its body calls; other lines keep their places. */
export function macrosAfterTheirDependencies(sql: string): string {
  const lines = sql.split('\n');
  const macros = new Map<string, string>();
  for (const l of lines) { const m = MACRO_LINE.exec(l); if (m) macros.set(m[1], l); }
  if (macros.size === 0) return sql;
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (name: string) => {
    if (placed.has(name) || visiting.has(name)) return;
    visiting.add(name);
    const body = (macros.get(name) as string).slice(`CREATE MACRO ${name}`.length);
    for (const other of macros.keys()) if (other !== name && new RegExp(`\\b${other}\\s*\\(`).test(body)) place(other);
    visiting.delete(name);
    placed.add(name);
    ordered.push(macros.get(name) as string);
  };
  for (const name of macros.keys()) place(name);
  let next = 0;
  return lines.map((l) => (MACRO_LINE.test(l) ? ordered[next++] : l)).join('\n');
}

/** The manifest of a backup folder; throws when the folder is not a brandgap backup. */
export function readManifest(dir: string): Manifest {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) throw new Error(`${dir} is not a brandgap backup (no ${MANIFEST})`);
  const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (m.app !== 'brandgap' || typeof m.tables !== 'object') throw new Error(`${path} is not a brandgap backup manifest`);
  return m;
}

/**
 * Restores a backup into `dbPath`. The database is rebuilt beside it, checked table by table
 * against the manifest, and only then moved into place; an existing file needs `force` and is
 * kept as `<dbPath>.before-restore-<time>`. Returns where the old file went, if anywhere.
 */
export async function restoreBackup(dir: string, dbPath: string, opts: { force?: boolean } = {}): Promise<{ kept: string | null; manifest: Manifest }> {
  const manifest = readManifest(dir);
  const exists = existsSync(dbPath);
  if (exists && !opts.force) throw new Error(`${dbPath} exists; pass --force to replace it (it will be kept as ${dbPath}.before-restore-…)`);
  if (exists) (await openStore(dbPath)).close(); // throws StoreLockedError while a server owns it
  const building = `${dbPath}.restoring`;
  for (const f of [building, `${building}.wal`]) rmSync(f, { force: true });
  mkdirSync(dirname(resolve(dbPath)), { recursive: true });
  const instance = await DuckDBInstance.create(building);
  try {
    const conn = await instance.connect();
    await conn.run(`import database ${quote(resolve(dir))}`);
    const counts = await tableCounts(conn);
    for (const [table, n] of Object.entries(manifest.tables)) {
      if (counts[table] !== n) throw new Error(`restore check failed: ${table} has ${counts[table] ?? 'no'} rows, the backup ${n}`);
    }
    await conn.run('checkpoint');
    conn.closeSync();
  } catch (err) {
    instance.closeSync();
    for (const f of [building, `${building}.wal`]) rmSync(f, { force: true });
    throw err;
  }
  instance.closeSync();
  let kept: string | null = null;
  if (exists) {
    kept = `${dbPath}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dbPath, kept);
    if (existsSync(`${dbPath}.wal`)) renameSync(`${dbPath}.wal`, `${kept}.wal`);
  }
  renameSync(building, dbPath);
  // A backup from an older version gets the newer migrations now.
  (await openStore(dbPath)).close();
  return { kept, manifest };
}
