import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuotesResponse, TermSeriesResponse } from '../../data/types.ts';
import type { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import type { Store } from '../../data/db/store.ts';
import { termKey } from '../../server/term-series.ts';
import { knownApp } from '../helpers/known-dataset.ts';

/**
 * "Driftburg": brand texts of 2020 and 2024 and a few audience segments.
 *   brand 2020-03: "A multicultural city." / "Diverse and MULTICULTURAL neighbourhoods." / "Our harbour."
 *   brand 2024-06: "A cosmopolitan city." / "Diversity matters." / "Multiculturalism, once." / "COSMOPOLITAN!"
 *   residents 2024-05: "Still multicultural to me." / "Very diverse, yes."; moderator "Is it multicultural?"
 *   an undated brand segment "multicultural" never counts.
 */
async function loadDrift(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (1, 'Driftburg')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (1, 1, 'brand', 'brand-text', 'b.txt', 'h1'), (2, 1, 'focus-group', 'focus-group-text', 'f.txt', 'h2')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values
      (1, 1, 1, 'brand', 'k1', null, '2020-03-01', 'en', 'b1'), (2, 1, 1, 'brand', 'k2', null, '2024-06-01', 'en', 'b2'),
      (3, 2, 1, 'focus-group', 'k3', 'resident', '2024-05-01', 'en', 'f'), (4, 1, 1, 'brand', 'k4', null, null, 'en', 'b4')`);
    const rows: [number, number, string, string | null, string | null, string, boolean][] = [
      [1, 1, 'brand', null, '2020-03-01', 'A multicultural city.', false],
      [2, 1, 'brand', null, '2020-03-01', 'Diverse and MULTICULTURAL neighbourhoods.', false],
      [3, 1, 'brand', null, '2020-03-01', 'Our harbour.', false],
      [4, 2, 'brand', null, '2024-06-01', 'A cosmopolitan city.', false],
      [5, 2, 'brand', null, '2024-06-01', 'Diversity matters.', false],
      [6, 2, 'brand', null, '2024-06-01', 'Multiculturalism, once.', false],
      [7, 2, 'brand', null, '2024-06-01', 'COSMOPOLITAN!', false],
      [8, 3, 'focus-group', 'resident', '2024-05-01', 'Still multicultural to me.', false],
      [9, 3, 'focus-group', 'resident', '2024-05-01', 'Very diverse, yes.', false],
      [10, 3, 'focus-group', null, '2024-05-01', 'Is it multicultural?', true],
      [11, 4, 'brand', null, null, 'multicultural', false],
    ];
    for (const [id, doc, kind, grp, date, text, moderator] of rows) {
      await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language)
        values ($id, $doc, 1, $kind, $grp, $date::TIMESTAMP, $id, 0, 1, $text, $moderator, 'en')`, { id, doc, kind, grp, date, text, moderator });
    }
    await refreshAllFacts(c);
  });
}

describe('term drift: the share of segments using each term per period, computed on paper', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadDrift)));
  afterAll(() => store.close());
  const get = async (path: string): Promise<TermSeriesResponse> => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as TermSeriesResponse;
  };

  it('counts brand segments per year, on word boundaries, case-insensitively', async () => {
    const body = await get('/api/terms/series?city=Driftburg&terms=multicultural,diverse,cosmopolitan&source=brand&interval=year');
    expect(body).toMatchObject({ city: 'Driftburg', source: 'brand', interval: 'year', terms: ['multicultural', 'diverse', 'cosmopolitan'] });
    // 2020: 3 segments, "multicultural" in 2 (one in capitals), "diverse" in 1; 2024: 4 segments,
    // "cosmopolitan" in 2, "Diversity" and "Multiculturalism" are other words. Wilson 95%:
    // 2/3 → 0.2077–0.9385, 1/3 → 0.0615–0.7923, 0/3 → 0–0.5615, 2/4 → 0.15–0.85, 0/4 → 0–0.4899
    expect(body.points).toEqual([
      { period: '2020-01-01', term: 'cosmopolitan', n: 3, k: 0, share: 0, low: 0, high: 0.5615 },
      { period: '2020-01-01', term: 'diverse', n: 3, k: 1, share: 0.3333, low: 0.0615, high: 0.7923 },
      { period: '2020-01-01', term: 'multicultural', n: 3, k: 2, share: 0.6667, low: 0.2077, high: 0.9385 },
      { period: '2024-01-01', term: 'cosmopolitan', n: 4, k: 2, share: 0.5, low: 0.15, high: 0.85 },
      { period: '2024-01-01', term: 'diverse', n: 4, k: 0, share: 0, low: 0, high: 0.4899 },
      { period: '2024-01-01', term: 'multicultural', n: 4, k: 0, share: 0, low: 0, high: 0.4899 },
    ]);
  });

  it('reads audience segments (never the moderator) and periods by quarter', async () => {
    const body = await get('/api/terms/series?city=Driftburg&terms=Multicultural,diverse&interval=quarter');
    expect(body.source).toBe('audience');
    expect(body.points.map((p) => [p.period, p.term, p.k, p.n])).toEqual([
      ['2024-04-01', 'diverse', 1, 2], ['2024-04-01', 'multicultural', 1, 2],
    ]);
    const brand = await get('/api/terms/series?city=Driftburg&terms=cosmopolitan&source=brand&interval=quarter');
    expect(brand.points.map((p) => p.period)).toEqual(['2020-01-01', '2024-04-01']);
  });

  it('finds a phrase across any spaces or punctuation, and never a term inside a longer word (as the SQL writes texts)', async () => {
    const found = async (term: string, text: string) => (await store.all<{ m: boolean }>(
      `select contains(' ' || regexp_replace(lower($text), '[^\\p{L}\\p{N}\\p{M}]+', ' ', 'g') || ' ', $key) as m`, { text, key: termKey(term) }))[0].m;
    expect(await found('city of talent', 'The City  of Talent, again')).toBe(true);
    expect(await found('diverse', 'diversity')).toBe(false);
    expect(await found('well-being', 'our well-being.')).toBe(true);
    expect(await found('café', 'Le Café!')).toBe(true);
    expect(await found('café', 'cafés')).toBe(false);
    expect(await found('a.b', 'axb')).toBe(false);
  });

  it('opens the segments behind a point: /api/quotes?word= counts as the series does', async () => {
    const quotes = async (q: string) => {
      const res = await app.request(`/api/quotes?city=Driftburg&${q}`);
      expect(res.status, q).toBe(200);
      return (await res.json()) as QuotesResponse;
    };
    // 2020 brand texts using "multicultural": segments 1 and 2 (k = 2), not the undated 11
    expect((await quotes('word=multicultural&source=brand&from=2020-01-01&to=2021-01-01')).quotes.map((q) => q.id).sort()).toEqual([1, 2]);
    // "Diverse" in 2020, not "Diversity" in 2024
    expect((await quotes('word=diverse&source=brand')).quotes.map((q) => q.id)).toEqual([2]);
    // audiences: the resident's "multicultural", never the moderator's question
    expect((await quotes('word=Multicultural')).total).toBe(1);
    expect((await app.request('/api/quotes?city=Driftburg&word=a%25b')).status).toBe(400);
  });

  it('answers 400 naming the parameter for missing or bad terms, a bad source or interval', async () => {
    const cases: [string, RegExp][] = [
      ['/api/terms/series?city=Driftburg', /terms.*required/],
      ['/api/terms/series?city=Driftburg&terms=a%25b', /"a%b" is not a word/],
      ['/api/terms/series?city=Driftburg&terms=a&source=twitter', /source/],
      ['/api/terms/series?city=Driftburg&terms=a&interval=week', /interval/],
      [`/api/terms/series?city=Driftburg&terms=${Array.from({ length: 13 }, (_, i) => `t${i}`).join(',')}`, /at most 12/],
    ];
    for (const [path, message] of cases) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    expect((await app.request('/api/terms/series?city=Nowhere&terms=a')).status).toBe(404);
  });
});
