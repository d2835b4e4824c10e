import type { DuckDBConnection } from '@duckdb/node-api';
import { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import { openStore, type Store } from '../../data/db/store.ts';

/** An in-memory database loaded by `loaders`, and the app over it (no login, as in the API tests). */
export async function knownApp(...loaders: ((store: Store) => Promise<void>)[]): Promise<{ app: ReturnType<typeof createApp>; store: Store }> {
  const store = await openStore(':memory:');
  for (const load of loaders) await load(store);
  return { app: createApp({ store, version: 'test', demo: false, minN: 30, auth: 'none' }), store };
}

/**
 * The theme and value lists on segments mirror segment_themes / segment_values, and the segment
 * facts sum the segments, as ingest writes them.
 */
export async function listMatches(c: DuckDBConnection): Promise<void> {
  await c.run(`update segments set
    themes = coalesce((select list(distinct t.theme order by t.theme) from segment_themes t where t.segment_id = segments.id), []),
    value_ids = coalesce((select list(distinct v.value_id order by v.value_id) from segment_values v where v.segment_id = segments.id), [])`);
  await refreshAllFacts(c);
}

/**
 * A dataset small enough to compute every measure on paper (see tests/server/measures.test.ts).
 * City "Testville", brand values A and B (k = 2).
 *   brand:          b1 {A}, b2 {A}, b3 {B}, b4 {}                      → E(A) = 2/3, E(B) = 1/3
 *   residents:      r1 A+ housing, r2 A− housing, r3 B+, r4 B+, r5 neutral
 *   internationals: i1 A− housing, i2 A− housing culture_events, i3 unscored (no lexicon)
 *   moderator:      m1 positive housing A (never counted)
 */
export async function loadKnownDataset(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (1, 'Testville')`);
    await c.run(`insert into brand_values (id, city_id, name, position, terms, exclusions) values
      (1, 1, 'A', 0, ['alpha'], []), (2, 1, 'B', 1, ['beta'], [])`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values
      (1, 1, 'brand', 'brand-markdown', 'brand.md', 'h1'), (2, 1, 'survey', 'qualtrics-csv', 'survey.csv', 'h2'),
      (3, 1, 'focus-group', 'focus-group-text', 'fg.md', 'h3')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values
      (1, 1, 1, 'brand', 'k1', null, '2025-01-01', 'en', 'brand'),
      (2, 2, 1, 'survey', 'k2', 'resident', '2025-01-10', 'en', 'r'),
      (3, 2, 1, 'survey', 'k3', 'international', '2025-02-10', 'en', 'i'),
      (4, 3, 1, 'focus-group', 'k4', 'resident', '2025-02-20', 'en', 'fg')`);
    const seg = (id: number, doc: number, kind: string, grp: string | null, date: string, label: string | null, sentiment: number | null, moderator = false) =>
      `(${id}, ${doc}, 1, '${kind}', ${grp ? `'${grp}'` : 'null'}, '${date}', ${id}, 0, 1, 'segment ${id}', ${moderator}, 'en', ${sentiment ?? 'null'}, ${label ? `'${label}'` : 'null'})`;
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label) values
      ${[
        seg(1, 1, 'brand', null, '2025-01-01', 'positive', 0.5), seg(2, 1, 'brand', null, '2025-01-01', 'positive', 0.5),
        seg(3, 1, 'brand', null, '2025-01-01', 'neutral', 0), seg(4, 1, 'brand', null, '2025-01-01', 'neutral', 0),
        seg(11, 2, 'survey', 'resident', '2025-01-10', 'positive', 0.6), seg(12, 2, 'survey', 'resident', '2025-01-10', 'negative', -0.6),
        seg(13, 2, 'survey', 'resident', '2025-01-10', 'positive', 0.4), seg(14, 2, 'survey', 'resident', '2025-01-10', 'positive', 0.2),
        seg(15, 2, 'survey', 'resident', '2025-01-10', 'neutral', 0),
        seg(21, 3, 'survey', 'international', '2025-02-10', 'negative', -0.8), seg(22, 3, 'survey', 'international', '2025-02-10', 'negative', -0.4),
        seg(23, 3, 'survey', 'international', '2025-02-10', null, null),
        seg(31, 4, 'focus-group', 'resident', '2025-02-20', 'positive', 0.9, true),
      ].join(',\n')}`);
    await c.run(`insert into segment_values (segment_id, value_id, term, start_offset, end_offset) values
      (1, 1, 'alpha', 0, 5), (2, 1, 'alpha', 0, 5), (3, 2, 'beta', 0, 4),
      (11, 1, 'alpha', 0, 5), (12, 1, 'alpha', 0, 5), (13, 2, 'beta', 0, 4), (14, 2, 'beta', 0, 4),
      (21, 1, 'alpha', 0, 5), (22, 1, 'alpha', 0, 5), (22, 1, 'alpha', 6, 11), (31, 1, 'alpha', 0, 5)`);
    await c.run(`insert into segment_terms (segment_id, term) values
      (1, 'innovation'), (1, 'hub'), (2, 'innovation'), (11, 'multicultural'), (12, 'multicultural'), (12, 'rent')`);
    // Othertown's brand names only "a" (the same value as Testville's "A"): E = 1
    await c.run(`insert into cities (id, name) values (3, 'Othertown')`);
    await c.run(`insert into brand_values (id, city_id, name, position, terms, exclusions) values (3, 3, 'a', 0, ['alpha'], [])`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values (5, 1, 3, 'brand', 'k5', null, '2025-01-01', 'en', 'alpha')`);
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label)
      values (5, 5, 3, 'brand', null, '2025-01-01', 0, 0, 5, 'alpha', false, 'en', 0, 'neutral')`);
    await c.run(`insert into segment_values values (5, 3, 'alpha', 0, 5)`);
    await c.run(`insert into segment_themes (segment_id, theme, term, start_offset, end_offset) values
      (11, 'housing', 'rent', 0, 4), (12, 'housing', 'rent', 0, 4), (21, 'housing', 'landlord', 0, 8),
      (22, 'housing', 'rent', 0, 4), (22, 'culture_events', 'museum', 5, 11), (31, 'housing', 'rent', 0, 4)`);
    await listMatches(c);
  });
}

/**
 * A third city with brand texts, for distinctiveness (which needs two other cities with brand
 * texts): "Thirdham", brand value "b" (the same value as Testville's "B"), one brand segment
 * naming it: E(b) = 1. Load after loadKnownDataset.
 */
export async function loadThirdBrandCity(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (4, 'Thirdham')`);
    await c.run(`insert into brand_values (id, city_id, name, position, terms, exclusions) values (4, 4, 'b', 0, ['beta'], [])`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values (7, 1, 4, 'brand', 'k7', null, '2025-01-01', 'en', 'beta')`);
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label)
      values (7, 7, 4, 'brand', null, '2025-01-01', 0, 0, 4, 'beta', false, 'en', 0, 'neutral')`);
    await c.run(`insert into segment_values values (7, 4, 'beta', 0, 4)`);
    // a fourth city with no brand texts at all: it does not count in the mean
    await c.run(`insert into cities (id, name) values (5, 'Nobrand')`);
    await listMatches(c);
  });
}

/**
 * Ten survey respondents of Testville (docs 101–105 residents, 106–110 internationals):
 *   Likert Q6_1 (1–5): 5 4 4 3 2 | 1 5 4 3 1   → mean 3.2, top-2-box 5/10, bottom-2-box 3/10
 *   NPS    Q7  (0–10): 10 9 9 8 7 | 6 5 10 10 3 → promoters 5, detractors 3: NPS +20
 * Respondent 106 (a detractor) also wrote an open answer about housing, negative.
 */
export async function loadKnownSurvey(store: Store): Promise<void> {
  const likert = [5, 4, 4, 3, 2, 1, 5, 4, 3, 1];
  const nps = [10, 9, 9, 8, 7, 6, 5, 10, 10, 3];
  const labels = ['Strongly disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Strongly agree'];
  await store.write(async (c) => {
    await c.run(`insert into survey_items (id, source_id, key, text, kind, scale_min, scale_max, labels) values
      (1, 2, 'Q6_1', 'I feel welcome', 'likert', 1, 5, ['${labels.join("','")}']),
      (2, 2, 'Q7', 'How likely are you to recommend Testville?', 'nps', 0, 10, null)`);
    for (let i = 0; i < 10; i++) {
      const id = 101 + i;
      const grp = i < 5 ? 'resident' : 'international';
      await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, text) values (${id}, 2, 1, 'survey', 'r${id}', '${grp}', '2025-03-01', '')`);
      await c.run(`insert into survey_answers (document_id, item_id, value, num) values
        (${id}, 1, '${labels[likert[i] - 1]}', ${likert[i]}), (${id}, 2, '${nps[i]}', ${nps[i]})`);
    }
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label)
      values (106, 106, 1, 'survey', 'international', '2025-03-01', 0, 0, 10, 'rent is a scam', false, 'en', -0.7, 'negative')`);
    await c.run(`insert into segment_themes values (106, 'housing', 'rent', 0, 4)`);
    await listMatches(c);
  });
}

/**
 * "Trendton": 10 resident segments a month, January–August 2025, with 1 3 3... negatives:
 * negative shares .1 .2 .3 .2 .1 .3 | .4 | .35 (the rest positive).
 *   July: baseline Jan–Jun mean .2, sd √(.04/5) = .0894 → threshold .3789 < .4 → alert.
 *   August: baseline Feb–Jul mean .25, sd √(.055/5) = .1049 → threshold .4598 > .35 → none.
 * (August has 20 segments so that .35 is 7 of 20.)
 * Authors: the first 30 posts are by one "loud" author, the other 60 by 60 different authors:
 * the top 1% of 61 authors is 1 author, who wrote 30 of 90 segments.
 */
export async function loadKnownTrend(store: Store): Promise<void> {
  const negatives = [1, 2, 3, 2, 1, 3, 4, 7];
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (2, 'Trendton')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (20, 2, 'social', 'x-api-v2', 'x.jsonl', 'h20')`);
    let id = 1000;
    for (const [m, neg] of negatives.entries()) {
      const total = m === 7 ? 20 : 10;
      const date = `2025-${String(m + 1).padStart(2, '0')}-15`;
      for (let i = 0; i < total; i++) {
        id++;
        const label = i < neg ? 'negative' : 'positive';
        const author = id <= 1030 ? 'loud' : `author${id}`;
        await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, author_key, text) values (${id}, 20, 2, 'social', 'k${id}', 'resident', '${date}', '${author}', 'post ${id}')`);
        // author_fp as ingest stores it: fingerprint(author key) = md5_number_lower
        await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label, author_fp)
          values (${id}, ${id}, 2, 'social', 'resident', '${date}', 0, 0, 9, 'post ${id}', false, 'en', ${label === 'negative' ? -0.5 : 0.5}, '${label}', md5_number_lower('${author}'))`);
      }
    }
    await refreshAllFacts(c);
  });
}
