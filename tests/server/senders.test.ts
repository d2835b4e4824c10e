import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SenderRow, SendersResponse } from '../../data/senders.ts';
import type { QuotesResponse } from '../../data/types.ts';
import type { createApp } from '../../server/app.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp, listMatches } from '../helpers/known-dataset.ts';

/**
 * "Sendville", brand values international, green, tolerant. Segments (voice, values, themes):
 *   brand        b1 official {international}, b2 official {international}, b3 official {green} environment,
 *                b4 official {international}, b5 partner {international} (a university's brochure)
 *   social       s1 official {international} economy (the city's handle), s2 partner {green},
 *                s3 user {green} environment, s4 user housing, s5 user
 *   survey       r1 user {green} environment, r2 user housing, r3 user
 *   focus-group  f1 user; m1 the moderator (official, {international}: never counted)
 * Channels: brand 4/1/0 of 5, social 1/1/3 of 5, survey 0/0/3, focus-group 0/0/1; all 5/2/7 of 14.
 * international 4/1/0 of 5, green 1/1/2 of 4, tolerant no one.
 * Wilson 95%: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.96:
 *   4/5:  (0.8 + 0.38416 ± 1.96·√(0.032 + 0.038416)) / 1.76832 = (1.18416 ± 0.52011) / 1.76832 → 0.3755, 0.9638
 *   0/5:  (0 + 0.38416 ± 0.38416) / 1.76832 → 0, 0.4345
 *   5/14: (0.35714 + 0.13720 ± 1.96·√(0.016399 + 0.0049)) / 1.2744 = (0.49434 ± 0.28605) / 1.2744 → 0.1634, 0.6124
 *   1/4:  (0.25 + 0.4802 ± 1.96·√(0.046875 + 0.060025)) / 1.9604 = (0.7302 ± 0.64084) / 1.9604 → 0.0456, 0.6994
 */
async function loadSendville(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (7, 'Sendville')`);
    await c.run(`insert into brand_values (id, city_id, name, position, terms, exclusions) values
      (71, 7, 'international', 0, ['international'], []), (72, 7, 'green', 1, ['green'], []), (73, 7, 'tolerant', 2, ['tolerant'], [])`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values
      (71, 7, 'brand', 'brand-markdown', 'b.md', 'h71'), (72, 7, 'social', 'x-api-v2', 'x.jsonl', 'h72'),
      (73, 7, 'survey', 'qualtrics-csv', 's.csv', 'h73'), (74, 7, 'focus-group', 'focus-group-text', 'f.md', 'h74')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values
      (71, 71, 7, 'brand', 'd71', null, '2025-01-01', 'en', 'b'), (72, 72, 7, 'social', 'd72', 'resident', '2025-02-01', 'en', 's'),
      (73, 73, 7, 'survey', 'd73', 'international', '2025-03-01', 'en', 'r'), (74, 74, 7, 'focus-group', 'd74', 'resident', '2025-03-05', 'en', 'f')`);
    const docOf: Record<string, number> = { brand: 71, social: 72, survey: 73, 'focus-group': 74 };
    const grpOf: Record<string, string> = { brand: 'null', social: `'resident'`, survey: `'international'`, 'focus-group': `'resident'` };
    const seg = (id: number, kind: string, voice: string, moderator = false) =>
      `(${id}, ${docOf[kind]}, 7, '${kind}', ${grpOf[kind]}, '2025-03-01', ${id}, 0, 1, 'segment ${id}', ${moderator}, 'en', 0, 'neutral', '${voice}')`;
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label, voice) values
      ${[
        seg(701, 'brand', 'official'), seg(702, 'brand', 'official'), seg(703, 'brand', 'official'), seg(704, 'brand', 'official'), seg(705, 'brand', 'partner'),
        seg(711, 'social', 'official'), seg(712, 'social', 'partner'), seg(713, 'social', 'user'), seg(714, 'social', 'user'), seg(715, 'social', 'user'),
        seg(721, 'survey', 'user'), seg(722, 'survey', 'user'), seg(723, 'survey', 'user'),
        seg(731, 'focus-group', 'user'), seg(732, 'focus-group', 'official', true),
      ].join(',\n')}`);
    await c.run(`insert into segment_values (segment_id, value_id, term, start_offset, end_offset) values
      (701, 71, 'international', 0, 1), (702, 71, 'international', 0, 1), (704, 71, 'international', 0, 1), (705, 71, 'international', 0, 1),
      (711, 71, 'international', 0, 1), (732, 71, 'international', 0, 1),
      (703, 72, 'green', 0, 1), (712, 72, 'green', 0, 1), (713, 72, 'green', 0, 1), (721, 72, 'green', 0, 1)`);
    await c.run(`insert into segment_themes (segment_id, theme, term, start_offset, end_offset) values
      (703, 'environment', 'park', 0, 1), (713, 'environment', 'park', 0, 1), (721, 'environment', 'park', 0, 1),
      (711, 'economy', 'startup', 0, 1), (714, 'housing', 'rent', 0, 1), (722, 'housing', 'rent', 0, 1)`);
    await listMatches(c);
  });
}

describe('the sender-centred index GET /api/senders (issue 18 item 5), on paper', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadSendville)));
  afterAll(() => store.close());
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
  const shares = (row: SenderRow | undefined) => row?.voices.map((v) => [v.voice, v.n, v.share]);
  const voice = (row: SenderRow | undefined, v: string) => row!.voices.find((s) => s.voice === v)!;

  it('gives each channel and all channels the share of official, partner and user segments', async () => {
    const body = await get<SendersResponse>('/api/senders?city=Sendville');
    expect(body.channels.map((c) => [c.key, c.n])).toEqual([['all', 14], ['survey', 3], ['focus-group', 1], ['social', 5], ['brand', 5]]);
    const [all, , , social, brand] = body.channels;
    expect(shares(all)).toEqual([['official', 5, 0.3571], ['partner', 2, 0.1429], ['user', 7, 0.5]]);
    expect(voice(all, 'official')).toMatchObject({ low: 0.1634, high: 0.6124 });
    expect(shares(social)).toEqual([['official', 1, 0.2], ['partner', 1, 0.2], ['user', 3, 0.6]]);
    expect(voice(brand, 'official')).toMatchObject({ n: 4, share: 0.8, low: 0.3755, high: 0.9638 });
    expect(voice(brand, 'user')).toMatchObject({ n: 0, share: 0, low: 0, high: 0.4345 });
    // under the default minimum of 30 every figure here is flagged, and still given
    expect(body.channels.every((c) => c.low_n)).toBe(true);
  });

  it('says who talks about each brand value, and names the values said mostly by the city itself', async () => {
    const body = await get<SendersResponse>('/api/senders?city=Sendville');
    expect(body.values.map((v) => [v.key, v.n])).toEqual([['international', 5], ['green', 4], ['tolerant', 0]]);
    const [international, green, tolerant] = body.values;
    expect(shares(international)).toEqual([['official', 4, 0.8], ['partner', 1, 0.2], ['user', 0, 0]]);
    expect(voice(international, 'official')).toMatchObject({ low: 0.3755, high: 0.9638 });
    expect(shares(green)).toEqual([['official', 1, 0.25], ['partner', 1, 0.25], ['user', 2, 0.5]]);
    expect(voice(green, 'official')).toMatchObject({ low: 0.0456, high: 0.6994 });
    expect(tolerant.voices.map((v) => [v.n, v.share, v.low])).toEqual([[0, null, null], [0, null, null], [0, null, null]]);
    expect(body.cityVoiced).toEqual([{ value: 'international', share: 0.8, n: 5, low_n: true }]);
  });

  it('says who talks about each theme, most-named first, flagged under the minimum n', async () => {
    const body = await get<SendersResponse>('/api/senders?city=Sendville&minN=3');
    expect(body.themes.map((t) => [t.key, t.n, t.low_n])).toEqual([['environment', 3, false], ['housing', 2, true], ['economy', 1, true]]);
    expect(shares(body.themes[0])).toEqual([['official', 1, 0.3333], ['partner', 0, 0], ['user', 2, 0.6667]]);
    expect(body.channels[0].low_n).toBe(false);
  });

  it('links each share to its quotes, which are the segments it counts, brand texts included', async () => {
    const body = await get<SendersResponse>('/api/senders?city=Sendville');
    const official = voice(body.values[0], 'official');
    expect(official.quotes).toBe('/api/quotes?city=Sendville&source=any&voice=official&value=international');
    const quotes = await get<QuotesResponse>(official.quotes);
    expect(quotes.total).toBe(4);
    expect(quotes.quotes.map((q) => q.id).sort()).toEqual([701, 702, 704, 711]);
    // without source=any the quotes stay the audience channels' only, as before
    expect((await get<QuotesResponse>('/api/quotes?city=Sendville&voice=official&value=international')).total).toBe(1);
    const brandOfficial = voice(body.channels[4], 'official');
    expect(brandOfficial.quotes).toBe('/api/quotes?city=Sendville&source=brand&voice=official');
    expect((await get<QuotesResponse>(brandOfficial.quotes)).total).toBe(4);
    const allUser = voice(body.channels[0], 'user');
    expect((await get<QuotesResponse>(allUser.quotes)).total).toBe(7);
  });

  it('is a 400 without a city and a 404 for a city it does not know, as the other routes', async () => {
    const missing = await app.request('/api/senders');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('city');
    const unknown = await app.request('/api/senders?city=Atlantis');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('unknown_city');
  });
});
