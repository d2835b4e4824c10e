/** Reading stored segments back for re-annotation: in id order, one chunk at a time. */
import type { DuckDBConnection } from '@duckdb/node-api';

/** What re-annotation reads of a segment. */
export type StoredSegment = { id: number; text: string; language: string | null; authenticity: string | null };

/**
 * Every segment (or one city's), `chunk` rows at a time, by keyset on id: memory stays flat on a
 * large database and rows written meanwhile by the caller's own transaction are not read twice.
 */
export async function* segmentChunks(conn: DuckDBConnection, opts: { chunk: number; cityId?: number }): AsyncGenerator<StoredSegment[]> {
  const where = opts.cityId === undefined ? 'id > $lastId' : 'city_id = $cityId and id > $lastId';
  for (let lastId = -1; ;) {
    const params: Record<string, number> = opts.cityId === undefined ? { lastId } : { lastId, cityId: opts.cityId };
    const rows = (await conn.runAndReadAll(
      `select id::DOUBLE as id, text, language, authenticity from segments where ${where} order by id limit ${Math.floor(opts.chunk)}`,
      params,
    )).getRowObjectsJS() as StoredSegment[];
    if (!rows.length) return;
    yield rows;
    lastId = rows[rows.length - 1].id;
  }
}

/** The segments one custom theme term matched. */
export async function segmentsMatchedBy(conn: DuckDBConnection, theme: string, term: string): Promise<StoredSegment[]> {
  return (await conn.runAndReadAll(
    `select id::DOUBLE as id, text, language, authenticity from segments
     where id in (select segment_id from segment_themes where theme = $theme and term = $term) order by id`,
    { theme, term },
  )).getRowObjectsJS() as StoredSegment[];
}

/** How many segments are stored. */
export async function countSegments(conn: DuckDBConnection): Promise<number> {
  const [{ n }] = (await conn.runAndReadAll(`select count(*)::INTEGER as n from segments`)).getRowObjectsJS() as { n: number }[];
  return n;
}
