import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccuracyResponse, ModelJobView, ModelsResponse } from '../../data/types.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { parseColumnMapping } from '../../ingest/readers/mapping.ts';
import { createApp } from '../../server/app.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { createModelJobs, type ModelJobs } from '../../server/model-jobs.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { as, PASSWORD, type Login } from '../trust/trust-app.ts';

const CITY = 'Havenstad';
/** One sentence per answer, so a stored segment is its whole answer. */
const ANSWERS = [
  'The trams are often late.', 'Finding a flat here is impossible.', 'I love the museums and the festivals.',
  'We moved here two years ago.', 'The waiting list for social housing is ten years long.', 'My neighbours are friendly.',
  'Nobody at the town hall speaks English.', 'The parks are green and quiet.', 'Rents went up again this year.',
  'The new cycle bridge saves me ten minutes.', 'There is nothing to do on Sunday evenings.', 'I feel at home here.',
  'Parking costs a fortune.', 'The bus driver helped me with my bags.', 'My permit took eight months.',
  'It rains a lot.', 'The harbour festival was brilliant.', 'Schools have long waiting lists too.',
];
const CORRECTED = 'It rains a lot.';

describe('models: retrain with the corrections, activate, roll back', () => {
  const tmp = tmpDir();
  let store: Store;
  let jobs: ModelJobs;
  let app: ReturnType<typeof createApp>;
  let ana: Login;
  let vic: Login;
  const mapping = parseColumnMapping({ id: 'id', text: ['comment'], defaultGroup: 'resident' });

  const login = async (name: string, role: 'analyst' | 'viewer'): Promise<Login> => {
    await createAccount(store, name, role, PASSWORD);
    const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password: PASSWORD }) });
    return { name, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
  };
  const post = (path: string, body: unknown, who = ana) => app.request(path, { method: 'POST', headers: { ...as(who), 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const get = async <T>(path: string): Promise<T> => (await app.request(path, { headers: as(ana) })).json() as Promise<T>;
  const labels = async () => Object.fromEntries((await store.all<{ text: string; label: string; city: string }>(
    `select s.text, s.label from segments s join cities c on c.id = s.city_id where c.name = $city order by s.id`, { city: CITY })).map((r) => [r.text, r.label]));
  const finished = async (job: ModelJobView) => {
    await jobs.idle();
    return (await get<{ job: ModelJobView }>(`/api/models/jobs/${job.id}`)).job;
  };

  beforeAll(async () => {
    store = await openStore(':memory:');
    // a fixed subset of the training texts keeps the test to seconds (the full set takes 10–30 s)
    jobs = createModelJobs(store, { maxTexts: 300 });
    app = createApp({ store, version: 'test', demo: false, minN: 30, modelJobs: jobs, settings: { backupDir: tmp.dir } });
    ana = await login('ana', 'analyst');
    vic = await login('vic', 'viewer');
    const file = join(tmp.dir, 'answers.csv');
    writeFileSync(file, ['id,comment', ...ANSWERS.map((t, i) => `${i + 1},"${t}"`)].join('\n') + '\n');
    expect(await ingestFile(store, file, { city: CITY, mapping })).toMatchObject({ documents: ANSWERS.length, errors: [] });
  }, 60_000);
  afterAll(async () => { await jobs.idle(); store.close(); tmp.cleanup(); });

  let shippedLabels: Record<string, string>;
  let v1Labels: Record<string, string>;

  it('starts on the shipped model with no versions; viewers may not retrain', async () => {
    const models = await get<ModelsResponse>('/api/models');
    expect(models).toMatchObject({ activeVersion: 0, versions: [], job: null });
    expect((await post('/api/models/retrain', {}, vic)).status).toBe(403);
    expect((await post('/api/models/7/activate', {})).status).toBe(404);
    shippedLabels = await labels();
  });

  it('retrains in a worker with the corrections, keeps version 1 with before/after figures, and activates it', async () => {
    const [seg] = await store.all<{ id: number }>(`select id::INTEGER as id from segments where text = $t`, { t: CORRECTED });
    expect((await post(`/api/segments/${seg.id}/correction`, { sentiment: 'negative', themes: ['environment'] })).status).toBe(200);
    const res = await post('/api/models/retrain', {});
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: ModelJobView };
    expect(job).toMatchObject({ kind: 'retrain', actor: 'ana' });
    // the server answers while the model trains on its own thread
    const started = Date.now();
    expect((await app.request('/api/health')).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await post('/api/models/retrain', {})).status).toBe(409);
    const done = await finished(job);
    expect(done).toMatchObject({ status: 'done', version: 1, error: null });
    expect(done.relabelled!.segments).toBe(ANSWERS.length);

    const models = await get<ModelsResponse>('/api/models');
    expect(models.activeVersion).toBe(1);
    const [v1] = models.versions;
    expect(v1).toMatchObject({ version: 1, createdBy: 'ana', corrections: 1, active: true });
    expect(v1.texts).toBe(301);
    const { crossValidated, corrections, testSplit } = v1.figures;
    for (const side of [crossValidated.before, crossValidated.after]) expect(side.en.n).toBeGreaterThan(50);
    expect(crossValidated.after.en.n - crossValidated.before.en.n).toBe(1);
    expect(corrections.after.en).toMatchObject({ n: 1 });
    expect(corrections.before.en).toMatchObject({ n: 1 });
    expect(testSplit.after.en.n).toBeGreaterThan(0);
    expect(v1.figures.replaced).toBe(0);
    const audit = await store.all<{ action: string }>(`select action from audit_log where action like 'model.%'`);
    expect(audit).toEqual([{ action: 'model.retrain' }]);
  }, 120_000);

  it('activation relabelled the segments with version 1; the corrected one keeps its correction', async () => {
    v1Labels = await labels();
    expect(v1Labels[CORRECTED]).toBe('negative');
    const changed = ANSWERS.filter((t) => t !== CORRECTED && v1Labels[t] !== shippedLabels[t]);
    expect(changed.length).toBeGreaterThan(0);
    const accuracy = await get<AccuracyResponse>('/api/accuracy');
    expect(accuracy).toMatchObject({ activeVersion: 1, testSplitSource: 'retrain', corrections: 1 });
    expect(accuracy.languages.find((l) => l.language === 'en')!.corrections.n).toBe(1);
  });

  it('an upload after activation is analysed with version 1', async () => {
    const file = join(tmp.dir, 'again.csv');
    writeFileSync(file, ['id,comment', ...ANSWERS.map((t, i) => `${i + 1},"${t}"`)].join('\n') + '\n');
    expect(await ingestFile(store, file, { city: 'Lindholm', mapping })).toMatchObject({ documents: ANSWERS.length, errors: [] });
    const other = Object.fromEntries((await store.all<{ text: string; label: string }>(
      `select s.text, s.label from segments s join cities c on c.id = s.city_id where c.name = 'Lindholm'`)).map((r) => [r.text, r.label]));
    for (const t of ANSWERS) if (t !== CORRECTED) expect([t, other[t]]).toEqual([t, v1Labels[t]]);
  }, 60_000);

  it('rolling back to the shipped model restores the labels it gave (the correction stays), and back to 1 gives version 1\'s', async () => {
    const back = await post('/api/models/0/activate', {});
    expect(back.status).toBe(202);
    expect(await finished(((await back.json()) as { job: ModelJobView }).job)).toMatchObject({ status: 'done', version: 0 });
    expect((await get<ModelsResponse>('/api/models')).activeVersion).toBe(0);
    const restored = await labels();
    expect(restored).toEqual({ ...shippedLabels, [CORRECTED]: 'negative' });
    const again = await post('/api/models/1/activate', {});
    await finished(((await again.json()) as { job: ModelJobView }).job);
    expect(await labels()).toEqual(v1Labels);
  }, 120_000);
});
