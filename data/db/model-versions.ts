/**
 * The installation's model versions (table model_versions, migration 011): the weights as a BLOB
 * beside their figures, at most one active. Analysis threads read a model from a file, so the
 * active weights are also written once to a cache file named by their hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blobValue, type DuckDBConnection } from '@duckdb/node-api';
import type { ModelVersionView, RetrainFigures } from '../types.ts';
import { hasCorrections } from './corrections.ts';

/** A version as GET /api/models lists it (without its weights). */
export type ModelVersion = ModelVersionView;

const CACHE_DIR = join(tmpdir(), 'brandgap-models');

const rows = async <T>(conn: DuckDBConnection, sql: string, params: Record<string, unknown> = {}) =>
  (await conn.runAndReadAll(sql, params as never)).getRowObjectsJS() as T[];

const SELECT = `select version, model_id as "modelId", created_by as "createdBy",
  strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') as "createdAt", corrections, texts, figures::VARCHAR as figures, active
  from model_versions`;

/** Every version, newest first. */
export async function listModelVersions(conn: DuckDBConnection): Promise<ModelVersion[]> {
  if (!(await hasCorrections(conn))) return [];
  const list = await rows<Omit<ModelVersion, 'figures'> & { figures: string }>(conn, `${SELECT} order by version desc`);
  return list.map((v) => ({ ...v, figures: JSON.parse(v.figures) as RetrainFigures }));
}

/** The active version, or null when the shipped model is in use. */
export async function activeVersion(conn: DuckDBConnection): Promise<ModelVersion | null> {
  if (!(await hasCorrections(conn))) return null;
  const list = await rows<Omit<ModelVersion, 'figures'> & { figures: string }>(conn, `${SELECT} where active`);
  return list.length ? { ...list[0], figures: JSON.parse(list[0].figures) as RetrainFigures } : null;
}

/** The weights of a version, or null when there is no such version. */
export async function versionWeights(conn: DuckDBConnection, version: number): Promise<Buffer | null> {
  const [r] = await rows<{ weights: Uint8Array }>(conn, `select weights from model_versions where version = $version`, { version });
  return r ? Buffer.from(r.weights) : null;
}

/** Stores a new version (inactive) and returns its number. */
export async function addModelVersion(conn: DuckDBConnection, v: { modelId: string; createdBy: string | null; corrections: number; texts: number; figures: RetrainFigures; weights: Uint8Array }): Promise<number> {
  const [{ version }] = await rows<{ version: number }>(conn, `select coalesce(max(version), 0)::INTEGER + 1 as version from model_versions`);
  await conn.run(
    `insert into model_versions (version, model_id, created_by, corrections, texts, figures, weights)
     values ($version, $modelId, $createdBy, $corrections, $texts, $figures, $weights)`,
    { version, modelId: v.modelId, createdBy: v.createdBy, corrections: v.corrections, texts: v.texts, figures: JSON.stringify(v.figures), weights: blobValue(v.weights) },
  );
  return version;
}

/** Marks `version` active (0: none, the shipped model). */
export async function setActiveVersion(conn: DuckDBConnection, version: number): Promise<void> {
  await conn.run(`update model_versions set active = (version = $version) where active or version = $version`, { version });
}

/** A file holding these weights (written once per content), for analysis threads to load. */
export function modelFileFor(weights: Uint8Array): string {
  const path = join(CACHE_DIR, `${createHash('sha256').update(weights).digest('hex').slice(0, 24)}.bin`);
  if (!existsSync(path)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const part = `${path}.${process.pid}.part`;
    writeFileSync(part, weights);
    renameSync(part, path); // whole or absent: another process may read it at once
  }
  return path;
}

/** The model file analysis should use: the active version's, or undefined for the shipped model. */
export async function activeModelFile(conn: DuckDBConnection): Promise<string | undefined> {
  const [r] = await rows<{ weights: Uint8Array }>(conn, `select weights from model_versions where active`);
  return r ? modelFileFor(r.weights) : undefined;
}
