/**
 * Writing re-annotations of stored segments: brand-value matches, theme matches, model labels and
 * authenticity. Callers read the segments, analyse them, and hand the results here; each write
 * keeps the list columns on segments (themes, value_ids) equal to the match tables they mirror.
 * All run inside the caller's transaction.
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { applyCorrections } from './corrections.ts';
import { refreshAllFacts, refreshFacts } from './facts.ts';

/** A term match with offsets into the segment text (segment_themes / segment_values rows). */
export type SegmentMatch = { id: string; term: string; start: number; end: number };

function appendMatch(a: DuckDBAppender, segmentId: number, key: string | number, m: Omit<SegmentMatch, 'id'>): void {
  a.appendBigInt(BigInt(segmentId));
  if (typeof key === 'number') a.appendInteger(key); else a.appendVarchar(key);
  a.appendVarchar(m.term); a.appendInteger(m.start); a.appendInteger(m.end); a.endRow();
}

/** A city's brand-value matches, replaced: clear, then `add` per match, then `finish`. */
export async function openValueMatchRewrite(conn: DuckDBConnection, cityId: number) {
  await conn.run(`delete from segment_values where segment_id in (select id from segments where city_id = $cityId)`, { cityId });
  const appender = await conn.createAppender('segment_values');
  return {
    add(segmentId: number, valueId: number, m: Omit<SegmentMatch, 'id'>) { appendMatch(appender, segmentId, valueId, m); },
    flush() { appender.flushSync(); },
    async finish() {
      appender.closeSync();
      // the value list on each segment mirrors segment_values (the measures filter on it)
      await conn.run(`update segments set value_ids = coalesce(
          (select list(distinct v.value_id order by v.value_id) from segment_values v where v.segment_id = segments.id), [])
        where city_id = $cityId`, { cityId });
    },
  };
}

/**
 * Replaces the theme matches and theme list of each changed segment, applies readers' corrections
 * again (they outrank the lexicon) and refreshes the facts of the cities touched.
 */
export async function rewriteThemeMatches(conn: DuckDBConnection, changed: { id: number; matches: SegmentMatch[] }[]): Promise<{ segments: number; matches: number }> {
  if (!changed.length) return { segments: 0, matches: 0 };
  await conn.run(`create or replace temp table theme_rewrite (id bigint, themes varchar)`);
  const ids = await conn.createAppender('theme_rewrite');
  for (const c of changed) {
    ids.appendBigInt(BigInt(c.id)); ids.appendVarchar(JSON.stringify([...new Set(c.matches.map((m) => m.id))])); ids.endRow();
  }
  ids.closeSync();
  await conn.run(`delete from segment_themes where segment_id in (select id from theme_rewrite)`);
  const rows = await conn.createAppender('segment_themes');
  let matches = 0;
  for (const c of changed) {
    for (const m of c.matches) { appendMatch(rows, c.id, m.id, m); matches++; }
  }
  rows.closeSync();
  await conn.run(`update segments set themes = from_json(r.themes, '["VARCHAR"]') from theme_rewrite r where segments.id = r.id`);
  const cities = (await conn.runAndReadAll(
    `select distinct city_id::INTEGER as id from segments where id in (select id from theme_rewrite)`,
  )).getRowObjectsJS().map((r) => Number(r.id));
  for (const cityId of cities) await applyCorrections(conn, { cityId });
  await refreshFacts(conn, cities);
  await conn.run(`drop table theme_rewrite`);
  return { segments: changed.length, matches };
}

/** A segment read again by a model: its label, score, the words behind it, and its theme matches. */
export type Relabelled = { id: number; label: string | null; sentiment: number | null; contributions: string; themes: SegmentMatch[] };

/**
 * Every segment's labels and theme matches from another model, staged in temp tables as they
 * come, then swapped in at `finish` (which re-applies corrections and rebuilds all facts).
 */
export async function openRelabel(conn: DuckDBConnection) {
  await conn.run(`create or replace temp table relabel (id bigint, label varchar, sentiment double, contributions varchar, themes varchar)`);
  await conn.run(`create or replace temp table relabel_themes (segment_id bigint, theme varchar, term varchar, start_offset integer, end_offset integer)`);
  const labels = await conn.createAppender('relabel');
  const matches = await conn.createAppender('relabel_themes');
  return {
    add(s: Relabelled) {
      labels.appendBigInt(BigInt(s.id));
      if (s.label === null) labels.appendNull(); else labels.appendVarchar(s.label);
      if (s.sentiment === null) labels.appendNull(); else labels.appendDouble(s.sentiment);
      labels.appendVarchar(s.contributions);
      labels.appendVarchar(JSON.stringify([...new Set(s.themes.map((m) => m.id))]));
      labels.endRow();
      for (const m of s.themes) appendMatch(matches, s.id, m.id, m);
    },
    flush() { labels.flushSync(); matches.flushSync(); },
    /** Swaps the new labels in; returns how many segments changed label. */
    async finish(): Promise<number> {
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
      return changed;
    },
  };
}

/** New authenticity labels for some segments; returns how many were written. */
export async function writeAuthenticity(conn: DuckDBConnection, changes: { id: number; label: string | null }[]): Promise<number> {
  if (!changes.length) return 0;
  await conn.run(`create or replace temp table authenticity_rescore (id bigint, authenticity varchar)`);
  const appender = await conn.createAppender('authenticity_rescore');
  for (const c of changes) {
    appender.appendBigInt(BigInt(c.id));
    if (c.label === null) appender.appendNull(); else appender.appendVarchar(c.label);
    appender.endRow();
  }
  appender.closeSync();
  await conn.run(`update segments set authenticity = r.authenticity from authenticity_rescore r where segments.id = r.id`);
  await conn.run(`drop table authenticity_rescore`);
  return changes.length;
}
