/**
 * The lake's manifest, `DIR/_lake.json`: per table and partition the row count and fingerprint
 * it was written with, so the next run rewrites only what changed. A leading underscore keeps
 * Spark, Trino and Hive from taking it for data.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LakeTableName } from './tables.ts';

export const MANIFEST = '_lake.json';

export type PartitionState = { rows: number; fingerprint: string };
/** `spec` hashes the table's export query: a new column list rewrites every partition. */
export type TableState = { spec: string; partitions: Record<string, PartitionState> };
export type LakeManifest = {
  app: 'brandgap-lake';
  writtenAt: string;
  tables: Partial<Record<LakeTableName, TableState>>;
};

/** The manifest of a lake folder; an empty one when it is missing or unreadable (all is rewritten). */
export function readManifest(dir: string): LakeManifest {
  const empty: LakeManifest = { app: 'brandgap-lake', writtenAt: '', tables: {} };
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return empty;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as LakeManifest;
    return parsed?.app === 'brandgap-lake' && typeof parsed.tables === 'object' ? parsed : empty;
  } catch {
    return empty;
  }
}

/** Writes the manifest through a temp file and a rename, so a crash leaves the old one whole. */
export function writeManifest(dir: string, manifest: LakeManifest): void {
  const path = join(dir, MANIFEST);
  writeFileSync(`${path}.tmp`, JSON.stringify(manifest, null, 1) + '\n');
  renameSync(`${path}.tmp`, path);
}
