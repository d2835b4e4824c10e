/**
 * Model re-annotation: every stored segment's sentiment and themes read again with another model
 * (a version activated or rolled back to), in one transaction with the activation, so figures
 * never mix two models. Readers' corrections are applied again on top, and the facts rebuilt.
 * The reading runs on the model thread; this side only streams rows in and out of DuckDB.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { applyCorrections } from '../data/db/corrections.ts';
import { refreshAllFacts } from '../data/db/facts.ts';
import type { ModelRef, ModelThread } from './model-thread.ts';
import { readThemeTerms } from './reannotate-themes.ts';

const CHUNK = 2000;

/** Relabels every segment with `model`; returns how many segments were read and how many changed label. */
export async function relabelSegments(conn: DuckDBConnection, thread: ModelThread, model: ModelRef, onProgress?: (done: number, total: number) => void): Promise<{ segments: number; changed: number }> {
  const themeTerms = (await readThemeTerms(conn)).map(({ theme, term }) => ({ theme, term }));
  const [{ total }] = (await conn.runAndReadAll(`select count(*)::INTEGER as total from segments`)).getRowObjectsJS() as { total: number }[];
  await conn.run(`create or replace temp table relabel (id bigint, label varchar, sentiment double, contributions varchar, themes varchar)`);
  await conn.run(`create or replace temp table relabel_themes (segment_id bigint, theme varchar, term varchar, start_offset integer, end_offset integer)`);
  const labels = await conn.createAppender('relabel');
  const matches = await conn.createAppender('relabel_themes');
  let done = 0;
  for (let lastId = -1; ;) {
    const segments = (await conn.runAndReadAll(
      `select id::DOUBLE as id, text, language from segments where id > $lastId order by id limit ${CHUNK}`, { lastId },
    )).getRowObjectsJS() as { id: number; text: string; language: string | null }[];
    if (!segments.length) break;
    for (const s of await thread.relabel({ model, themeTerms, segments })) {
      labels.appendBigInt(BigInt(s.id));
      if (s.label === null) labels.appendNull(); else labels.appendVarchar(s.label);
      if (s.sentiment === null) labels.appendNull(); else labels.appendDouble(s.sentiment);
      labels.appendVarchar(s.contributions);
      labels.appendVarchar(JSON.stringify([...new Set(s.themes.map((m) => m.id))]));
      labels.endRow();
      for (const m of s.themes) {
        matches.appendBigInt(BigInt(s.id)); matches.appendVarchar(m.id); matches.appendVarchar(m.term);
        matches.appendInteger(m.start); matches.appendInteger(m.end); matches.endRow();
      }
    }
    done += segments.length;
    lastId = segments[segments.length - 1].id;
    labels.flushSync();
    matches.flushSync();
    onProgress?.(done, total);
  }
  labels.closeSync();
  matches.closeSync();
  const [{ changed }] = (await conn.runAndReadAll(
    `select count(*)::INTEGER as changed from relabel r join segments s on s.id = r.id where r.label is distinct from s.label`,
  )).getRowObjectsJS() as { changed: number }[];
  await conn.run(`update segments set label = r.label, sentiment = r.sentiment, contributions = r.contributions::JSON,
      themes = from_json(r.themes, '["VARCHAR"]') from relabel r where segments.id = r.id`);
  await conn.run(`delete from segment_themes`);
  await conn.run(`insert into segment_themes select * from relabel_themes`);
  await conn.run(`drop table relabel`);
  await conn.run(`drop table relabel_themes`);
  // the model's labels are now on every segment: the corrections note them, then overrule them
  await applyCorrections(conn, { captureModel: true });
  await refreshAllFacts(conn);
  return { segments: done, changed };
}
