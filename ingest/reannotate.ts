import type { BrandValueInput } from '../data/types.ts';
import { ensureCity, writeCityValues } from '../data/db/brand-values.ts';
import { refreshFacts } from '../data/db/facts.ts';
import { openValueMatchRewrite } from '../data/db/segment-annotations.ts';
import { segmentChunks } from '../data/db/segment-scan.ts';
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
    const rewrite = await openValueMatchRewrite(conn, cityId);
    let segments = 0;
    let matches = 0;
    for await (const rows of segmentChunks(conn, { chunk: CHUNK, cityId })) {
      for (const r of rows) {
        for (const m of analyzer.matchValues(r.text)) {
          const valueId = ids.get(m.id.toLowerCase());
          if (valueId === undefined) continue;
          rewrite.add(r.id, valueId, m);
          matches++;
        }
      }
      segments += rows.length;
      rewrite.flush();
    }
    await rewrite.finish();
    await rescoreAuthenticity(conn, cityId); // segments stored before migration 015 get theirs here
    await refreshFacts(conn, [cityId]);
    return { city, values: stored.map(({ name, terms, exclusions }) => ({ name, terms, exclusions })), segments, matches };
  });
}
