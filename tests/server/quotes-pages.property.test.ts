/**
 * Keyset pagination of /api/quotes over random data (fast-check): following nextCursor from the
 * first page returns every matching segment exactly once, in the order of the chosen sort, for
 * any page size, with tied dates and scores, undated and unscored segments.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../data/types.ts';
import { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import { openStore, type Store } from '../../data/db/store.ts';

// few distinct values, so that ties are common; one date carries microseconds
const DATES = [null, '2025-03-01 10:00:00', '2025-03-01 10:00:00.123456', '2025-03-02 08:30:00', '2026-01-15 00:00:00'] as const;
const SCORES = [null, -0.9, -0.4, 0, 0.4, 0.9] as const;
const SORTS = ['date', 'strength', 'positive', 'negative'] as const;
type Sort = (typeof SORTS)[number];

const segment = fc.record({ date: fc.constantFrom(...DATES), score: fc.constantFrom(...SCORES) });
type Seg = { id: number; date: string | null; score: number | null };

/** The order each sort promises: its key descending, then id descending; undated / unscored last. */
function expectedOrder(segs: Seg[], sort: Sort): number[] {
  // the DATES sort as strings: same-second timestamps differ only by the microseconds appended
  const byDate = (a: Seg, b: Seg) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1);
  const key = (s: Seg): number => {
    if (sort === 'strength') return Math.abs(s.score ?? 0);
    if (sort === 'positive') return s.score ?? -2;
    return -(s.score ?? 2);
  };
  return [...segs].sort((a, b) => (sort === 'date' ? byDate(a, b) : key(b) - key(a)) || b.id - a.id).map((s) => s.id);
}

async function fill(store: Store, segs: Seg[]): Promise<void> {
  await store.write(async (c) => {
    for (const t of ['segments', 'documents', 'sources', 'cities']) await c.run(`delete from ${t}`);
    await c.run(`insert into cities (id, name) values (1, 'P')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (1, 1, 'social', 'ndjson', 'posts.ndjson', 'h')`);
    for (const s of segs) {
      await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, text) values ($id, 1, 1, 'social', 'k' || $id, 'resident', $date::TIMESTAMP, 'post')`,
        { id: s.id, date: s.date });
      await c.run(
        `insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, sentiment, label)
         values ($id, $id, 1, 'social', 'resident', $date::TIMESTAMP, 0, 0, 4, 'post', false, $score, $label)`,
        { id: s.id, date: s.date, score: s.score, label: s.score === null ? null : s.score > 0 ? 'positive' : s.score < 0 ? 'negative' : 'neutral' },
      );
    }
    await refreshAllFacts(c);
  });
}

describe('/api/quotes keyset pagination', () => {
  let store: Store;
  beforeAll(async () => { store = await openStore(':memory:'); });
  afterAll(() => store.close());

  it('walks every matching segment once, in the order of the sort, whatever the page size', async () => {
    const app = () => createApp({ store, version: 'test', demo: false, minN: 30, auth: 'none', cache: false });
    await fc.assert(fc.asyncProperty(
      fc.array(segment, { minLength: 0, maxLength: 25 }), fc.constantFrom(...SORTS), fc.integer({ min: 1, max: 7 }),
      async (rows, sort, limit) => {
        const segs = rows.map((r, i) => ({ id: i + 1, ...r }));
        await fill(store, segs);
        const a = app();
        const seen: number[] = [];
        let cursor: string | null = null;
        let total: number | null = null;
        for (let page = 0; page <= segs.length + 1; page++) {
          const res = await a.request(`/api/quotes?city=P&sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
          expect(res.status).toBe(200);
          const body = (await res.json()) as { quotes: Quote[]; total: number | null; nextCursor: string | null };
          if (page === 0) total = body.total;
          seen.push(...body.quotes.map((q) => q.id));
          cursor = body.nextCursor;
          if (cursor === null) break;
        }
        expect(cursor).toBeNull();
        expect(total).toBe(segs.length);
        expect(seen).toEqual(expectedOrder(segs, sort));
      },
    ), { numRuns: 80 });
  });
});
