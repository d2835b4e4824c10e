import { describe, expect, it } from 'vitest';
import { setCityValues } from '../../ingest/reannotate.ts';
import { openStore } from '../../data/db/store.ts';

describe('re-annotating a city rescores authenticity', () => {
  it('labels segments stored before migration 015 (authenticity null) and corrects stale labels', async () => {
    const store = await openStore(':memory:');
    try {
      await store.write(async (c) => {
        await c.run(`insert into cities (id, name) values (1, 'Oldtown')`);
        await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, text) values (1, 1, 1, 'focus-group', 'k', 'resident', 't')`);
        await c.run(`insert into segments (id, document_id, city_id, kind, grp, position, start_offset, end_offset, text, language, authenticity) values
          (1, 1, 1, 'focus-group', 'resident', 0, 0, 1, 'That poster is fake.', 'en', null),
          (2, 1, 1, 'focus-group', 'resident', 1, 0, 1, 'Het is niet echt.', 'nl', null),
          (3, 1, 1, 'focus-group', 'resident', 2, 0, 1, 'The trams are late.', 'en', 'authentic'),
          (4, 1, 1, 'focus-group', 'resident', 3, 0, 1, 'Nicht aufgesetzt.', 'de', null)`);
      });
      await setCityValues(store, 'Oldtown', [{ name: 'Open', terms: ['open'], exclusions: [] }], 'test');
      const rows = await store.all<{ id: number; authenticity: string | null }>(`select id::INTEGER as id, authenticity from segments order by id`, {});
      expect(rows).toEqual([
        { id: 1, authenticity: 'inauthentic' }, { id: 2, authenticity: 'inauthentic' },
        { id: 3, authenticity: null }, { id: 4, authenticity: 'authentic' },
      ]);
    } finally {
      store.close();
    }
  });
});
