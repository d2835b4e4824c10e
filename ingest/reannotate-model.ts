/**
 * Model re-annotation: every stored segment's sentiment and themes read again with another model
 * (a version activated or rolled back to), in one transaction with the activation, so figures
 * never mix two models. Readers' corrections are applied again on top, and the facts rebuilt.
 * The reading runs on the model thread; this side only streams rows in and out of DuckDB.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { openRelabel } from '../data/db/segment-annotations.ts';
import { countSegments, segmentChunks } from '../data/db/segment-scan.ts';
import { readThemeTerms } from '../data/db/theme-terms.ts';
import type { ModelRef, ModelThread } from './model-thread.ts';

const CHUNK = 2000;

/** Relabels every segment with `model`; returns how many segments were read and how many changed label. */
export async function relabelSegments(conn: DuckDBConnection, thread: ModelThread, model: ModelRef, onProgress?: (done: number, total: number) => void): Promise<{ segments: number; changed: number }> {
  const themeTerms = (await readThemeTerms(conn)).map(({ theme, term }) => ({ theme, term }));
  const total = await countSegments(conn);
  const relabel = await openRelabel(conn);
  let done = 0;
  for await (const rows of segmentChunks(conn, { chunk: CHUNK })) {
    const segments = rows.map(({ id, text, language }) => ({ id, text, language }));
    for (const s of await thread.relabel({ model, themeTerms, segments })) relabel.add(s);
    done += segments.length;
    relabel.flush();
    onProgress?.(done, total);
  }
  return { segments: done, changed: await relabel.finish() };
}
