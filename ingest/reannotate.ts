import type { BrandValueInput } from '../data/types.ts';
import { ensureCity, writeCityValues } from '../data/db/brand-values.ts';
import { refreshFacts } from '../data/db/facts.ts';
import { inTransaction, type Store } from '../data/db/store.ts';
import { createAnalyzer } from './analysis/index.ts';
import { rescoreAuthenticity } from './reannotate-authenticity.ts';

export type ValuesUpdate = { city: string; values: BrandValueInput[]; segments: number; matches: number };

const CHUNK = 20000;

/**
 * Sets a city's brand values (creating the city if new) and re-annotates every segment of the
 * city with them, in one transaction: figures never mix old and new lexicons.
 */
export async function setCityValues(store: Store, city: string, values: BrandValueInput[], actor: string | null): Promise<ValuesUpdate> {
  return inTransaction(store, async (conn) => {
    const cityId = await ensureCity(conn, city);
    const stored = await writeCityValues(conn, cityId, values, actor);
    const ids = new Map(stored.map((v) => [v.name.toLowerCase(), v.id]));
    const analyzer = createAnalyzer({ values: stored });
    await conn.run(`delete from segment_values where segment_id in (select id from segments where city_id = $cityId)`, { cityId });
    const appender = await conn.createAppender('segment_values');
    let segments = 0;
    let matches = 0;
    for (let lastId = -1; ;) {
      const rows = (await conn.runAndReadAll(
        `select id::DOUBLE as id, text from segments where city_id = $cityId and id > $lastId order by id limit ${CHUNK}`,
        { cityId, lastId },
      )).getRowObjectsJS() as { id: number; text: string }[];
      if (!rows.length) break;
      for (const r of rows) {
        for (const m of analyzer.matchValues(r.text)) {
          const valueId = ids.get(m.id.toLowerCase());
          if (valueId === undefined) continue;
          appender.appendBigInt(BigInt(r.id)); appender.appendInteger(valueId); appender.appendVarchar(m.term);
          appender.appendInteger(m.start); appender.appendInteger(m.end); appender.endRow();
          matches++;
        }
      }
      segments += rows.length;
      lastId = rows[rows.length - 1].id;
      appender.flushSync();
    }
    appender.closeSync();
    // the value list on each segment mirrors segment_values (the measures filter on it)
    await conn.run(`update segments set value_ids = coalesce(
        (select list(distinct v.value_id order by v.value_id) from segment_values v where v.segment_id = segments.id), [])
      where city_id = $cityId`, { cityId });
    await rescoreAuthenticity(conn, cityId); // segments stored before migration 015 get theirs here
    await refreshFacts(conn, [cityId]);
    return { city, values: stored.map(({ name, terms, exclusions }) => ({ name, terms, exclusions })), segments, matches };
  });
}
