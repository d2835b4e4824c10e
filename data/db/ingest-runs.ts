/** The ingest log (table ingest_runs): one row per file read, stored or rejected, with its summary. */
import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import type { IngestSummary } from '../types.ts';

/** Opens a run as `running`; returns its id. */
export async function startRun(conn: DuckDBConnection, file: string, hash: string, actor: string | null): Promise<number> {
  const id = Number((await conn.runAndReadAll(`select (coalesce(max(id), 0) + 1)::INTEGER as id from ingest_runs`)).getRowObjectsJS()[0].id);
  await conn.run(`insert into ingest_runs (id, file_name, file_hash, status, actor) values ($id, $file, $hash, 'running', $actor)`, { id, file, hash, actor });
  return id;
}

/** Closes a run with its status and the file's summary. */
export async function finishRun(conn: DuckDBConnection, id: number, status: string, sourceId: number | null, s: IngestSummary, ms: number): Promise<void> {
  await conn.run(
    `update ingest_runs set status = $status, format = $format, city = $city,
       source_id = $sourceId, dropped = from_json($dropped, '["VARCHAR"]'),
       documents = $documents, segments = $segments, skipped = $skipped, duplicates = $duplicates,
       errors = $errors, finished_at = current_timestamp, duration_ms = $ms
     where id = $id`,
    { id, status, sourceId, dropped: JSON.stringify(s.dropped), format: s.format, city: s.city, documents: s.documents, segments: s.segments, skipped: s.skipped, duplicates: s.duplicates, errors: JSON.stringify(s.errors), ms },
  );
}

/** Whether a file with this content hash was stored before (a run that ended `stored`). */
export async function storedBefore(conn: DuckDBConnection, hash: string): Promise<boolean> {
  const rows = (await conn.runAndReadAll(`select 1 from ingest_runs where file_hash = $hash and status = 'stored' limit 1`, { hash })).getRowObjectsJS();
  return rows.length > 0;
}

/**
 * Whether every (city name, dedup key) pair is stored as a document of `kind` (cities matched
 * by lower-case name, as the loader matches them): the loader would then keep none of them.
 */
export async function allKeysStored(conn: DuckDBConnection, kind: string, pairs: { city: string; key: string }[]): Promise<boolean> {
  if (!pairs.length) return true;
  const r = (await conn.runAndReadAll(
    `with k as (select unnest($cities) as city, unnest($keys) as key)
     select count(*)::INTEGER as missing from k
     where not exists (select 1 from documents d join cities c on c.id = d.city_id
                       where lower(c.name) = lower(k.city) and d.kind = $kind and d.dedup_key = k.key)`,
    { kind, cities: listValue(pairs.map((p) => p.city)), keys: listValue(pairs.map((p) => p.key)) },
  )).getRowObjectsJS();
  return Number(r[0].missing) === 0;
}

/**
 * Runs cut off before they finished, whose queue jobs or staging files may be left: a run still
 * `running` when the file is next opened (only one process can own it; openStore marks it
 * `interrupted`), or one whose queue stopped answering (the pipeline marks it so).
 */
export async function interruptedRuns(conn: DuckDBConnection): Promise<{ id: number; hash: string }[]> {
  const rows = (await conn.runAndReadAll(`select id, coalesce(file_hash, '') as hash from ingest_runs where status = 'interrupted' order by id`)).getRowObjectsJS();
  return rows.map((r) => ({ id: Number(r.id), hash: String(r.hash) }));
}

/** Closes an interrupted run, its leftovers removed, as failed, saying so. */
export async function markInterrupted(conn: DuckDBConnection, id: number): Promise<void> {
  const errors = JSON.stringify([{ where: 'file', message: 'interrupted: the process that owned the database stopped before this file was stored; nothing was stored' }]);
  await conn.run(`update ingest_runs set status = 'failed', errors = $errors, finished_at = current_timestamp where id = $id and status = 'interrupted'`, { id, errors });
}
