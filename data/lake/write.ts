/**
 * Writes and keeps up to date the Parquet lake: the tables of tables.ts, hive-partitioned by city
 * and month. Each run fingerprints every partition in SQL (its row count and the sum of its rows'
 * hashes, so an ingest, a re-annotation or a privacy delete moves it), rewrites the partitions
 * whose fingerprint differs from the manifest's, and deletes those the database no longer has.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../db/store.ts';
import { hasData, installPartition, lockLake, partitionsOnDisk, removePartition, removeStaging, STAGING_PREFIX } from './files.ts';
import { readManifest, writeManifest, type LakeManifest, type PartitionState, type TableState } from './manifest.ts';
import { LAKE, LAKE_CITIES, PART, type LakeTable, type LakeTableName } from './tables.ts';

export type TableReport = { written: number; unchanged: number; removed: number; rows: number };
export type LakeReport = { dir: string; tables: Record<LakeTableName, TableReport> };

/** What one table's run decided, from the database's snapshot. */
type Plan = { table: LakeTable; state: TableState; changed: string[]; rows: number };

const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;
const specOf = (t: LakeTable) => createHash('sha256').update(t.source).digest('hex').slice(0, 16);

/** Every partition of a table with its row count and fingerprint. */
async function fingerprints(conn: DuckDBConnection, t: LakeTable): Promise<Record<string, PartitionState>> {
  // hash(x) hashes the whole exported row; a sum (not xor) keeps two equal rows from cancelling
  const rows = (await conn.runAndReadAll(
    `select ${PART} as part, count(*)::INTEGER as rows, count(*)::VARCHAR || ':' || sum(hash(x))::VARCHAR as fingerprint
     from (${t.source}) x group by all`,
  )).getRowObjectsJS();
  return Object.fromEntries(rows.map((r) => [String(r.part), { rows: Number(r.rows), fingerprint: String(r.fingerprint) }]));
}

/** Compares the snapshot with the manifest and the files, and stages the partitions that changed. */
async function planTable(conn: DuckDBConnection, dir: string, staging: string, t: LakeTable, old: TableState | undefined): Promise<Plan> {
  const spec = specOf(t);
  const partitions = await fingerprints(conn, t);
  const changed = Object.entries(partitions)
    .filter(([part, now]) => old?.spec !== spec || old.partitions[part]?.fingerprint !== now.fingerprint || !hasData(join(dir, t.name, part)))
    .map(([part]) => part);
  if (changed.length) {
    await conn.run(`create or replace temp table lake_changed as select unnest($parts::VARCHAR[]) as part`, { parts: listValue(changed) });
    // one pass over the table writes every changed partition
    await conn.run(`copy (select * exclude (part) from (select *, ${PART} as part from (${t.source}))
                          where part in (select part from lake_changed))
                    to ${quote(join(staging, t.name))} (format parquet, partition_by (city, month))`);
  }
  const rows = Object.values(partitions).reduce((a, p) => a + p.rows, 0);
  return { table: t, state: { spec, partitions }, changed, rows };
}

/** Puts the staged partitions in place and deletes the partitions the snapshot no longer has. */
function applyPlan(dir: string, staging: string, plan: Plan, old: TableState | undefined): TableReport {
  const name = plan.table.name;
  for (const part of plan.changed) installPartition(join(staging, name, part), join(dir, name, part));
  const gone = new Set([...partitionsOnDisk(join(dir, name)), ...Object.keys(old?.partitions ?? {})]);
  for (const part of Object.keys(plan.state.partitions)) gone.delete(part);
  for (const part of gone) removePartition(join(dir, name, part));
  const written = plan.changed.length;
  return { written, unchanged: Object.keys(plan.state.partitions).length - written, removed: gone.size, rows: plan.rows };
}

/** Brings the lake in `dir` up to date with the store; reads one consistent snapshot. */
export async function writeLake(store: Store, dir: string): Promise<LakeReport> {
  const root = resolve(dir);
  mkdirSync(root, { recursive: true });
  const unlock = lockLake(root);
  const staging = join(root, `${STAGING_PREFIX}${process.pid}`);
  try {
    removeStaging(root);
    mkdirSync(staging);
    const manifest = readManifest(root);
    const plans = await store.withConnection(async (conn) => {
      // one transaction: every table's fingerprints and files come from the same snapshot
      await conn.run('begin transaction');
      try {
        await conn.run(LAKE_CITIES);
        const out: Plan[] = [];
        for (const t of LAKE) out.push(await planTable(conn, root, staging, t, manifest.tables[t.name]));
        return out;
      } finally {
        await conn.run('rollback');
      }
    });
    const tables = {} as Record<LakeTableName, TableReport>;
    const next: LakeManifest = { app: 'brandgap-lake', writtenAt: new Date().toISOString(), tables: {} };
    for (const plan of plans) {
      tables[plan.table.name] = applyPlan(root, staging, plan, manifest.tables[plan.table.name]);
      next.tables[plan.table.name] = plan.state;
    }
    writeManifest(root, next);
    return { dir: root, tables };
  } finally {
    removeStaging(root);
    unlock();
  }
}
