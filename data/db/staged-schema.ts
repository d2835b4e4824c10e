/**
 * The staged files' schema: what a worker writes (one NDJSON file per table and part) and the
 * database's owner reads with read_json. Keys are short to keep the files small; the types are
 * given to read_json so it never guesses.
 */

export const STAGED_TABLES = ['keys', 'documents', 'segments', 'segment_themes', 'segment_values', 'segment_terms', 'survey_answers'] as const;
export type StagedTable = (typeof STAGED_TABLES)[number];

/** Each staged key and its DuckDB type, per table (the loader's `columns = {…}`). */
export const STAGED_COLUMNS: Record<StagedTable, Record<string, string>> = {
  // o ordinal, c city name, k dedup key, n segment count, a author key
  keys: { o: 'BIGINT', c: 'VARCHAR', k: 'VARCHAR', n: 'INTEGER', a: 'VARCHAR' },
  // g group, d date (epoch ms), l language, a author key, x text; rr…v speaker fields
  documents: {
    o: 'BIGINT', k: 'VARCHAR', g: 'VARCHAR', d: 'BIGINT', l: 'VARCHAR', a: 'VARCHAR', attrs: 'JSON', x: 'VARCHAR',
    rr: 'VARCHAR', og: 'VARCHAR', st: 'VARCHAR', sg: 'VARCHAR', v: 'VARCHAR',
  },
  // p position, s/e offsets, q question, sp speaker, sa speaker attrs, m moderator, sn sentiment, lb label,
  // cn contributions, th themes, vi value ids, ab age band, sm/sl stimulus, au authenticity
  segments: {
    o: 'BIGINT', p: 'INTEGER', g: 'VARCHAR', d: 'BIGINT', s: 'INTEGER', e: 'INTEGER', x: 'VARCHAR', q: 'VARCHAR', sp: 'VARCHAR',
    sa: 'JSON', m: 'BOOLEAN', l: 'VARCHAR', sn: 'DOUBLE', lb: 'VARCHAR', cn: 'JSON', th: 'VARCHAR[]', vi: 'INTEGER[]',
    ab: 'VARCHAR', rr: 'VARCHAR', og: 'VARCHAR', st: 'VARCHAR', sg: 'VARCHAR', v: 'VARCHAR',
    sm: 'VARCHAR', sl: 'VARCHAR', au: 'VARCHAR',
  },
  // t theme id / i value id, w the matched term, s/e offsets into the segment
  segment_themes: { o: 'BIGINT', p: 'INTEGER', t: 'VARCHAR', w: 'VARCHAR', s: 'INTEGER', e: 'INTEGER' },
  segment_values: { o: 'BIGINT', p: 'INTEGER', i: 'INTEGER', w: 'VARCHAR', s: 'INTEGER', e: 'INTEGER' },
  // a segment's distinct terms in one line: seven rows a post as single lines cost more to write than to analyse
  segment_terms: { o: 'BIGINT', p: 'INTEGER', w: 'VARCHAR[]' },
  // i item key, v value, n scale position
  survey_answers: { o: 'BIGINT', i: 'VARCHAR', v: 'VARCHAR', n: 'DOUBLE' },
};
