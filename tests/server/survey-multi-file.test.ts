import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuotesResponse, SurveyItemFigure, SurveyResponse } from '../../data/types.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import type { createApp } from '../../server/app.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp } from '../helpers/known-dataset.ts';
import { tmpDir } from '../helpers/tmp.ts';

/**
 * One city loads several real exports whose short codes collide: the public Qualtrics samples (Q1),
 * SurveyMonkey's Star Wars survey (Q1 … Q14, Q3 a multi-select, Q5_1 … a matrix), the Google Forms
 * hot-dog survey, and a Qualtrics export written here with a 0–10 recommend item Q3, Qualtrics'
 * derived Q3_NPS_GROUP column, a Likert matrix Q5_1/Q5_2 and an open question Q4.
 * Every item belongs to its file and question: /api/survey must never merge items by code.
 */
const PUBLIC = '/work/shared/fixtures/public';
const CITY = 'Havenstad';

const csv = (path: string, encoding: BufferEncoding = 'utf8'): string[][] =>
  parse(readFileSync(path, encoding).replace(/^\uFEFF/, ''), { relax_column_count: true });

/** The Qualtrics export of this test: 12 responses. */
const AGREE = ['Strongly disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Strongly agree'];
const RECOMMEND = [10, 9, 9, 8, 7, 6, 5, 10, 3, 0, 9, 8];
const Q5_1 = [5, 4, 4, 3, 2, 1, 5, 4, 3, 1, 5, 4];
const Q5_2 = [1, 2, 2, 3, 1, 2, 4, 5, 1, 2, 3, 3];
const GROUPS = ['r', 'r', 'i', 'r', 'i', 'i', 'r', 'r', 'i', 'i', 'r', 'r'];
const OPEN: Record<number, string> = {
  0: 'The harbour festivals are wonderful.',
  1: 'My neighbours are the kindest people I know.',
  7: 'The old town is beautiful at night.',
  5: 'Finding a room took me eight months.',
  8: 'The trams stop running far too early.',
};
const NPS_QUESTION = 'How likely are you to recommend Havenstad to a friend or colleague?';
const OPEN_QUESTION = 'What would you tell a friend about living in Havenstad?';
const npsGroup = (x: number) => (x >= 9 ? 'Promoter' : x >= 7 ? 'Passive' : 'Detractor');

function qualtricsExport(dir: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const tags = ['StartDate', 'EndDate', 'Status', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'DistributionChannel', 'UserLanguage', 'Q1', 'Q3', 'Q3_NPS_GROUP', 'Q5_1', 'Q5_2', 'Q4'];
  const texts = ['Start Date', 'End Date', 'Response Type', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'Distribution Channel', 'User Language',
    'Which best describes you?', NPS_QUESTION, `${NPS_QUESTION} - Group`,
    'How much do you agree with the following statements? - Havenstad feels welcoming to newcomers',
    'How much do you agree with the following statements? - It is easy to find housing in Havenstad',
    OPEN_QUESTION];
  const ids = ['startDate', 'endDate', 'status', 'progress', 'duration', 'finished', 'recordedDate', '_recordId', 'distributionChannel', 'userLanguage',
    'QID1', 'QID3', 'QID3_NPS_GROUP', 'QID5_1', 'QID5_2', 'QID4_TEXT'];
  const rows = RECOMMEND.map((x, i) => {
    const day = `2025-04-${String(i + 1).padStart(2, '0')}`;
    return [`${day} 09:00:00`, `${day} 09:05:00`, '0', '100', '300', '1', `${day} 09:05:01`, `R_multi${String(i + 1).padStart(2, '0')}`, 'anonymous', 'EN',
      GROUPS[i] === 'r' ? 'I live here (resident)' : 'I moved here from abroad (international)',
      String(x), npsGroup(x), AGREE[Q5_1[i] - 1], AGREE[Q5_2[i] - 1], OPEN[i] ?? ''].map(q).join(',');
  });
  const path = join(dir, 'qualtrics-recommend.csv');
  writeFileSync(path, [tags.map(q).join(','), texts.map(q).join(','), ids.map((s) => q(`{"ImportId":"${s}"}`)).join(','), ...rows].join('\n') + '\n');
  return path;
}

describe('/api/survey with several real exports in one city', () => {
  const tmp = tmpDir();
  let app: ReturnType<typeof createApp>;
  let store: Store;
  let ownFile: string;
  const stored: Record<string, number> = {};
  beforeAll(async () => {
    ({ app, store } = await knownApp());
    ownFile = qualtricsExport(tmp.dir);
    for (const path of [`${PUBLIC}/qualtrics/sample.csv`, `${PUBLIC}/qualtrics/sample_legacy.csv`, `${PUBLIC}/surveymonkey/StarWars.csv`,
      `${PUBLIC}/google-forms/DS-4002-sp24-survey-results.csv`, ownFile]) {
      const s = await ingestFile(store, path, { city: CITY });
      expect(s.errors).toEqual([]);
      stored[s.file] = s.documents;
    }
  }, 120_000);
  afterAll(() => { store.close(); tmp.cleanup(); });

  const survey = async (qs = '') => {
    const res = await app.request(`/api/survey?city=${CITY}${qs}`);
    expect(res.status).toBe(200);
    return (await res.json()) as SurveyResponse;
  };
  const all = (d: SurveyResponse) => d.items.filter((i) => i.group === 'all');
  const item = (d: SurveyResponse, source: string, key: string): SurveyItemFigure => {
    const found = all(d).filter((i) => i.source === source && i.key === key);
    expect(found, `${source} ${key}`).toHaveLength(1);
    return found[0];
  };

  it('counts the files as read by hand (the legacy sample is the same response as the current one)', () => {
    const starWars = csv(`${PUBLIC}/surveymonkey/StarWars.csv`, 'latin1').slice(2);
    expect(starWars).toHaveLength(1186);
    expect(stored).toEqual({
      'sample.csv': 1, 'sample_legacy.csv': 0, 'StarWars.csv': 1186,
      // 91 rows; rows 9 and 10 (same minute, same answer, no text) are taken as one record by dedup
      'DS-4002-sp24-survey-results.csv': 90,
      'qualtrics-recommend.csv': 12,
    });
  });

  it('the respondent count is the survey responses stored for the city under the filters', async () => {
    expect((await survey()).respondents).toBe(1 + 1186 + 90 + 12);
    const residents = GROUPS.filter((g) => g === 'r').length;
    const [{ n }] = await store.all<{ n: number }>(`select count(*)::INTEGER as n from documents where kind = 'survey' and grp = 'resident'`);
    expect(n).toBe(residents); // the public files name no resident
    expect((await survey('&group=resident')).respondents).toBe(residents);
    expect((await survey('&from=2025-04-03&to=2025-04-06')).respondents).toBe(3);
  });

  it('the Qualtrics recommend item Q3 is its own item: NPS and n of the 12 answers', async () => {
    const d = await survey();
    const q3 = item(d, 'qualtrics-recommend.csv', 'Q3');
    const promoters = RECOMMEND.filter((x) => x >= 9).length; // 5
    const detractors = RECOMMEND.filter((x) => x <= 6).length; // 4
    expect(q3).toMatchObject({ kind: 'nps', text: NPS_QUESTION, n: 12 });
    expect(q3.nps).toBeCloseTo(Math.round(((promoters - detractors) / 12) * 1000) / 10, 5); // +8.3
    expect(q3.promoters).toBeCloseTo(promoters / 12, 4);
    expect(q3.detractors).toBeCloseTo(detractors / 12, 4);
    expect(q3.distribution.reduce((a, x) => a + x.n, 0)).toBe(12);
    // SurveyMonkey's Q3 is a multi-select of films seen, counted in respondents who ticked any
    const starWars = csv(`${PUBLIC}/surveymonkey/StarWars.csv`, 'latin1').slice(2);
    const seen = starWars.filter((r) => r.slice(3, 9).some((c) => c.trim() !== '')).length;
    const sm3 = item(d, 'StarWars.csv', 'Q3');
    expect(sm3).toMatchObject({ kind: 'multi', n: seen, nps: null });
    expect(sm3.distribution.every((x) => x.num === null)).toBe(true);
  });

  it('never merges items of different files that share a code', async () => {
    const d = await survey();
    const q1 = all(d).filter((i) => i.key === 'Q1');
    // (Q1 of the recommend export asks who you are: the audience group, not an item)
    expect(q1.map((i) => [i.source, i.n]).sort()).toEqual([['StarWars.csv', 1186], ['sample.csv', 1]]);
    expect(item(d, 'sample.csv', 'Q1').distribution).toEqual([{ value: '2', num: null, n: 1 }]);
    const starWars = csv(`${PUBLIC}/surveymonkey/StarWars.csv`, 'latin1').slice(2);
    const hanSolo = starWars.filter((r) => r[15].trim() !== '').length;
    expect(item(d, 'StarWars.csv', 'Q5_1').n).toBe(hanSolo);
    const welcoming = item(d, 'qualtrics-recommend.csv', 'Q5_1');
    expect(welcoming).toMatchObject({ kind: 'likert', n: 12, scale_min: 1, scale_max: 5 });
    expect(welcoming.top2).toBeCloseTo(Q5_1.filter((x) => x >= 4).length / 12, 4);
    expect(welcoming.bottom2).toBeCloseTo(Q5_1.filter((x) => x <= 2).length / 12, 4);
    // one figure per item and group; each stands for exactly its own survey item
    const ids = all(d).map((i) => i.item_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of d.items) expect(i.item_ids).toEqual([i.item_id]);
    const items = await store.all<{ id: number; file: string; key: string }>(
      `select i.id, s.file_name as file, i.key from survey_items i join sources s on s.id = i.source_id where exists (select 1 from survey_answers a where a.item_id = i.id) order by i.id`);
    expect(all(d).map((i) => [i.item_id, i.source, i.key]).sort()).toEqual(items.map((r) => [r.id, r.file, r.key]).sort());
  });

  it('has no item from Qualtrics\' derived *_NPS_GROUP column', async () => {
    const d = await survey();
    expect(d.items.filter((i) => /NPS_GROUP/i.test(i.key) || /- Group$/.test(i.text))).toEqual([]);
    expect(d.items.flatMap((i) => i.distribution).filter((x) => /^(Promoter|Passive|Detractor)$/.test(x.value))).toEqual([]);
    const [{ n }] = await store.all<{ n: number }>(`select count(*)::INTEGER as n from segments where text in ('Promoter', 'Passive', 'Detractor') or question like '%NPS_GROUP%'`);
    expect(n).toBe(0);
  });

  it('/api/quotes?item= gives the open answers of the promoters of that item, under their question text', async () => {
    const q3 = item(await survey(), 'qualtrics-recommend.csv', 'Q3');
    const res = await app.request(`/api/quotes?city=${CITY}&item=${q3.item_ids.join(',')}&answerMin=9&answerMax=10`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as QuotesResponse;
    const expected = Object.entries(OPEN).filter(([i]) => RECOMMEND[Number(i)] >= 9).map(([, t]) => t);
    expect(body.quotes.map((q) => q.text).sort()).toEqual(expected.sort());
    expect(new Set(body.quotes.map((q) => q.question))).toEqual(new Set([OPEN_QUESTION]));
  });
});
