/** The ingest log (table ingest_runs): one row per file read, stored or rejected, with its summary. */
import type { DuckDBConnection } from '@duckdb/node-api';
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
