import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValuesResponse } from '../../data/types.ts';
import { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp, loadKnownDataset } from '../helpers/known-dataset.ts';

/** "Textless": brand values Green and Open, no brand texts; 4 resident answers name Green (3+ 1−), 1 names Open. */
async function loadTextless(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (8, 'Textless')`);
    await c.run(`insert into brand_values (id, city_id, name, position, terms, exclusions) values
      (80, 8, 'Green', 0, ['green'], []), (81, 8, 'Open', 1, ['open'], [])`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (80, 8, 'survey', 'qualtrics-csv', 's.csv', 'h80')`);
    const rows: [number, number, string][] = [[8001, 80, 'positive'], [8002, 80, 'positive'], [8003, 80, 'positive'], [8004, 80, 'negative'], [8005, 81, 'positive']];
    for (const [id, value, label] of rows) {
      await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values (${id}, 80, 8, 'survey', 't${id}', 'resident', '2025-03-01', 'en', 'x')`);
      await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label, value_ids)
        values (${id}, ${id}, 8, 'survey', 'resident', '2025-03-01', 0, 0, 5, 'green', false, 'en', ${label === 'negative' ? -0.5 : 0.5}, '${label}', [${value}])`);
      await c.run(`insert into segment_values (segment_id, value_id, term, start_offset, end_offset) values (${id}, ${value}, 'green', 0, 5)`);
    }
    await refreshAllFacts(c);
  });
}

describe('/api/values for a city with no brand texts', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownDataset, loadTextless)));
  afterAll(() => store.close());
  const values = async (city: string) => (await (await app.request(`/api/values?city=${city}&minN=1`)).json()) as ValuesResponse;

  it('classifies nothing (no "untold strength" at 0% emphasis) and says brand texts are needed', async () => {
    const d = await values('Textless');
    expect(d.brandTexts).toEqual({ segments: 0, naming: 0 });
    expect(d.values.map((v) => v.value)).toEqual(['Green', 'Open']);
    // the audience figures are still there
    expect(d.values[0].groups.find((g) => g.group === 'all')).toMatchObject({ n: 4, net: 50 });
    for (const v of d.values) {
      expect(v.emphasised).toBe(false);
      for (const g of v.groups) expect(g.quadrant, `${v.value} ${g.group}`).toBeNull();
    }
    expect(d.alignment.every((a) => a.alignment === null)).toBe(true);
  });

  it('a city with brand texts naming its values is classified as before', async () => {
    const d = await values('Testville');
    expect(d.brandTexts).toEqual({ segments: 4, naming: 3 });
    expect(d.values.flatMap((v) => v.groups).some((g) => g.quadrant !== null)).toBe(true);
  });
});
