import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthenticityResponse, QuotesResponse, StimuliResponse } from '../../data/types.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import type { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import type { Store } from '../../data/db/store.ts';
import { stimulusWords } from '../../server/stimulus-words.ts';
import { knownApp } from '../helpers/known-dataset.ts';
import { tmpDir } from '../helpers/tmp.ts';

/**
 * "Adtown": two focus-group sessions shown S1 "Harbour poster" and S2 "Market video", labels and
 * authenticity set by hand so that every figure can be computed on paper.
 *   S1 residents:      101 − inauthentic, 102 − inauthentic, 103 mixed authentic, 104 + (none)
 *   S1 internationals: 111 − inauthentic, 112 neutral (none)
 *   S1 moderator:      100 + inauthentic (never counted)
 *   S2 residents:      201 + authentic, 202 + authentic
 *   no stimulus:       301 resident −;  a survey answer 401 resident − inauthentic naming value Open
 *   value Open is named by 101, 201 and 401.
 */
async function loadStimuli(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (1, 'Adtown')`);
    await c.run(`insert into brand_values (id, city_id, name, position, terms, exclusions) values (1, 1, 'Open', 0, ['open'], [])`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values
      (1, 1, 'focus-group', 'focus-group-markdown', 'fg.md', 'h1'), (2, 1, 'survey', 'qualtrics-csv', 's.csv', 'h2')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values
      (1, 1, 1, 'focus-group', 'k1', 'resident', '2026-03-12', 'en', 'fg1'),
      (2, 1, 1, 'focus-group', 'k2', 'international', '2026-03-19', 'en', 'fg2'),
      (3, 2, 1, 'survey', 'k3', 'resident', '2026-04-01', 'en', 's')`);
    const seg = (id: number, doc: number, kind: string, grp: string, label: string, stim: string | null, auth: string | null, moderator = false) => {
      const name = stim === 'S1' ? "'Harbour poster'" : stim === 'S2' ? "'Market video'" : 'null';
      const date = doc === 1 ? '2026-03-12' : doc === 2 ? '2026-03-19' : '2026-04-01';
      const score = label === 'positive' ? 0.5 : label === 'negative' ? -0.5 : 0;
      return `(${id}, ${doc}, 1, '${kind}', '${grp}', '${date}', ${id}, 0, 1, 'segment ${id}', ${moderator}, 'en', ${score}, '${label}', ${stim ? `'${stim}'` : 'null'}, ${name}, ${auth ? `'${auth}'` : 'null'})`;
    };
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label, stimulus, stimulus_label, authenticity) values
      ${[
        seg(100, 1, 'focus-group', 'resident', 'positive', 'S1', 'inauthentic', true),
        seg(101, 1, 'focus-group', 'resident', 'negative', 'S1', 'inauthentic'), seg(102, 1, 'focus-group', 'resident', 'negative', 'S1', 'inauthentic'),
        seg(103, 1, 'focus-group', 'resident', 'mixed', 'S1', 'authentic'), seg(104, 1, 'focus-group', 'resident', 'positive', 'S1', null),
        seg(111, 2, 'focus-group', 'international', 'negative', 'S1', 'inauthentic'), seg(112, 2, 'focus-group', 'international', 'neutral', 'S1', null),
        seg(201, 1, 'focus-group', 'resident', 'positive', 'S2', 'authentic'), seg(202, 1, 'focus-group', 'resident', 'positive', 'S2', 'authentic'),
        seg(301, 1, 'focus-group', 'resident', 'negative', null, null),
        seg(401, 3, 'survey', 'resident', 'negative', null, 'inauthentic'),
      ].join(',\n')}`);
    await c.run(`insert into segment_values values (101, 1, 'open', 0, 4), (201, 1, 'open', 0, 4), (401, 1, 'open', 0, 4)`);
    await c.run(`insert into segment_terms values (100, 'fake'), (101, 'fake'), (102, 'fake'), (111, 'fake'), (103, 'poster'), (104, 'poster'),
      (201, 'real'), (202, 'real'), (301, 'rent')`);
    await c.run(`update segments set value_ids = coalesce((select list(distinct v.value_id) from segment_values v where v.segment_id = segments.id), [])`);
    await refreshAllFacts(c);
  });
}

describe('reactions per stimulus and authenticity, computed on paper, through the HTTP API', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadStimuli)));
  afterAll(() => store.close());
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  it('counts n, net with its interval and the mixed and negative shares per stimulus and group, never the moderator', async () => {
    const body = await get<StimuliResponse>('/api/stimuli?city=Adtown&minN=3');
    const row = (s: string, g: string) => body.stimuli.find((r) => r.stimulus === s && r.group === g)!;
    expect(body.stimuli.map((r) => [r.stimulus, r.label, r.group, r.n])).toEqual([
      ['S1', 'Harbour poster', 'all', 6], ['S1', 'Harbour poster', 'international', 2], ['S1', 'Harbour poster', 'resident', 4],
      ['S2', 'Market video', 'all', 2], ['S2', 'Market video', 'resident', 2],
    ]);
    // S1, every group: 1 positive, 3 negative, 1 mixed of 6: net = (1 − 3)/6 = −33.3;
    // Bonett–Price p̃ = 2/8, q̃ = 4/8: −25 ± 196·√((0.75 − 0.0625)/8) = −25 ± 57.5 → −82.5 to +32.5
    expect(row('S1', 'all')).toMatchObject({ n: 6, scored: 6, net: -33.3, low: -82.5, high: 32.5, low_n: false });
    // Wilson 95%: 1 of 6 → 0.0301 to 0.5635; 3 of 6 → 0.1876 to 0.8124
    expect(row('S1', 'all').mixed).toEqual({ k: 1, n: 6, share: 0.1667, low: 0.0301, high: 0.5635 });
    expect(row('S1', 'all').negative).toEqual({ k: 3, n: 6, share: 0.5, low: 0.1876, high: 0.8124 });
    // residents: 1 +, 2 −, 1 mixed of 4: net −25; p̃ = 2/6, q̃ = 3/6 → −16.7 ± 71.8
    expect(row('S1', 'resident')).toMatchObject({ n: 4, net: -25, low: -88.5, high: 55.2 });
    expect(row('S1', 'international')).toMatchObject({ n: 2, net: -50, low: -100, high: 56.3, low_n: true });
    // 2 of 2 positive: −34.9 to +100, never +100 to +100
    expect(row('S2', 'all')).toMatchObject({ n: 2, net: 100, low: -34.9, high: 100 });
  });

  it('gives the authentic share of the segments judging authenticity, with its Wilson interval', async () => {
    const body = await get<StimuliResponse>('/api/stimuli?city=Adtown');
    const row = (s: string, g: string) => body.stimuli.find((r) => r.stimulus === s && r.group === g)!;
    // S1: 103 authentic; 101, 102, 111 inauthentic (the moderator's 100 never counts): 1 of 4
    expect(row('S1', 'all').authenticity).toEqual({ judged: 4, authentic: 1, inauthentic: 3, share: 0.25, low: 0.0456, high: 0.6994 });
    expect(row('S2', 'all').authenticity).toEqual({ judged: 2, authentic: 2, inauthentic: 0, share: 1, low: 0.3424, high: 1 });
    expect(row('S1', 'international').authenticity).toEqual({ judged: 1, authentic: 0, inauthentic: 1, share: 0, low: 0, high: 0.7935 });
  });

  it('lists the words used about a stimulus more than about the rest of the focus groups', async () => {
    const body = await get<StimuliResponse>('/api/stimuli?city=Adtown');
    const row = (s: string, g: string) => body.stimuli.find((r) => r.stimulus === s && r.group === g)!;
    // S1 segments use "fake" 3 times (the moderator's never counts) and "poster" twice; S2 "real" twice
    expect(row('S1', 'all').words).toEqual([{ term: 'fake', n: 3 }, { term: 'poster', n: 2 }]);
    expect(row('S2', 'all').words).toEqual([{ term: 'real', n: 2 }]);
    // internationals used "fake" once: below the 2 segments a word needs
    expect(row('S1', 'international').words).toEqual([]);
  });

  it('links each row to its quotes: /api/quotes filters by stimulus (and authenticity)', async () => {
    const body = await get<StimuliResponse>('/api/stimuli?city=Adtown');
    const s1 = body.stimuli.find((r) => r.stimulus === 'S1' && r.group === 'international')!;
    expect(s1.quotes).toBe('/api/quotes?city=Adtown&stimulus=S1&group=international');
    const quotes = await get<QuotesResponse>(s1.quotes);
    expect(quotes.total).toBe(2);
    expect(quotes.quotes.map((q) => q.id).sort()).toEqual([111, 112]);
    const all = await get<QuotesResponse>('/api/quotes?city=Adtown&stimulus=S1');
    expect(all.total).toBe(6);
    const fake = await get<QuotesResponse>('/api/quotes?city=Adtown&stimulus=S1&authenticity=inauthentic');
    expect(fake.quotes.map((q) => q.id).sort()).toEqual([101, 102, 111]);
    const judged = await get<QuotesResponse>('/api/quotes?city=Adtown&authenticity=any');
    expect(judged.total).toBe(7);
  });

  it('gives the authentic share per source kind, stimulus and brand value', async () => {
    const body = await get<AuthenticityResponse>('/api/authenticity?city=Adtown&minN=3');
    // focus groups: 9 audience segments, 6 judge authenticity, 3 authentic (103, 201, 202); Wilson(3, 6) = 0.1876–0.8124
    expect(body.bySource).toEqual([
      { key: 'focus-group', n: 9, judged: 6, authentic: 3, inauthentic: 3, share: 0.5, low: 0.1876, high: 0.8124, low_n: false,
        quotes: '/api/quotes?city=Adtown&source=focus-group&authenticity=any' },
      { key: 'survey', n: 1, judged: 1, authentic: 0, inauthentic: 1, share: 0, low: 0, high: 0.7935, low_n: true,
        quotes: '/api/quotes?city=Adtown&source=survey&authenticity=any' },
    ]);
    expect(body.byStimulus.map((r) => [r.key, r.n, r.judged, r.authentic, r.share])).toEqual([['S1', 6, 4, 1, 0.25], ['S2', 2, 2, 2, 1]]);
    // Open: 101 inauthentic, 201 authentic, 401 inauthentic: 1 of 3, Wilson 0.0615–0.7923
    expect(body.byValue).toMatchObject([{ key: 'Open', n: 3, judged: 3, authentic: 1, inauthentic: 2, share: 0.3333, low: 0.0615, high: 0.7923 }]);
    const open = await get<QuotesResponse>(body.byValue[0].quotes);
    expect(open.quotes.map((q) => q.id).sort()).toEqual([101, 201, 401]);
  });

  it('answers 404 for an unknown city and 400 for a bad parameter', async () => {
    expect((await app.request('/api/stimuli?city=Atlantis')).status).toBe(404);
    const bad = await app.request('/api/stimuli?city=Adtown&group=aliens');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/group/);
    expect((await app.request('/api/quotes?city=Adtown&authenticity=sometimes')).status).toBe(400);
    expect((await app.request('/api/authenticity')).status).toBe(400);
  });
});

describe('a focus-group transcript with three stimuli, ingested', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    ({ app, store } = await knownApp());
    const summary = await ingestFile(store, resolve(import.meta.dirname, '../fixtures/ingest/focus-group-stimuli.md'), { city: 'Testville' });
    expect(summary.errors).toEqual([]);
  });
  afterAll(() => store.close());

  it('stores each turn with its stimulus and authenticity, and counts the participants\' turns only', async () => {
    const res = await app.request('/api/stimuli?city=Testville');
    expect(res.status).toBe(200);
    const body = (await res.json()) as StimuliResponse;
    const all = body.stimuli.filter((r) => r.group === 'all');
    // S1: P1 "fake", P2 "too polished … not my city" inauthentic, P3 none; S2: "that is us", "not fake" authentic;
    // S3: "glossy marketing" inauthentic, the other two none
    expect(all.map((r) => [r.stimulus, r.label, r.n, r.authenticity.judged, r.authenticity.authentic, r.authenticity.inauthentic])).toEqual([
      ['S1', 'Harbour poster', 3, 2, 0, 2], ['S3', 'City of Talent slogan', 3, 1, 0, 1], ['S2', 'Market video', 2, 2, 2, 0],
    ]);
    expect(new Set(body.stimuli.map((r) => r.group))).toEqual(new Set(['all', 'resident']));
  });
});

describe('the stimulus figures as CSV', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadStimuli)));
  afterAll(() => store.close());

  it('exports /api/stimuli and /api/authenticity rows with their nested figures as columns', async () => {
    const res = await app.request('/api/export?view=stimuli&city=Adtown&format=csv');
    expect(res.status).toBe(200);
    const [head, first] = (await res.text()).trim().split(/\r?\n/);
    expect(head.split(',')).toEqual(expect.arrayContaining(['stimulus', 'group', 'n', 'net', 'mixed_share', 'negative_low', 'authentic_judged', 'authentic_share', 'words']));
    const cells = Object.fromEntries(head.split(',').map((h, i) => [h, first.split(',')[i]]));
    expect(cells).toMatchObject({ stimulus: 'S1', group: 'all', n: '6', net: '-33.3', authentic_judged: '4', authentic_share: '0.25', words: 'fake poster' });
    const a = await app.request('/api/export?view=authenticity&city=Adtown&format=csv');
    expect((await a.text()).split(/\r?\n/)[0]).toMatch(/^by,key,n,judged,authentic,inauthentic,share,low,high/);
  });
});

describe('a survey question that names a stimulus', () => {
  const tmp = tmpDir();
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    ({ app, store } = await knownApp());
    const file = join(tmp.dir, 'campaign-survey.csv');
    writeFileSync(file, [
      'StartDate,EndDate,ResponseId,UserLanguage,Q1_TEXT,Q2_TEXT,Q3',
      'Start Date,End Date,Response ID,User Language,"[Shown: S1 ""Harbour poster""] What do you think of this poster?",What else would you like to tell us?,"[Shown: S1 ""Harbour poster""] This image shows the city as it is"',
      '"{""ImportId"": ""startDate""}","{""ImportId"": ""endDate""}","{""ImportId"": ""_recordId""}","{""ImportId"": ""userLanguage""}","{""ImportId"": ""QID1_TEXT""}","{""ImportId"": ""QID2_TEXT""}","{""ImportId"": ""QID3""}"',
      '2026-03-01 10:00:00,2026-03-01 10:05:00,R_1,EN,It looks fake.,The trams are late.,Strongly disagree',
      '2026-03-02 10:00:00,2026-03-02 10:05:00,R_2,EN,That is us.,I like the parks.,Somewhat agree',
    ].join('\n'));
    const summary = await ingestFile(store, file, { city: 'Surveyville', group: 'resident' });
    expect(summary).toMatchObject({ format: 'qualtrics-csv', errors: [] });
  });
  afterAll(() => { store.close(); tmp.cleanup(); });

  it('gives its open answers the stimulus, and only those', async () => {
    const res = await app.request('/api/stimuli?city=Surveyville');
    expect(res.status).toBe(200);
    const body = (await res.json()) as StimuliResponse;
    const all = body.stimuli.find((r) => r.group === 'all')!;
    expect(all).toMatchObject({ stimulus: 'S1', label: 'Harbour poster', n: 2 });
    expect(all.authenticity).toMatchObject({ judged: 2, authentic: 1, inauthentic: 1 });
  });

  it('gives a closed item that names the stimulus ("rate this image") its n, mean and top-2-box', async () => {
    const body = (await (await app.request('/api/stimuli?city=Surveyville')).json()) as StimuliResponse;
    // 5-point agreement: "Strongly disagree" = 1, "Somewhat agree" = 4 (top-2-box): mean 2.5, 1 of 2, Wilson 0.0945–0.9055
    expect(body.items).toEqual([expect.objectContaining({
      stimulus: 'S1', label: 'Harbour poster', key: 'Q3', kind: 'likert', group: 'all', n: 2, mean: 2.5, low_n: true,
      top2: { k: 1, n: 2, share: 0.5, low: 0.0945, high: 0.9055 },
    }), expect.objectContaining({ group: 'resident', n: 2 })]);
  });
});

describe('the words of a stimulus', () => {
  it('leave out stop words and their elisions ("c\'est", "l\'on"), in the segment\'s language or English', () => {
    const terms = [
      { stimulus: 'S1', group: 'resident', language: 'fr', term: "c'est", n: 3 },
      { stimulus: 'S1', group: 'resident', language: 'fr', term: 'bidon', n: 3 },
      { stimulus: 'S1', group: 'resident', language: 'en', term: 'the', n: 3 },
      { stimulus: '', group: 'resident', language: 'en', term: 'rent', n: 4 },
    ];
    const sizes = [{ stimulus: 'S1', group: 'resident', n: 3 }, { stimulus: '', group: 'resident', n: 4 }];
    expect(stimulusWords(terms, sizes, 'S1', 'all', 'Adtown')).toEqual([{ term: 'bidon', n: 3 }]);
  });
});
