/**
 * What the Parquet lake holds: per table, the query that gives its exported columns plus the two
 * partition columns `city` (the city's slug, temp table lake_cities) and `month` (YYYY-MM of the
 * row's date, null when undated). Only the columns named here leave the database.
 *
 * Personal data (DOMAIN.md, data/db/privacy.ts): texts are redacted at ingest, but some columns
 * still carry a person or a way back to one. They are left out, each with its reason below.
 */

export type LakeTable = { name: LakeTableName; source: string };

export const LAKE_TABLES = ['documents', 'segments', 'segment_themes', 'segment_values', 'segment_facts'] as const;
export type LakeTableName = (typeof LAKE_TABLES)[number];

const MONTH = (date: string) => `strftime(${date}, '%Y-%m') as month`;

/**
 * Ingest writes a mentioned handle into the text as its pseudonym (`@p_` and 16 hex digits, the
 * same pseudonym as the author_key of that person's own posts). The lake masks it with a string of
 * the same length, so offsets into the text stay valid and no mention links people's posts.
 */
const MASKED = (text: string) => `regexp_replace(${text}, '\\bp_[0-9a-f]{16}\\b', 'p_xxxxxxxxxxxxxxxx', 'g')`;

/**
 * documents, without:
 * - author_key: the pseudonym of a person; it links all their posts across files and cities
 *   (pseudonymised data is still personal data, and privacy deletes go by it);
 * - dedup_key, dedup_fp: the platform's record id (or its md5), which leads to the original post
 *   and its author;
 * - role_raw: the free-text role answer, which can name an employer or a lab;
 * - attrs as stored: it holds mentioned handles' pseudonyms, the parent post's platform id, a
 *   survey's raw country and role answers, and whatever a column mapping put there. Only the
 *   allow-listed engagement and context keys below are exported, as typed columns.
 */
const documents = `
  select d.id, d.source_id, d.city_id, d.kind, d.grp, d.date, d.language,
         d.role, d.origin, d.stay, d.stage, d.voice,
         d.attrs->>'$.platform' as platform, d.attrs->>'$.kind' as post_kind,
         try_cast(d.attrs->>'$.likes' as INTEGER) as likes, try_cast(d.attrs->>'$.reposts' as INTEGER) as reposts,
         try_cast(d.attrs->>'$.replies' as INTEGER) as replies, try_cast(d.attrs->>'$.quotes' as INTEGER) as quotes,
         try_cast(d.attrs->>'$.score' as INTEGER) as score,
         d.attrs->>'$.hashtags' as hashtags, d.attrs->>'$.subreddit' as subreddit,
         d.attrs->>'$.title' as title,
         ${MASKED('d.text')} as text,
         c.city, ${MONTH('d.date')}
  from documents d join lake_cities c on c.id = d.city_id`;

/**
 * segments, without:
 * - author_fp: the fingerprint of the author's pseudonym, the same link between a person's posts;
 * - speaker: a transcript's speaker label, which can be a participant's name;
 * - speaker_attrs: the speaker's exact age and gender as written (quasi-identifiers; the banded
 *   age_band and the mapped role, origin, stay, stage are kept);
 * - role_raw: the free-text role answer (as for documents).
 */
const segments = `
  select s.id, s.document_id, s.city_id, s.kind, s.grp, s.date, s.position, s.start_offset, s.end_offset,
         ${MASKED('s.text')} as text, s.question, s.moderator, s.language, s.sentiment, s.label,
         ${MASKED('s.contributions::VARCHAR')} as contributions,
         s.themes, s.value_ids, s.role, s.origin, s.age_band, s.stay, s.stage, s.voice,
         s.stimulus, s.stimulus_label, s.authenticity,
         c.city, ${MONTH('s.date')}
  from segments s join lake_cities c on c.id = s.city_id`;

/** Theme and value matches, partitioned like their segment; the value's name comes along. */
const segmentThemes = `
  select t.segment_id, t.theme, t.term, t.start_offset, t.end_offset, c.city, ${MONTH('s.date')}
  from segment_themes t join segments s on s.id = t.segment_id join lake_cities c on c.id = s.city_id`;

const segmentValues = `
  select v.segment_id, v.value_id, bv.name as value, v.term, v.start_offset, v.end_offset, c.city, ${MONTH('s.date')}
  from segment_values v join segments s on s.id = v.segment_id join lake_cities c on c.id = s.city_id
  left join brand_values bv on bv.id = v.value_id`;

/** The day-level facts (migration 007): counts and sums only, nothing that names anyone. */
const segmentFacts = `
  select f.city_id, f.kind, f.grp, f.day, f.language, f.role, f.origin, f.age_band, f.stay, f.stage, f.voice,
         f.themes, f.value_ids, f.n, f.scored, f.pos, f.neg, f.sum_ms, f.sum_ms2,
         c.city, ${MONTH('f.day')}
  from segment_facts f join lake_cities c on c.id = f.city_id`;

export const LAKE: readonly LakeTable[] = [
  { name: 'documents', source: documents },
  { name: 'segments', source: segments },
  { name: 'segment_themes', source: segmentThemes },
  { name: 'segment_values', source: segmentValues },
  { name: 'segment_facts', source: segmentFacts },
];

/**
 * Each city's partition value: its name in lower case without accents, runs of other characters
 * one hyphen ("Den Haag" → den-haag). A name of digits only gets a `city-` prefix (readers would
 * take "010" for the number 10), an empty one is `city-<id>`, and the id is appended where two
 * names give the same slug.
 */
export const LAKE_CITIES = `
  create or replace temp table lake_cities as
  with named as (
    select id, trim(regexp_replace(lower(strip_accents(name)), '[^a-z0-9]+', '-', 'g'), '-') as slug from cities
  ), slugs as (
    select id, case when slug = '' then 'city-' || id
                    when regexp_full_match(slug, '[0-9-]+') then 'city-' || slug
                    else slug end as slug
    from named
  )
  select id, case when count(*) over (partition by slug) > 1 then slug || '-' || id else slug end as city
  from slugs`;

/** The partition directory of a row, as DuckDB's PARTITION_BY (city, month) names it. */
export const PART = `'city=' || city || '/month=' || coalesce(month, '__HIVE_DEFAULT_PARTITION__')`;
