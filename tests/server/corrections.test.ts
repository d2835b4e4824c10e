import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorrectionView, OverviewResponse, ThemesResponse } from '../../data/types.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { parseColumnMapping } from '../../ingest/readers/mapping.ts';
import { backupStore, MANIFEST } from '../../server/backup.ts';
import type { Store } from '../../data/db/store.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

const CITY = 'Havenstad';
/** The sentence corrected below: once in the file, about trams (mobility). */
const TARGET = 'The night trams to Kralingen are a delight.';
/** Open answers, one sentence each, with ids (so equal answers are not duplicates). */
const ANSWERS = [
  TARGET,
  ...Array.from({ length: 6 }, () => 'The trams are often late.'),
  ...Array.from({ length: 5 }, () => 'Finding a flat here is impossible.'),
  ...Array.from({ length: 4 }, () => 'I love the museums and the festivals.'),
  'We moved here two years ago.',
];

describe('corrections: a reader relabels a quote and every figure follows, through re-annotation and re-ingest', () => {
  const tmp = tmpDir();
  let app: App;
  let store: Store;
  let ana: Login;
  let vic: Login;
  let file: string;
  const mapping = parseColumnMapping({ id: 'id', text: ['comment'], defaultGroup: 'resident' });

  beforeAll(async () => {
    ({ app, store } = await trustApp({ settings: { uploadDir: tmp.dir } }));
    ana = await loginAs(app, store, 'ana', 'analyst');
    vic = await loginAs(app, store, 'vic', 'viewer');
    file = join(tmp.dir, 'answers.csv');
    writeFileSync(file, ['id,comment', ...ANSWERS.map((t, i) => `${i + 1},"${t}"`)].join('\n') + '\n');
    expect(await ingestFile(store, file, { city: CITY, mapping })).toMatchObject({ documents: 17, segments: 17, errors: [] });
  }, 60_000);
  afterAll(() => { store.close(); tmp.cleanup(); });

  const get = async <T>(path: string): Promise<T> => (await app.request(path, { headers: as(ana) })).json() as Promise<T>;
  const themeRow = (d: ThemesResponse, theme: string) => d.themes.find((t) => t.theme === theme);
  const target = async () => (await store.all<{ id: number; label: string; themes: string[]; sentiment: number }>(
    `select id::INTEGER as id, label, themes, sentiment from segments where text = $text`, { text: TARGET }));
  const correct = (login: Login, id: number, body: unknown) => app.request(`/api/segments/${id}/correction`, {
    method: 'POST', headers: { ...as(login), 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  /** The resident net as the measure defines it, counted from the segments themselves. */
  const countedNet = async () => {
    const [r] = await store.all<{ pos: number; neg: number; n: number }>(`select count(*) filter (where label = 'positive')::INTEGER as pos,
      count(*) filter (where label = 'negative')::INTEGER as neg, count(sentiment)::INTEGER as n from segments where grp = 'resident'`);
    return Math.round((1000 * (r.pos - r.neg)) / r.n) / 10;
  };

  it('moves the quote from positive about mobility to negative about housing: mobility n −1, housing n +1, the net by the known amount', async () => {
    const [seg] = await target();
    expect(seg).toMatchObject({ label: 'positive', themes: ['mobility'] });
    const before = await get<ThemesResponse>(`/api/themes?city=${CITY}`);
    const overviewBefore = await get<OverviewResponse>(`/api/overview?city=${CITY}`);
    const residentsBefore = overviewBefore.netByGroup.find((g) => g.group === 'resident')!;

    const res = await correct(ana, seg.id, { sentiment: 'negative', themes: ['housing'] });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ previous: { label: 'positive', themes: ['mobility'] }, segments: 1, score: -0.5, correction: { sentiment: 'negative', themes: ['housing'], modelLabel: 'positive', correctedBy: 'ana', text: TARGET } });

    const after = await get<ThemesResponse>(`/api/themes?city=${CITY}`);
    expect(themeRow(after, 'mobility')!.n).toBe(themeRow(before, 'mobility')!.n - 1);
    expect(themeRow(after, 'housing')!.n).toBe(themeRow(before, 'housing')!.n + 1);
    const residents = (await get<OverviewResponse>(`/api/overview?city=${CITY}`)).netByGroup.find((g) => g.group === 'resident')!;
    expect(residents.n).toBe(residentsBefore.n);
    // one positive became negative: the net falls by 2 of n = 17 scored segments, 11.8 points
    expect(residents.net! - residentsBefore.net!).toBeCloseTo(-200 / 17, 0);
    expect(residents.net).toBe(await countedNet());
    expect((await target())[0]).toMatchObject({ label: 'negative', themes: ['housing'], sentiment: -0.5 });
    // the term rows of the theme taken away are gone with it (no mobility highlight on the quote)
    expect(await store.all(`select theme from segment_themes where segment_id = $id`, { id: seg.id })).toEqual([]);
  });

  it('keeps who and when in the audit log and in GET /api/corrections', async () => {
    const audit = await store.all<{ actor: string; target: string; detail: string }>(`select actor, target, detail::VARCHAR as detail from audit_log where action = 'segment.correct'`);
    expect(audit).toHaveLength(1);
    expect(audit[0].actor).toBe('ana');
    expect(JSON.parse(audit[0].detail)).toMatchObject({ from: { label: 'positive', themes: ['mobility'] }, to: { label: 'negative', themes: ['housing'] } });
    const { corrections } = await get<{ corrections: CorrectionView[] }>(`/api/corrections?city=${CITY}`);
    expect(corrections).toMatchObject([{ city: CITY, sentiment: 'negative', themes: ['housing'], correctedBy: 'ana', segments: 1, language: 'en' }]);
    expect(corrections[0].correctedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses viewers (403), bad labels, a fourth theme and unknown segments', async () => {
    const [seg] = await target();
    expect((await correct(vic, seg.id, { sentiment: 'positive' })).status).toBe(403);
    expect((await correct(ana, seg.id, { sentiment: 'great' })).status).toBe(400);
    expect((await correct(ana, seg.id, { themes: ['housing', 'mobility', 'safety', 'tourism'] })).status).toBe(400);
    expect((await correct(ana, seg.id, {})).status).toBe(400);
    expect((await correct(ana, 999999, { sentiment: 'positive' })).status).toBe(404);
    expect((await store.all(`select * from corrections`)).length).toBe(1);
  });

  it('survives a values re-annotation and a theme-term re-annotation that matches the sentence', async () => {
    const put = await app.request(`/api/cities/${CITY}/values`, {
      method: 'PUT', headers: { ...as(ana), 'content-type': 'application/json' },
      body: JSON.stringify([{ name: 'Maritime', terms: ['kralingen'], exclusions: [] }]),
    });
    expect(put.status).toBe(200);
    const term = await app.request('/api/theme-terms', {
      method: 'POST', headers: { ...as(ana), 'content-type': 'application/json' }, body: JSON.stringify({ theme: 'tourism', term: 'kralingen' }),
    });
    expect(await term.json()).toMatchObject({ segments: 1 });
    expect((await target())[0]).toMatchObject({ label: 'negative', themes: ['housing'] });
    const d = await get<ThemesResponse>(`/api/themes?city=${CITY}`);
    expect(themeRow(d, 'tourism')).toBeUndefined();
  });

  it('finds the sentence again after its source is deleted and the same file uploaded anew', async () => {
    const [{ id: sourceId }] = await store.all<{ id: number }>(`select id from sources`);
    expect((await app.request(`/api/sources/${sourceId}`, { method: 'DELETE', headers: as(ana) })).status).toBe(200);
    expect((await get<{ corrections: CorrectionView[] }>(`/api/corrections`)).corrections[0]).toMatchObject({ segments: 0, text: null });
    expect(await ingestFile(store, file, { city: CITY, mapping })).toMatchObject({ documents: 17, errors: [] });
    const [seg] = await target();
    expect(seg).toMatchObject({ label: 'negative', themes: ['housing'] });
    expect((await get<{ corrections: CorrectionView[] }>(`/api/corrections`)).corrections[0]).toMatchObject({ segments: 1, text: TARGET, modelLabel: 'positive' });
    const residents = (await get<OverviewResponse>(`/api/overview?city=${CITY}`)).netByGroup.find((g) => g.group === 'resident')!;
    expect(residents.net).toBe(await countedNet());
  }, 60_000);

  it('is in the backup with the model versions table', async () => {
    const dir = join(tmp.dir, 'backup');
    const manifest = await backupStore(store, dir);
    expect(manifest.tables.corrections).toBe(1);
    expect(manifest.tables.model_versions).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).tables).toHaveProperty('corrections', 1);
  });
});
