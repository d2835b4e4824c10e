import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem, ChecklistResponse } from '../../data/checklist/types.ts';
import { CHECKLIST } from '../../data/checklist/items.ts';
import type { QuotesResponse } from '../../data/types.ts';
import type { createApp } from '../../server/app.ts';
import { netStatus, shareStatus, worstStatus } from '../../server/checklist.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp, listMatches } from '../helpers/known-dataset.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

/**
 * "Checkville" (minN = 4 in the requests). Social posts of internationals unless said (label, themes, voice, role):
 *   information  801 802 803 neutral, user; 804 a brand text (official) → user share 3/4 = 0.75, Wilson 0.3006–0.9544: green
 *                (internationals' net on information: n = 3 < 4: no data)
 *   housing      811 +, 812 −, 813 −, 814 −, 815 neutral → net (1 − 3)/5 = −40, Bonett–Price −93.8 to +36.7: red
 *   bureaucracy  821 +, 822 +, 823 −, 824 −, 825 neutral → net 0, −68.6 to +68.6: amber
 *   family/work  831 family + (partner), 832 work + (partner), 833 family & work − (partner), 834 work + (professional)
 *                → internationals 3 +, 1 − of 4 (833 once): net +50, −42.1 to +100: green;
 *                  partners 2 +, 1 − of 3 < 4: no data → "support for partners" green
 *   language     841 −, 842 − → n = 2: no data
 * Survey: "How satisfied are you with finding housing?" (1–5), answers 5 4 2 1 4 → top-2-box 3/5 = 0.6,
 *   Wilson 0.2307–0.8824: green; the housing item before arrival is red all the same (worst of red, green).
 *   "How likely are you to recommend Checkville?" (0–10), answers 10 9 7 3 10 → promoters 3, detractors 1:
 *   NPS +40, Bonett–Price (100·2/7 ± 196·√((6/7 − (2/7)²)/7)) = 28.6 ± 65.2 → −36.7 to +93.8: green.
 */
async function loadCheckville(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (8, 'Checkville')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values
      (81, 8, 'brand', 'brand-markdown', 'b.md', 'h81'), (82, 8, 'social', 'x-api-v2', 'x.jsonl', 'h82'), (83, 8, 'survey', 'qualtrics-csv', 's.csv', 'h83')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values
      (81, 81, 8, 'brand', 'd81', null, '2025-01-01', 'en', 'b'), (82, 82, 8, 'social', 'd82', 'international', '2025-02-01', 'en', 's')`);
    const S = { '+': [0.6, 'positive'], '-': [-0.6, 'negative'], '0': [0, 'neutral'] } as const;
    const seg = (id: number, mark: keyof typeof S, role = 'professional', brand = false) =>
      `(${id}, ${brand ? 81 : 82}, 8, '${brand ? 'brand' : 'social'}', ${brand ? 'null' : `'international'`}, '2025-02-01', ${id}, 0, 1,
        'segment ${id}', false, 'en', ${S[mark][0]}, '${S[mark][1]}', '${brand ? 'official' : 'user'}', ${brand ? 'null' : `'${role}'`})`;
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label, voice, role) values
      ${[
        seg(801, '0'), seg(802, '0'), seg(803, '0'), seg(804, '0', 'x', true),
        seg(811, '+'), seg(812, '-'), seg(813, '-'), seg(814, '-'), seg(815, '0'),
        seg(821, '+'), seg(822, '+'), seg(823, '-'), seg(824, '-'), seg(825, '0'),
        seg(831, '+', 'partner'), seg(832, '+', 'partner'), seg(833, '-', 'partner'), seg(834, '+'),
        seg(841, '-'), seg(842, '-'),
      ].join(',\n')}`);
    const th = (ids: number[], theme: string) => ids.map((id) => `(${id}, '${theme}', 'w', 0, 1)`);
    await c.run(`insert into segment_themes (segment_id, theme, term, start_offset, end_offset) values ${[
      ...th([801, 802, 803, 804], 'information'), ...th([811, 812, 813, 814, 815], 'housing'),
      ...th([821, 822, 823, 824, 825], 'bureaucracy'), ...th([831, 833], 'family'), ...th([832, 833, 834], 'work_career'),
      ...th([841, 842], 'language'),
    ].join(', ')}`);
    await c.run(`insert into survey_items (id, source_id, key, text, kind, scale_min, scale_max, labels) values
      (81, 83, 'Q1', 'How satisfied are you with finding housing?', 'likert', 1, 5, null),
      (82, 83, 'Q2', 'How likely are you to recommend Checkville?', 'nps', 0, 10, null)`);
    const nps = [10, 9, 7, 3, 10];
    for (const [i, v] of [5, 4, 2, 1, 4].entries()) {
      const id = 91 + i;
      await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values (${id}, 83, 8, 'survey', 'r${id}', 'international', '2025-03-01', 'en', '')`);
      await c.run(`insert into survey_answers (document_id, item_id, value, num) values (${id}, 81, '${v}', ${v}), (${id}, 82, '${nps[i]}', ${nps[i]})`);
    }
    await listMatches(c);
  });
}

describe('the status rules, on their thresholds', () => {
  it('rates net points: +10 green, −10 red, between amber, under min n no data', () => {
    expect([netStatus(10, 30, 30), netStatus(9.9, 30, 30), netStatus(-9.9, 30, 30), netStatus(-10, 30, 30)]).toEqual(['green', 'amber', 'amber', 'red']);
    expect([netStatus(50, 29, 30), netStatus(null, 100, 30)]).toEqual(['no_data', 'no_data']);
  });
  it('rates shares: user share ≥ 0.3 green, < 0.1 red; survey top-2-box ≥ 0.6 green, < 0.4 red', () => {
    expect([shareStatus('voice_share', 0.3, 30, 30), shareStatus('voice_share', 0.1, 30, 30), shareStatus('voice_share', 0.0999, 30, 30)]).toEqual(['green', 'amber', 'red']);
    expect([shareStatus('survey', 0.6, 30, 30), shareStatus('survey', 0.4, 30, 30), shareStatus('survey', 0.39, 30, 30), shareStatus('survey', 0.9, 3, 30)]).toEqual(['green', 'amber', 'red', 'no_data']);
  });
  it('gives an item the worst status among its figures with data, and no data when none has', () => {
    expect(worstStatus(['green', 'no_data', 'amber'])).toBe('amber');
    expect(worstStatus(['green', 'red'])).toBe('red');
    expect(worstStatus(['no_data', 'no_data'])).toBe('no_data');
    expect(worstStatus([])).toBe('no_data');
  });
});

describe('GET /api/checklist on a hand-made city, on paper', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let body: ChecklistResponse;
  const item = (id: string): ChecklistItem => body.items.find((i) => i.id === id)!;
  beforeAll(async () => {
    ({ app, store } = await knownApp(loadCheckville));
    const res = await app.request('/api/checklist?city=Checkville&minN=4');
    expect(res.status).toBe(200);
    body = await res.json();
  });
  afterAll(() => store.close());

  it('returns the 25 items: 9 before arrival, 11 while here, 5 after they leave', () => {
    expect(CHECKLIST).toHaveLength(25);
    expect(body.items.map((i) => i.stage).filter((s) => s === 'before')).toHaveLength(9);
    expect(body.items.map((i) => i.stage).filter((s) => s === 'here')).toHaveLength(11);
    expect(body.items.map((i) => i.stage).filter((s) => s === 'after')).toHaveLength(5);
    expect(new Set(body.items.map((i) => i.id)).size).toBe(25);
    expect(body.thresholds.net).toEqual({ green: 10, red: -10 });
  });

  it('reads the user share of information segments (brand texts included): 3 of 4, green', () => {
    const [f] = item('b2-user-information').evidence;
    expect(f).toMatchObject({ kind: 'voice_share', value: 0.75, low: 0.3006, high: 0.9544, n: 4, low_n: false, status: 'green' });
    expect(item('b2-user-information').status).toBe('green');
  });

  it('reads internationals\' net on housing (−40, red) and the housing survey item (0.6, green): the item is red', () => {
    const [net, survey] = item('b4-housing-before').evidence;
    expect(net).toMatchObject({ kind: 'net', value: -40, low: -93.8, high: 36.7, n: 5, status: 'red' });
    expect(survey).toMatchObject({ kind: 'survey', value: 0.6, low: 0.2307, high: 0.8824, n: 5, status: 'green' });
    expect(item('b4-housing-before').status).toBe('red');
    expect(item('h9-housing-here').status).toBe('red');
  });

  it('reads the recommend item as an NPS (+40, green) rated like a net', () => {
    const [, nps] = item('a4-recommend').evidence;
    expect(nps).toMatchObject({ kind: 'nps', value: 40, low: -36.7, high: 93.8, n: 5, low_n: false, status: 'green' });
    expect(nps.quotes).toBe('/api/quotes?city=Checkville&item=82');
  });

  it('rates net 0 on bureaucracy amber', () => {
    expect(item('b3-visas-permits').evidence[0]).toMatchObject({ value: 0, low: -68.6, high: 68.6, n: 5, status: 'amber' });
    expect(item('b3-visas-permits').status).toBe('amber');
  });

  it('counts a segment about family and work once; partners under min n are no data, so partner support is green', () => {
    const [all, partners] = item('h3-partner-support').evidence;
    expect(all).toMatchObject({ value: 50, low: -42.1, high: 100, n: 4, status: 'green' });
    expect(partners).toMatchObject({ value: 33.3, n: 3, low_n: true, status: 'no_data' });
    expect(item('h3-partner-support').status).toBe('green');
  });

  it('says no data under min n, and for items with no evidence at all', () => {
    expect(item('h2-language-courses')).toMatchObject({ status: 'no_data', evidence_status: 'no_data', assessment: null });
    expect(item('h2-language-courses').evidence[0].n).toBe(2);
    expect(item('b1-one-portal').evidence[0]).toMatchObject({ value: 0, n: 3, status: 'no_data' });
    expect(item('h7-no-discrimination').evidence[0]).toMatchObject({ value: null, n: 0, status: 'no_data', quotes: null });
  });

  it('links each figure to its quotes, whose count is the figure\'s n', async () => {
    const [, partners] = item('h3-partner-support').evidence;
    const q: QuotesResponse = await (await app.request(`${partners.quotes!}&limit=50`)).json();
    expect(q.total).toBe(3);
    const share = item('b2-user-information').evidence[0];
    const s: QuotesResponse = await (await app.request(`${share.quotes!}&limit=50`)).json();
    expect(s.total).toBe(3);
  });

  it('answers 400 naming city when it is missing, and 404 for an unknown city', async () => {
    const res = await app.request('/api/checklist');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('city');
    expect((await app.request('/api/checklist?city=Atlantis')).status).toBe(404);
  });
});

describe('PUT /api/checklist/:item: the analyst\'s assessment, audited', () => {
  let app: App;
  let store: Store;
  let analyst: Login;
  let viewer: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    await loadCheckville(store);
    analyst = await loginAs(app, store, 'ana', 'analyst');
    viewer = await loginAs(app, store, 'vic', 'viewer');
  });
  afterAll(() => store.close());
  const put = (who: Login, path: string, body: unknown) =>
    app.request(path, { method: 'PUT', headers: { ...as(who), 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('stores the override and note, shows it as the status, and writes the audit log', async () => {
    const res = await put(analyst, '/api/checklist/h2-language-courses?city=Checkville', { status: 'amber', note: 'Courses exist, waiting lists long' });
    expect(res.status).toBe(200);
    const one: ChecklistItem = await res.json();
    expect(one).toMatchObject({ id: 'h2-language-courses', status: 'amber', evidence_status: 'no_data' });
    expect(one.assessment).toMatchObject({ status: 'amber', note: 'Courses exist, waiting lists long', edited_by: 'ana' });
    const got: ChecklistResponse = await (await app.request('/api/checklist?city=Checkville&minN=4', { headers: as(viewer) })).json();
    expect(got.items.find((i) => i.id === 'h2-language-courses')!.assessment!.note).toBe('Courses exist, waiting lists long');
    const audit = await store.all<{ actor: string; action: string; target: string; detail: string }>(
      `select actor, action, target, detail::VARCHAR as detail from audit_log where action = 'checklist.assess'`);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'ana', target: 'Checkville: h2-language-courses' });
    expect(JSON.parse(audit[0].detail)).toEqual({ city: 'Checkville', item: 'h2-language-courses', from: null, to: { status: 'amber', note: 'Courses exist, waiting lists long' } });
  });

  it('clears the override with status null (the evidence\'s status again) and audits the previous value', async () => {
    const res = await put(analyst, '/api/checklist/h2-language-courses?city=Checkville', { status: null, note: 'see the evidence' });
    expect((await res.json()).status).toBe('no_data');
    const audit = await store.all<{ detail: string }>(`select detail::VARCHAR as detail from audit_log where action = 'checklist.assess' order by happened_at`);
    expect(JSON.parse(audit[1].detail).from).toEqual({ status: 'amber', note: 'Courses exist, waiting lists long' });
  });

  it('refuses a viewer (403), a bad status (400), an unknown item (404) and a missing city (400)', async () => {
    expect((await put(viewer, '/api/checklist/h2-language-courses?city=Checkville', { status: 'green', note: '' })).status).toBe(403);
    const bad = await put(analyst, '/api/checklist/h2-language-courses?city=Checkville', { status: 'purple', note: '' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('status');
    expect((await put(analyst, '/api/checklist/z9?city=Checkville', { status: 'green', note: '' })).status).toBe(404);
    const noCity = await put(analyst, '/api/checklist/h2-language-courses', { status: 'green', note: '' });
    expect(noCity.status).toBe(400);
    expect(JSON.stringify(await noCity.json())).toContain('city');
  });
});
