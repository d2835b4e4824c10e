import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyLinksResponse, SurveyResponse } from '../../data/types.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import type { Store } from '../../data/db/store.ts';
import type { Jobs } from '../../server/jobs.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { multipart, MULTIPART_TYPE } from '../trust/multipart-body.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ingest');
const HOUSING = 'How much do you agree with the following statements? - It is easy to find housing in Fjordby';
const HOME = 'How much do you agree with the following statements? - I feel at home in Fjordby';
const NPS = 'How likely are you to recommend Fjordby to a friend or colleague?';

/**
 * Two waves of the same Qualtrics survey of "Fjordby", ten respondents each (tests/fixtures/ingest/
 * qualtrics-wave-2025-10.csv, qualtrics-wave-2026-04.csv). The second wave rewrote the housing
 * question's punctuation ("– … HOUSING in Fjordby.") and put a new career question under Q6_2,
 * where the first wave had "I feel at home" (now Q6_3): same key, different question.
 *   housing (1–5): wave 1  5 5 4 4 4 4 5 4 2 3  top-2 8/10, mean 4.0, sd 0.9428
 *                  wave 2  4 2 3 2 2 1 1 2 3 1  top-2 1/10, mean 2.1, sd 0.9944
 *   at home (1–5): wave 1  4 4 5 3 3 4 2 5 4 3  top-2 6/10, mean 3.7
 *                  wave 2  4 3 5 4 3 3 2 4 3 4  top-2 5/10, mean 3.5
 *   recommend (0–10): wave 1 10 9 9 8 7 7 6 5 9 10  promoters 5, detractors 2: NPS +30
 *                     wave 2  9 8 7 6 5 4 9 10 3 7  promoters 3, detractors 4: NPS −10
 */
describe('survey waves: two waves of one Qualtrics survey, linked by the analyst, compared with intervals computed on paper', () => {
  let app: App;
  let store: Store;
  let ana: Login;
  let vic: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    ana = await loginAs(app, store, 'ana', 'analyst');
    vic = await loginAs(app, store, 'vic', 'viewer');
    expect(await ingestFile(store, `${FIXTURES}/qualtrics-wave-2025-10.csv`, { city: 'Fjordby', group: 'resident' })).toMatchObject({ documents: 10, errors: [] });
    expect(await ingestFile(store, `${FIXTURES}/qualtrics-wave-2026-04.csv`, { city: 'Fjordby', group: 'resident', wave: 'spring 2026' })).toMatchObject({ documents: 10, errors: [] });
  }, 60_000);
  afterAll(() => store.close());

  const get = async <T>(path: string, login = ana): Promise<T> => {
    const res = await app.request(path, { headers: as(login) });
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
  const send = (method: string, path: string, body?: unknown, login = ana) => app.request(path, {
    method, headers: { ...as(login), 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const itemId = async (file: string, key: string) => (await store.all<{ id: number }>(
    `select i.id::INTEGER as id from survey_items i join sources s on s.id = i.source_id where s.file_name = $file and i.key = $key`, { file, key }))[0].id;

  it('stores each source\'s wave: the --wave given, else the month of its responses', async () => {
    const rows = await store.all<{ file_name: string; wave: string }>(`select file_name, wave from sources order by id`);
    expect(rows).toEqual([
      { file_name: 'qualtrics-wave-2025-10.csv', wave: '2025-10' },
      { file_name: 'qualtrics-wave-2026-04.csv', wave: 'spring 2026' },
    ]);
  });

  it('suggests links by normalised question text, never by key, and compares nothing before the analyst confirms', async () => {
    const body = await get<SurveyLinksResponse>('/api/survey/links?city=Fjordby');
    expect(body.links).toEqual([]);
    expect(body.suggestions.map((s) => [s.text, s.items.map((i) => `${i.wave} ${i.key}`)])).toEqual([
      [HOUSING, ['2025-10 Q6_1', 'spring 2026 Q6_1']],
      [HOME, ['2025-10 Q6_2', 'spring 2026 Q6_3']],
      [NPS, ['2025-10 Q7', 'spring 2026 Q7']],
    ]);
    expect((await get<SurveyResponse>('/api/survey?city=Fjordby&by=wave')).waves).toEqual([]);
  });

  it('refuses bad links with a 400 naming the parameter, and a viewer with a 403', async () => {
    const a = await itemId('qualtrics-wave-2025-10.csv', 'Q6_1');
    const b = await itemId('qualtrics-wave-2025-10.csv', 'Q6_2');
    const nps = await itemId('qualtrics-wave-2026-04.csv', 'Q7');
    for (const body of [{ city: 'Fjordby', items: [a] }, { city: 'Fjordby', items: [a, b] }, { city: 'Fjordby', items: [a, nps] }, { city: 'Fjordby', items: [a, 99999] }]) {
      const res = await send('POST', '/api/survey/links', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^items/);
    }
    expect((await send('POST', '/api/survey/links', { city: 'Fjordby', items: [a, nps] }, vic)).status).toBe(403);
    const bad = await app.request('/api/survey?city=Fjordby&by=month', { headers: as(ana) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('by');
  });

  it('links the suggested items on the analyst\'s word, in the audit log, and the suggestions are gone', async () => {
    const before = await get<SurveyLinksResponse>('/api/survey/links?city=Fjordby');
    for (const s of before.suggestions) {
      const res = await send('POST', '/api/survey/links', { city: 'Fjordby', items: s.items.map((i) => i.item_id) });
      expect(res.status).toBe(200);
    }
    const after = await get<SurveyLinksResponse>('/api/survey/links?city=Fjordby');
    expect(after.suggestions).toEqual([]);
    expect(after.links.map((l) => l.items.map((i) => i.key))).toEqual([['Q6_1', 'Q6_1'], ['Q6_2', 'Q6_3'], ['Q7', 'Q7']]);
    const audit = await store.all<{ actor: string; detail: string }>(`select actor, detail::VARCHAR as detail from audit_log where action = 'survey.link' order by happened_at`);
    expect(audit.map((r) => r.actor)).toEqual(['ana', 'ana', 'ana']);
    expect(JSON.parse(audit[0].detail)).toEqual({ city: 'Fjordby', items: before.suggestions[0].items.map((i) => i.item_id) });
  });

  it('gives per wave n, top-2-box with Wilson bounds, mean and NPS, and the change with its 95% interval', async () => {
    const { waves } = await get<SurveyResponse>('/api/survey?city=Fjordby&by=wave');
    const item = (text: string) => waves!.find((w) => w.text === text)!;
    const housing = item(HOUSING);
    expect(housing.barometer).toEqual(['housing']);
    expect(housing.waves.map((w) => [w.wave, w.n, w.top2_k, w.top2, w.mean])).toEqual([['2025-10', 10, 8, 0.8, 4], ['spring 2026', 10, 1, 0.1, 2.1]]);
    // Wilson 8/10: centre (0.8 + 0.19208)/1.38416 = 0.71674, half 1.96·√(0.016 + 0.009604)/1.38416 = 0.22658 → 0.4902 to 0.9433
    expect(housing.waves[0]).toMatchObject({ top2_low: 0.4902, top2_high: 0.9433, low_n: true, change: null });
    // Wilson 1/10: centre 0.29208/1.38416 = 0.21102, half 1.96·√(0.009 + 0.009604)/1.38416 = 0.19314 → 0.0179 to 0.4042
    // Newcombe (bounds unrounded: 0.017876, 0.943319): d = 0.1 − 0.8 = −0.7;
    //           low = −0.7 − √((0.1 − 0.017876)² + (0.943319 − 0.8)²) = −0.7 − √0.0272847 = −0.7 − 0.16518 = −0.8652
    //           high = −0.7 + √((0.4042 − 0.1)² + (0.8 − 0.4902)²) = −0.7 + 0.4342 = −0.2658: excludes zero
    expect(housing.waves[1].change!.top2).toEqual({ diff: -0.7, low: -0.8652, high: -0.2658, excludesZero: true });
    // Welch: sd 0.9428 and 0.9944; se = √(0.08889 + 0.09889) = 0.43333; ν = se⁴/(0.08889²/9 + 0.09889²/9) = 17.95,
    // t(0.975, 17.95) = 2.1013; −1.9 ± 2.1013·0.43333 = −1.9 ± 0.9106 → −2.811 to −0.989
    expect(housing.waves[1].change!.mean).toEqual({ diff: -1.9, low: -2.811, high: -0.989, excludesZero: true });
    expect(housing.waves[1].change!.nps).toBeNull();

    const home = item(HOME);
    expect(home.barometer).toEqual([]);
    // Wilson 6/10: 0.3127 to 0.8318; 5/10: 0.2366 to 0.7634; d = −0.1;
    // low = −0.1 − √((0.5 − 0.2366)² + (0.8318 − 0.6)²) = −0.1 − 0.3509 = −0.4509; high = −0.1 + √((0.7634 − 0.5)² + (0.6 − 0.3127)²) = −0.1 + 0.3898 = 0.2898
    expect(home.waves[1].change!.top2).toEqual({ diff: -0.1, low: -0.4509, high: 0.2898, excludesZero: false });
    // Welch: sd 0.9487 and 0.8498, se 0.40277, ν 17.79, t 2.1027: −0.2 ± 0.8469 → −1.047 to 0.647
    expect(home.waves[1].change!.mean).toEqual({ diff: -0.2, low: -1.047, high: 0.647, excludesZero: false });

    const nps = item(NPS);
    expect(nps.barometer).toEqual([]);
    expect(nps.waves.map((w) => [w.wave, w.n, w.promoters, w.detractors, w.nps])).toEqual([['2025-10', 10, 5, 2, 30], ['spring 2026', 10, 3, 4, -10]]);
    // adjusted wave 1: p̃ = 6/12, q̃ = 3/12, net 0.25, var (0.75 − 0.0625)/12 = 0.057292
    // adjusted wave 2: p̃ = 4/12, q̃ = 5/12, net −0.08333, var (0.75 − 0.006944)/12 = 0.061921
    // −0.33333 ± 1.96·√0.119213 = −0.33333 ± 0.67674 → −101.0 to +34.3 points; the change itself −40
    expect(nps.waves[1].change!.nps).toEqual({ diff: -40, low: -101, high: 34.3, excludesZero: false });
  });

  it('narrows to a group like every figure: the six residents of each wave', async () => {
    const { waves } = await get<SurveyResponse>('/api/survey?city=Fjordby&by=wave&group=resident');
    expect(waves!.find((w) => w.text === HOUSING)!.waves.map((w) => w.n)).toEqual([6, 6]);
  });

  it('undoes a link: the item leaves, the link of two dissolves, and it is suggested again', async () => {
    const home = await itemId('qualtrics-wave-2026-04.csv', 'Q6_3');
    const res = await send('DELETE', `/api/survey/links/${home}?city=Fjordby`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ item: home, dissolved: true });
    const links = await get<SurveyLinksResponse>('/api/survey/links?city=Fjordby');
    expect(links.links).toHaveLength(2);
    expect(links.suggestions.map((s) => s.text)).toEqual([HOME]);
    const { waves } = await get<SurveyResponse>('/api/survey?city=Fjordby&by=wave');
    expect(waves!.map((w) => w.text)).toEqual([HOUSING, NPS]);
    expect((await store.all(`select * from audit_log where action = 'survey.unlink'`))).toHaveLength(1);
    expect((await send('DELETE', `/api/survey/links/${home}?city=Fjordby`)).status).toBe(404);
  });

  it('drops the links of a deleted wave: no link is left with one item', async () => {
    const [{ id }] = await store.all<{ id: number }>(`select id::INTEGER as id from sources where wave = 'spring 2026'`);
    expect((await send('DELETE', `/api/sources/${id}`)).status).toBe(200);
    expect(await store.all(`select * from survey_item_links`)).toEqual([]);
    expect((await get<SurveyLinksResponse>('/api/survey/links?city=Fjordby')).suggestions).toEqual([]);
  });
});

describe('the wave asked at upload', () => {
  const tmp = tmpDir();
  let app: App;
  let store: Store;
  let jobs: Jobs;
  let ana: Login;
  beforeAll(async () => {
    ({ app, store, jobs } = await trustApp({ settings: { uploadDir: tmp.dir } }));
    ana = await loginAs(app, store, 'ana', 'analyst');
  });
  afterAll(() => { store.close(); tmp.cleanup(); });
  const post = (fields: Record<string, string>) => app.request('/api/uploads', {
    method: 'POST', headers: { ...as(ana), 'content-type': MULTIPART_TYPE }, duplex: 'half',
    body: multipart(fields, { name: 'wave.csv', data: readFileSync(`${FIXTURES}/qualtrics-wave-2026-04.csv`) }),
  } as RequestInit);

  it('stores the wave of the upload form on the source, and refuses one over 40 characters naming the field', async () => {
    const bad = await post({ city: 'Fjordby', wave: 'x'.repeat(41) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('wave');
    const res = await post({ city: 'Fjordby', wave: 'spring 2026' });
    expect(res.status).toBe(202);
    await jobs.idle();
    expect(await store.all(`select file_name, wave from sources`)).toEqual([{ file_name: 'wave.csv', wave: 'spring 2026' }]);
  });
});
