/**
 * The facts (segment_facts, month_facts, term_facts; migrations 007, 008) stay exactly the sums of
 * the audience segments through every writer of segments: ingest, value re-annotation, theme
 * terms, and the privacy deletes; and a date range cutting through months sums to the same counts
 * as the segments themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../data/db/store.ts';
import { deleteAuthor, deleteDocument, deleteSource } from '../../data/db/privacy.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { setCityValues } from '../../ingest/reannotate.ts';
import { changeThemeTerm } from '../../ingest/reannotate-themes.ts';

const counts = `count(*)::INTEGER as n, count(sentiment)::INTEGER as scored,
      count(*) filter (where label = 'positive')::INTEGER as pos, count(*) filter (where label = 'negative')::INTEGER as neg,
      coalesce(sum(round(sentiment * 1000)::BIGINT), 0)::BIGINT as sum_ms`;
const sums = `sum(n)::INTEGER, sum(scored)::INTEGER, sum(pos)::INTEGER, sum(neg)::INTEGER, sum(sum_ms)::BIGINT`;
const dims = `city_id, kind, grp, language, role, origin, age_band, themes, value_ids`;
/** The speaker fields segment_facts and month_facts also count (migration 014). */
const speaker = `stay, stage, voice`;

/** Each facts table next to a fresh count of the segments at its grain (migrations 007, 008). */
const CHECKS: { table: string; fresh: string; stored: string }[] = [
  { table: 'segment_facts',
    fresh: `select ${dims}, ${speaker}, date::DATE, ${counts} from segments where not moderator group by all`,
    stored: `select ${dims}, ${speaker}, day, ${sums} from segment_facts group by all` },
  { table: 'month_facts',
    fresh: `select ${dims}, ${speaker}, date_trunc('month', date)::DATE, ${counts} from segments where not moderator group by all`,
    stored: `select ${dims}, ${speaker}, month, ${sums} from month_facts group by all` },
  { table: 'term_facts',
    fresh: `select ${dims.split(', ').map((d) => `s.${d}`).join(', ')}, date_trunc('month', s.date)::DATE, st.term, count(*)::INTEGER
      from segments s join segment_terms st on st.segment_id = s.id
      where not s.moderator group by all`,
    stored: `select ${dims}, month, term, sum(n)::INTEGER from term_facts group by all` },
];

/** Facts rows that differ from a fresh count of the segments, either way, per facts table. */
async function drift(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const { table, fresh, stored } of CHECKS) {
    const [r] = await store.all<{ n: number }>(
      `select count(*)::INTEGER as n from ((${fresh} except all ${stored}) union all (${stored} except all ${fresh}))`,
    );
    out[table] = r.n;
  }
  return out;
}
const NO_DRIFT = { segment_facts: 0, month_facts: 0, term_facts: 0 };

const facts = async (store: Store) => (await store.all<{ n: number }>(`select coalesce(sum(n), 0)::INTEGER as n from segment_facts`))[0].n;
const segments = async (store: Store) => (await store.all<{ n: number }>(`select count(*)::INTEGER as n from segments where not moderator`))[0].n;

describe('segment facts follow every write', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(':memory:');
  });
  afterAll(() => store.close());

  it('after ingest of social posts, a survey and a focus group into two cities', async () => {
    const stored = [];
    for (const [file, city] of [['social-posts.ndjson', 'Havenstad'], ['qualtrics-demo.csv', 'Havenstad'], ['focus-group-demo.md', 'Lindholm']]) {
      const s = await ingestFile(store, `tests/fixtures/ingest/${file}`, { city });
      stored.push(s.segments > 0 && s.errors.length === 0);
    }
    expect(stored).toEqual([true, true, true]);
    expect(await facts(store)).toBe(await segments(store));
    expect(await drift(store)).toEqual(NO_DRIFT);
  });

  it('segments carry their author fingerprint, as DuckDB computes it from the author key', async () => {
    const [r] = await store.all<{ authored: number; wrong: number }>(
      `select count(*) filter (where s.author_fp is not null)::INTEGER as authored,
              count(*) filter (where s.author_fp is distinct from md5_number_lower(d.author_key))::INTEGER as wrong
       from segments s join documents d on d.id = s.document_id`);
    expect(r.authored).toBeGreaterThan(0);
    expect(r.wrong).toBe(0);
  });

  it('after brand values change and a theme term is added and removed', async () => {
    await setCityValues(store, 'Havenstad', [{ name: 'Open', terms: ['open', 'welcoming', 'international'], exclusions: [] }], 'test');
    const [named] = await store.all<{ n: number }>(`select coalesce(sum(n), 0)::INTEGER as n from segment_facts where len(value_ids) > 0`);
    expect(named.n).toBeGreaterThan(0);
    expect(await drift(store)).toEqual(NO_DRIFT);
    const added = await changeThemeTerm(store, 'add', 'housing', 'city', 'test');
    expect(added.segments).toBeGreaterThan(0);
    expect(await drift(store)).toEqual(NO_DRIFT);
    await changeThemeTerm(store, 'remove', 'housing', 'city', 'test');
    expect(await drift(store)).toEqual(NO_DRIFT);
  });

  it('after deleting a document, an author and a source', async () => {
    const before = await facts(store);
    const [doc] = await store.all<{ id: number }>(`select min(document_id)::INTEGER as id from segments where kind = 'survey'`);
    const d = await deleteDocument(store, doc.id);
    const [author] = await store.all<{ k: string }>(`select author_key as k from documents where author_key is not null limit 1`);
    const a = await deleteAuthor(store, author.k);
    expect(await drift(store)).toEqual(NO_DRIFT);
    const [src] = await store.all<{ id: number }>(`select id::INTEGER as id from sources where kind = 'focus-group'`);
    const s = await deleteSource(store, src.id);
    expect(d!.segments + a!.segments + s!.segments).toBeGreaterThan(0);
    expect(await drift(store)).toEqual(NO_DRIFT);
    expect(await facts(store)).toBe(await segments(store));
    expect(await facts(store)).toBeLessThan(before);
  });
});
