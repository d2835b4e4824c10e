/** Rescores the authenticity of a city's segments (the lexicons may be newer than the segments). */
import type { DuckDBConnection } from '@duckdb/node-api';
import { scoreAuthenticity } from './analysis/authenticity.ts';

const CHUNK = 20000;

/** Recomputes segments.authenticity for one city, inside the caller's transaction; returns the segments changed. */
export async function rescoreAuthenticity(conn: DuckDBConnection, cityId: number): Promise<number> {
  await conn.run(`create or replace temp table authenticity_rescore (id bigint, authenticity varchar)`);
  const appender = await conn.createAppender('authenticity_rescore');
  for (let lastId = -1; ;) {
    const rows = (await conn.runAndReadAll(
      `select id::DOUBLE as id, text, language, authenticity from segments where city_id = $cityId and id > $lastId order by id limit ${CHUNK}`,
      { cityId, lastId },
    )).getRowObjectsJS() as { id: number; text: string; language: string | null; authenticity: string | null }[];
    if (!rows.length) break;
    for (const r of rows) {
      const label = scoreAuthenticity(r.text, r.language).label;
      // only the changes are written: most segments judge no authenticity before or after
      if (label === r.authenticity) continue;
      appender.appendBigInt(BigInt(r.id));
      if (label === null) appender.appendNull(); else appender.appendVarchar(label);
      appender.endRow();
    }
    lastId = rows[rows.length - 1].id;
  }
  appender.closeSync();
  const changed = (await conn.runAndReadAll(`select count(*)::INTEGER as n from authenticity_rescore`)).getRowObjectsJS()[0] as { n: number };
  await conn.run(`update segments set authenticity = r.authenticity from authenticity_rescore r where segments.id = r.id`);
  await conn.run(`drop table authenticity_rescore`);
  return changed.n;
}
