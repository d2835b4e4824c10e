/**
 * Readers' corrections of a segment's sentiment and themes (migration 011): stored with who and
 * when, applied to the segments they reach (correction_targets), and re-applied by every writer
 * that relabels segments (ingest, theme-term and model re-annotation), inside that writer's
 * transaction so the facts it rebuilds count the corrected labels.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Label } from '../types.ts';
import { refreshFacts } from './facts.ts';
import { inTransaction, type Store } from './store.ts';

/** A correction as the API lists it. */
export type Correction = {
  id: number; city: string; segmentId: number; sentiment: Label; themes: string[];
  modelLabel: string | null; modelThemes: string[] | null; correctedBy: string | null; correctedAt: string;
  /** The segment's text and language while a segment it applies to exists (null once deleted). */
  text: string | null; language: string | null; segments: number;
};

/** What a correction changed: the segment before, the correction, and how many segments it reaches. */
export type CorrectionResult = { correction: Correction; previous: { label: string | null; themes: string[] }; segments: number; score: number | null };

/** Raised for a segment that does not exist (the route answers 404). */
export class UnknownSegment extends Error {}

type Seg = { id: number; city_id: number; label: string | null; themes: string[]; text_key: string };
type Current = { id: number; model_label: string | null; model_themes: string[] | null } | undefined;

const rows = async <T>(conn: DuckDBConnection, sql: string, params: Record<string, unknown> = {}) =>
  (await conn.runAndReadAll(sql, params as never)).getRowObjectsJS() as T[];

/**
 * Stores a reader's label for one segment (a missing field keeps the segment's current value) and
 * applies it to every segment it reaches, with the city's facts, in one transaction.
 */
export async function correctSegment(store: Store, segmentId: number, input: { sentiment?: Label; themes?: string[] }, actor: string | null): Promise<CorrectionResult> {
  return inTransaction(store, async (conn) => {
    const [seg] = await rows<Seg>(conn,
      `select id::DOUBLE as id, city_id, label, themes, segment_text_key(text) as text_key from segments where id = $id`, { id: segmentId });
    if (!seg) throw new UnknownSegment(`no segment ${segmentId}`);
    // the correction that labels this segment now, if any: its model label is the model's, not the segment's
    const [current] = await rows<NonNullable<Current>>(conn,
      `select c.id, c.model_label, c.model_themes from correction_targets($city, 0) t join corrections c on c.id = t.correction_id where t.segment_id = $id`,
      { city: seg.city_id, id: segmentId });
    const sentiment = input.sentiment ?? (seg.label as Label | null) ?? 'neutral';
    const themes = [...new Set(input.themes ?? seg.themes)];
    const [{ id }] = await rows<{ id: number }>(conn, `select coalesce(max(id), 0)::INTEGER + 1 as id from corrections`);
    await conn.run(
      `insert into corrections (id, city_id, segment_id, text_key, sentiment, themes, model_label, model_themes, corrected_by)
       values ($id, $city, $segment, $key, $sentiment, from_json($themes, '["VARCHAR"]'), $modelLabel, from_json($modelThemes, '["VARCHAR"]'), $actor)`,
      {
        id, city: seg.city_id, segment: segmentId, key: seg.text_key, sentiment, themes: listParam(themes),
        modelLabel: current ? current.model_label : seg.label,
        modelThemes: listParam(current ? current.model_themes ?? [] : seg.themes), actor,
      } as never,
    );
    // an earlier correction made on this very segment is replaced, not stacked
    await conn.run(`delete from corrections where segment_id = $segment and id <> $id`, { segment: segmentId, id });
    await applyCorrections(conn, { cityId: seg.city_id });
    await refreshFacts(conn, [seg.city_id]);
    const [correction] = await listCorrectionsOn(conn, { id });
    const [{ score }] = await rows<{ score: number | null }>(conn, `select sentiment as score from segments where id = $id`, { id: segmentId });
    return { correction, previous: { label: seg.label, themes: seg.themes }, segments: correction.segments, score };
  });
}

/** A list bound as JSON text and read with from_json in SQL. */
const listParam = (list: string[]): string => JSON.stringify(list);

/**
 * Writes the corrections of a city (null: every city) onto the segments they reach, numbered after
 * `after` (0 = all). `captureModel`: the segments were just labelled by the model, so their labels
 * are what the model says; they are kept on the corrections before being overwritten.
 * The caller rebuilds the facts (or, at ingest, counts the new segments after this).
 */
export async function applyCorrections(conn: DuckDBConnection, opts: { cityId?: number | null; after?: number; captureModel?: boolean } = {}): Promise<number> {
  const params = { city: opts.cityId ?? null, after: opts.after ?? 0 };
  const [{ n }] = await rows<{ n: number }>(conn, `select count(*)::INTEGER as n from corrections where $city is null or city_id = $city`, { city: params.city });
  if (n === 0) return 0;
  await conn.run(`create or replace temp table correction_apply as
    select t.segment_id, c.id as correction_id, c.sentiment, c.themes from correction_targets($city, $after) t join corrections c on c.id = t.correction_id`, params);
  if (opts.captureModel) {
    await conn.run(`update corrections set model_label = s.label, model_themes = s.themes
      from correction_apply a join segments s on s.id = a.segment_id where corrections.id = a.correction_id`);
  }
  await conn.run(`update segments set label = a.sentiment, sentiment = round(corrected_score(segments.sentiment, a.sentiment), 3), themes = a.themes
    from correction_apply a where segments.id = a.segment_id`);
  // the term rows of themes the reader took away go; themes the reader added have no term to mark
  await conn.run(`delete from segment_themes where segment_id in (select segment_id from correction_apply)
    and not list_contains((select a.themes from correction_apply a where a.segment_id = segment_themes.segment_id), theme)`);
  const [{ applied }] = await rows<{ applied: number }>(conn, `select count(*)::INTEGER as applied from correction_apply`);
  await conn.run(`drop table correction_apply`);
  return applied;
}

/** The corrections of a city (or of one id), newest first, with the text of a segment they reach. */
export async function listCorrectionsOn(conn: DuckDBConnection, where: { cityId?: number | null; id?: number | null }): Promise<Correction[]> {
  if (!(await hasCorrections(conn))) return [];
  return rows<Correction>(conn, `
    with t as (select * from correction_targets(null, 0))
    select c.id, ci.name as city, c.segment_id::DOUBLE as "segmentId", c.sentiment, c.themes,
           c.model_label as "modelLabel", c.model_themes as "modelThemes", c.corrected_by as "correctedBy",
           strftime(c.corrected_at, '%Y-%m-%dT%H:%M:%SZ') as "correctedAt",
           (select s.text from t join segments s on s.id = t.segment_id where t.correction_id = c.id order by s.id limit 1) as text,
           (select s.language from t join segments s on s.id = t.segment_id where t.correction_id = c.id order by s.id limit 1) as language,
           (select count(*) from t where t.correction_id = c.id)::INTEGER as segments
    from corrections c join cities ci on ci.id = c.city_id
    where ($city is null or c.city_id = $city) and ($id is null or c.id = $id)
    order by c.corrected_at desc, c.id desc`, { city: where.cityId ?? null, id: where.id ?? null });
}

/** Whether the database has migration 011's tables (a demo file built before it, opened read-only, has not). */
export async function hasCorrections(conn: DuckDBConnection): Promise<boolean> {
  const [{ n }] = await rows<{ n: number }>(conn, `select count(*)::INTEGER as n from information_schema.tables where table_name = 'model_versions'`);
  return n > 0;
}

/** Per language: corrections that reach a segment, and how many the active model's label agrees with. */
export async function correctionAgreement(conn: DuckDBConnection): Promise<{ language: string; n: number; agree: number }[]> {
  if (!(await hasCorrections(conn))) return [];
  return rows(conn, `
    select coalesce(s.language, 'unknown') as language, count(*)::INTEGER as n,
           count(*) filter (where c.model_label = c.sentiment)::INTEGER as agree
    from (select correction_id, min(segment_id) as segment_id from correction_targets(null, 0) group by all) t
    join corrections c on c.id = t.correction_id join segments s on s.id = t.segment_id
    group by all order by n desc, language`);
}

/** Corrections as training texts: the text and language of the first segment each one reaches. */
export async function correctionTexts(conn: DuckDBConnection): Promise<{ id: number; text: string; language: string | null; sentiment: string; themes: string[]; modelLabel: string | null }[]> {
  return rows(conn, `
    select c.id, s.text, s.language, c.sentiment, c.themes, c.model_label as "modelLabel"
    from (select correction_id, min(segment_id) as segment_id from correction_targets(null, 0) group by all) t
    join corrections c on c.id = t.correction_id join segments s on s.id = t.segment_id
    order by c.id`);
}
