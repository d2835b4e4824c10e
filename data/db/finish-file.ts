/** What storing a file does after its rows are in: roles, readers' corrections, facts, the survey wave. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../types.ts';
import { applyCorrections } from './corrections.ts';
import { addFacts } from './facts.ts';
import { relabelRoles } from './speaker.ts';

export type FileRows = { kind: SourceKind; sourceId: number; wave: string | null; documentsBefore: number; segmentsBefore: number };

/** Completes a file whose documents and segments are numbered after `documentsBefore` / `segmentsBefore`. */
export async function finishFile(conn: DuckDBConnection, f: FileRows): Promise<void> {
  await relabelRoles(conn, { segments: f.segmentsBefore, documents: f.documentsBefore }); // role answers through the analyst's mapping
  await applyCorrections(conn, { after: f.segmentsBefore, captureModel: true }); // readers' corrections of the same sentences
  await addFacts(conn, f.segmentsBefore); // this file's segments, into the figures' facts
  if (f.kind === 'survey') {
    // the wave as asked, else the month of the earliest response
    await conn.run(
      `update sources set wave = coalesce($wave, (select strftime(min(d.date), '%Y-%m') from documents d where d.source_id = $id)) where id = $id`,
      { wave: f.wave, id: f.sourceId },
    );
  }
}
