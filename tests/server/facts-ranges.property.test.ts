/**
 * The monthly rollups (migration 008) answer any date range exactly: audience_totals(...) and
 * audience_terms(...) take whole months from month_facts / term_facts and the other days from the
 * day-level rows, and must sum to the same counts as the segments themselves (for terms: every
 * audience segment's, since migration 013), whatever the range
 * (open, inside one month, across month ends) and the other filters (fast-check).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAllFacts } from '../../data/db/facts.ts';
import { openStore, type Store } from '../../data/db/store.ts';

const GROUPS = ['resident', 'international'] as const;
const THEMES = ['housing', 'language', 'culture_events'] as const;
const TERMS = ['rent', 'canal', 'dutch class', 'bike'] as const;
const LABELS = ['positive', 'negative', 'neutral', null] as const;
const DAY0 = Date.UTC(2025, 0, 1);
const day = (i: number) => new Date(DAY0 + i * 86_400_000).toISOString().slice(0, 10);
// days as offsets from 1 January 2025, often on the edges of a month, where an off-by-one would show
const EDGES = [0, 1, 30, 31, 32, 45, 58, 59, 60, 89, 90, 119, 120, 180];
const someDay = fc.oneof({ arbitrary: fc.constantFrom(...EDGES), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 181 }), weight: 1 });

const segment = fc.record({
  group: fc.constantFrom(...GROUPS),
  kind: fc.constantFrom('social', 'survey'),
  themes: fc.subarray([...THEMES]),
  values: fc.subarray([1, 2]),
  terms: fc.subarray([...TERMS]),
  label: fc.constantFrom(...LABELS),
  score: fc.integer({ min: -1000, max: 1000 }),
  day: fc.option(someDay, { nil: null }), // first half of 2025, some undated
  time: fc.constantFrom('00:00', '13:30'),
});
type Seg = typeof segment extends fc.Arbitrary<infer T> ? T : never;

const filters = fc.record({
  from: fc.option(someDay.map(day), { nil: null }),
  to: fc.option(someDay.map(day), { nil: null }),
  group: fc.constantFrom(null, ...GROUPS),
  kind: fc.constantFrom(null, 'social', 'survey'),
  theme: fc.constantFrom(null, 'housing', 'unclassified', 'housing,language'),
  valueId: fc.constantFrom(null, 1),
});

async function fill(store: Store, segs: Seg[]): Promise<void> {
  await store.write(async (c) => {
    for (const t of ['segment_terms', 'segments', 'documents', 'sources', 'cities']) await c.run(`delete from ${t}`);
    await c.run(`insert into cities (id, name) values (1, 'P')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (1, 1, 'survey', 'x', 'f', 'h')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, text) values (1, 1, 1, 'survey', 'k', '')`);
    for (const [i, s] of segs.entries()) {
      await c.run(
        `insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, sentiment, label, themes, value_ids)
         values ($id, 1, 1, $kind, $grp, $date::TIMESTAMP, $id, 0, 1, 'x', false, $sentiment, $label, from_json($themes, '["VARCHAR"]'), from_json($values, '["INTEGER"]'))`,
        { id: i + 1, kind: s.kind, grp: s.group, date: s.day === null ? null : `${day(s.day)} ${s.time}`,
          sentiment: s.label === null ? null : s.score / 1000, label: s.label, themes: JSON.stringify(s.themes), values: JSON.stringify(s.values) },
      );
      for (const t of s.terms) await c.run(`insert into segment_terms values ($id, $t)`, { id: i + 1, t });
    }
    await refreshAllFacts(c);
  });
}

/** A segment on day d (at a time of day), with no theme, value or term. */
const seg = (d: number, time: '00:00' | '13:30' = '13:30'): Seg => ({ group: 'resident', kind: 'social', themes: [], values: [], terms: ['rent'], label: 'positive', score: 500, day: d, time });
const open = { from: null, to: null, group: null, kind: null, theme: null, valueId: null };

const ARGS = `1, $group, $kind, $from, $to, NULL, $theme, $valueId, NULL, NULL, NULL`;

describe('monthly rollups over any date range', () => {
  let store: Store;
  beforeAll(async () => { store = await openStore(':memory:'); });
  afterAll(() => store.close());

  it('sum to the counts of the segments and terms in the range', async () => {
    await fc.assert(fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 30 }), filters, async (segs, f) => {
      await fill(store, segs);
      const [totals] = await store.all(
        `select coalesce(sum(n), 0)::INTEGER as n, coalesce(sum(scored), 0)::INTEGER as scored, coalesce(sum(pos), 0)::INTEGER as pos,
                coalesce(sum(neg), 0)::INTEGER as neg, coalesce(sum(sum_ms), 0)::BIGINT as sum_ms from audience_totals(${ARGS})`, f);
      const [segments] = await store.all(
        `select count(*)::INTEGER as n, count(sentiment)::INTEGER as scored, (count(*) filter (where label = 'positive'))::INTEGER as pos,
                (count(*) filter (where label = 'negative'))::INTEGER as neg, coalesce(sum(round(sentiment * 1000)::BIGINT), 0)::BIGINT as sum_ms
         from audience_segments(${ARGS})`, f);
      expect(totals).toEqual(segments);
      const terms = await store.all(`select term, sum(n)::INTEGER as n from audience_terms(${ARGS}) group by term order by term`, f);
      const joined = await store.all(
        `select st.term, count(*)::INTEGER as n from audience_segments(${ARGS}) s join segment_terms st on st.segment_id = s.id
         group by st.term order by st.term`, f);
      expect(terms).toEqual(joined);
    }), {
      numRuns: 150,
      // ranges that end the day before a month end, start or end on a month's first day, or lie inside one month
      examples: [
        [[seg(4)], { ...open, to: day(30) }],
        [[seg(31, '00:00'), seg(40)], { ...open, to: day(45) }],
        [[seg(30), seg(31, '00:00')], { ...open, from: day(30) }],
        [[seg(35), seg(58)], { ...open, from: day(32), to: day(58) }],
        [[seg(0, '00:00'), seg(59, '00:00')], { ...open, from: day(0), to: day(59) }],
      ],
    });
  });
});
