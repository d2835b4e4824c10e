/** Rescores the authenticity of a city's segments (the lexicons may be newer than the segments). */
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeAuthenticity } from '../data/db/segment-annotations.ts';
import { segmentChunks } from '../data/db/segment-scan.ts';
import { scoreAuthenticity } from './analysis/authenticity.ts';

const CHUNK = 20000;

/** Recomputes segments.authenticity for one city, inside the caller's transaction; returns the segments changed. */
export async function rescoreAuthenticity(conn: DuckDBConnection, cityId: number): Promise<number> {
  const changes: { id: number; label: string | null }[] = [];
  for await (const rows of segmentChunks(conn, { chunk: CHUNK, cityId })) {
    for (const r of rows) {
      const label = scoreAuthenticity(r.text, r.language).label;
      // only the changes are written: most segments judge no authenticity before or after
      if (label !== r.authenticity) changes.push({ id: r.id, label });
    }
  }
  return writeAuthenticity(conn, changes);
}
