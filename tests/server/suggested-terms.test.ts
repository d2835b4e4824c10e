import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import type { Store } from '../../data/db/store.ts';
import { isStopTerm, logOdds } from '../../server/suggested-terms.ts';
import { knownApp } from '../helpers/known-dataset.ts';

/**
 * "Commonton": 20 unclassified resident segments and 40 classified (housing) ones, with these terms
 * (segments using each, unclassified | classified):
 *   allotment 6 | 0   the 6 | 0 (a stop word, as an older ingest could have stored it)
 *   love 4 | 8        good 3 | 7        city 3 | 5         month 4 | 9
 * Only "allotment" is frequent in the unclassified segments and rare elsewhere.
 */
const TERMS: { term: string; u: number; c: number }[] = [
  { term: 'allotment', u: 6, c: 0 }, { term: 'the', u: 6, c: 0 }, { term: 'love', u: 4, c: 8 },
  { term: 'good', u: 3, c: 7 }, { term: 'city', u: 3, c: 5 }, { term: 'month', u: 4, c: 9 },
];

async function loadCommonton(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (6, 'Commonton')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (60, 6, 'survey', 'qualtrics-csv', 's.csv', 'h60')`);
    for (let i = 0; i < 60; i++) {
      const id = 6000 + i;
      const classified = i >= 20;
      const k = classified ? i - 20 : i;
      await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values (${id}, 60, 6, 'survey', 'c${id}', 'resident', '2025-03-01', 'en', 'x')`);
      await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label, themes)
        values (${id}, ${id}, 6, 'survey', 'resident', '2025-03-01', 0, 0, 1, 'x', false, 'en', 0.5, 'positive', ${classified ? `['housing']` : '[]'})`);
      if (classified) await c.run(`insert into segment_themes values (${id}, 'housing', 'rent', 0, 1)`);
      for (const t of TERMS) if (k < (classified ? t.c : t.u)) await c.run(`insert into segment_terms values (${id}, '${t.term}')`);
    }
    await refreshAllFacts(c);
  });
}

describe('suggested terms: frequent in unclassified segments, rare in classified ones', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadCommonton)));
  afterAll(() => store.close());

  it('suggests "allotment" and none of the common words or stop words', async () => {
    const d = (await (await app.request('/api/themes?city=Commonton')).json()) as ThemesResponse;
    expect(d.suggestedTerms).toEqual([{ term: 'allotment', n: 6 }]);
  });

  it('drops stop words per language, English ones in any language, and phrases that start or end with one', () => {
    expect(isStopTerm('het', 'nl')).toBe(true);
    expect(isStopTerm('und', 'de')).toBe(true);
    expect(isStopTerm('avec', 'fr')).toBe(true);
    expect(isStopTerm('the', 'nl')).toBe(true);
    expect(isStopTerm('the harbour', 'en')).toBe(true);
    expect(isStopTerm('allotment', 'en')).toBe(false);
    expect(isStopTerm('volkstuin', 'nl')).toBe(false);
  });

  it('log-odds with the informative prior, by hand: allotment δ = ln(7/23) − ln(1/49) ≈ 2.70, love δ = 0', () => {
    const [allot, love] = logOdds([{ term: 'allotment', u: 6, c: 0 }, { term: 'love', u: 4, c: 8 }], 20, 40);
    expect(allot.delta).toBeCloseTo(Math.log(7 / 23) - Math.log(1 / 49), 10);
    expect(allot.z).toBeCloseTo(allot.delta / Math.sqrt(1 / 7 + 1), 10);
    expect(love.delta).toBeCloseTo(0, 10);
  });
});
