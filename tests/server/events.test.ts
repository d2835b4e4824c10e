import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityEvent, EventImpactResponse, EventsResponse } from '../../data/types.ts';
import { listAudit } from '../../server/auth/audit.ts';
import type { createApp } from '../../server/app.ts';
import type { Store } from '../../server/db/store.ts';
import { knownApp, listMatches } from '../helpers/known-dataset.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

/**
 * "Eventon", one resident survey answer per segment, an event on 2026-03-01. With window = 30 the
 * before window is [2026-01-30, 2026-03-01) and the after window [2026-03-01, 2026-03-31).
 *   before: 1–8 housing +, 9 culture_events − (2026-02-10), 10 culture_events − (2026-01-30, first day in)
 *   after:  11–18 housing − (11 on the event day itself), 19–24 culture_events +
 *   outside 30 days, inside 90: 31 housing − (2026-01-29), 32 culture_events + (2026-03-31)
 * On paper (Bonett–Price, p̃ = (pos+1)/(n+2), q̃ = (neg+1)/(n+2), hw = 196·√((p̃+q̃−(p̃−q̃)²)/(n+2))):
 *   before 8+ 2− of 10: N = 60.0; centre 50, hw = 196·√(0.75/12) = 49.0 → 1.0 to 99.0
 *   after  6+ 8− of 14: N = −14.3; centre −12.5, hw = 196·√(0.984375/16) = 48.616 → −61.1 to 36.1
 *   change −14.29 − 60 = −74.3; centre −62.5, hw = √(49.0² + 48.616²) = 69.025 → −131.5 to 6.5 (holds 0)
 *   housing only: 8+ of 8 → 100.0 (42.8 to 100), 8− of 8 → −100.0 (−100 to −42.8);
 *   change −200.0, centre −160, hw = √2·37.188 = 52.59 → −200 (clamped from −212.6) to −107.4: excludes 0
 *   window 90: before 8+ 3− of 11 → 45.5, after 7+ 8− of 15 → −6.7
 */
async function loadEventon(store: Store): Promise<void> {
  const segs: [number, string, string, string][] = [
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((i): [number, string, string, string] => [i, `2026-02-0${i}`, 'positive', 'housing']),
    [9, '2026-02-10', 'negative', 'culture_events'], [10, '2026-01-30', 'negative', 'culture_events'],
    ...[11, 12, 13, 14, 15, 16, 17, 18].map((i): [number, string, string, string] => [i, `2026-03-${String(i - 10).padStart(2, '0')}`, 'negative', 'housing']),
    ...[19, 20, 21, 22, 23, 24].map((i): [number, string, string, string] => [i, `2026-03-${i}`, 'positive', 'culture_events']),
    [31, '2026-01-29', 'negative', 'housing'], [32, '2026-03-31', 'positive', 'culture_events'],
  ];
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (1, 'Eventon'), (2, 'Othertown')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (1, 1, 'survey', 'qualtrics-csv', 's.csv', 'h1')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values
      ${segs.map(([id, date]) => `(${id}, 1, 1, 'survey', 'k${id}', 'resident', '${date}', 'en', 'd${id}')`).join(',\n')}`);
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label) values
      ${segs.map(([id, date, label]) => `(${id}, ${id}, 1, 'survey', 'resident', '${date}', 0, 0, 1, 'segment ${id}', false, 'en', ${label === 'positive' ? 0.5 : -0.5}, '${label}')`).join(',\n')}`);
    await c.run(`insert into segment_themes (segment_id, theme, term, start_offset, end_offset) values ${segs.map(([id, , , theme]) => `(${id}, '${theme}', 'w', 0, 1)`).join(', ')}`);
    await listMatches(c);
  });
}

describe('an event\'s before/after comparison, computed on paper, through the HTTP API', () => {
  let app: ReturnType<typeof createApp>;
  let store: Store;
  let event: CityEvent;
  beforeAll(async () => {
    ({ app, store } = await knownApp(loadEventon));
    const res = await app.request('/api/events?city=Eventon', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2026-03-01', title: 'Housing campaign launch', note: 'posters in the station' }),
    });
    expect(res.status).toBe(201);
    event = await res.json() as CityEvent;
  });
  afterAll(() => store.close());
  const impact = async (query: string) => {
    const res = await app.request(`/api/events/${event.id}/impact?city=Eventon&${query}`);
    expect(res.status).toBe(200);
    return res.json() as Promise<EventImpactResponse>;
  };

  it('lists the city\'s events with their date, title and note', async () => {
    const body = await (await app.request('/api/events?city=Eventon')).json() as EventsResponse;
    expect(body.events).toEqual([{ id: event.id, city: 'Eventon', date: '2026-03-01', title: 'Housing campaign launch', note: 'posters in the station', created_by: 'anonymous' }]);
  });

  it('gives n and net with its interval for the 30 days before and after, and a change interval that holds 0', async () => {
    const d = await impact('window=30');
    expect(d.before).toMatchObject({ from: '2026-01-30', to: '2026-03-01', n: 10, scored: 10, net: 60, low: 1, high: 99, low_n: true });
    expect(d.after).toMatchObject({ from: '2026-03-01', to: '2026-03-31', n: 14, scored: 14, net: -14.3, low: -61.1, high: 36.1 });
    expect(d.change).toEqual({ net: -74.3, low: -131.5, high: 6.5, excludes_zero: false });
    expect(d.before.quotes).toBe('/api/quotes?city=Eventon&from=2026-01-30&to=2026-03-01');
  });

  it('compares one theme and marks a change whose interval excludes 0', async () => {
    const d = await impact('window=30&theme=housing');
    expect(d.before).toMatchObject({ n: 8, net: 100, low: 42.8, high: 100 });
    expect(d.after).toMatchObject({ n: 8, net: -100, low: -100, high: -42.8 });
    expect(d.change).toEqual({ net: -200, low: -200, high: -107.4, excludes_zero: true });
    expect(d.after.quotes).toBe('/api/quotes?city=Eventon&from=2026-03-01&to=2026-03-31&theme=housing');
    const quotes = await (await app.request(d.after.quotes)).json() as { total?: number; quotes: unknown[] };
    expect(quotes.quotes.length).toBe(8);
  });

  it('takes 90 days each side by default', async () => {
    const d = await impact('');
    expect(d.window).toBe(90);
    expect(d.before).toMatchObject({ from: '2025-12-01', n: 11, net: 45.5 });
    expect(d.after).toMatchObject({ to: '2026-05-30', n: 15, net: -6.7 });
  });

  it('gives empty windows, not zeros, for a group with no segments', async () => {
    const d = await impact('group=international');
    expect(d.before).toMatchObject({ n: 0, net: null, low: null, high: null, low_n: true });
    expect(d.change).toEqual({ net: null, low: null, high: null, excludes_zero: false });
  });

  it('answers 400 naming the parameter, and 404 for an event of another city', async () => {
    for (const [q, param] of [['window=0', 'window'], ['window=x', 'window'], ['theme=nope', 'theme'], ['group=aliens', 'group']]) {
      const res = await app.request(`/api/events/${event.id}/impact?city=Eventon&${q}`);
      expect(res.status).toBe(400);
      expect((await res.json() as { error: { message: string } }).error.message).toContain(`"${param}"`);
    }
    expect((await app.request('/api/events/abc/impact?city=Eventon')).status).toBe(400);
    expect((await app.request(`/api/events/${event.id}/impact?city=Othertown`)).status).toBe(404);
  });
});

describe('events: analysts write, viewers read, every change in the audit log', () => {
  let app: App;
  let store: Store;
  let viewer: Login;
  let analyst: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    await loadEventon(store);
    viewer = await loginAs(app, store, 'vera', 'viewer');
    analyst = await loginAs(app, store, 'anna', 'analyst');
  });
  afterAll(() => store.close());
  const post = (login: Login, body: unknown, city = 'Eventon') => app.request(`/api/events?city=${city}`, {
    method: 'POST', headers: as(login, { 'content-type': 'application/json' }), body: JSON.stringify(body),
  });

  it('lets an analyst add and delete an event, and audits both', async () => {
    const res = await post(analyst, { date: '2026-05-04', title: 'Rent cap' });
    expect(res.status).toBe(201);
    const e = await res.json() as CityEvent;
    expect(e).toMatchObject({ city: 'Eventon', date: '2026-05-04', title: 'Rent cap', note: null, created_by: 'anna' });
    const list = await (await app.request('/api/events?city=Eventon', { headers: as(viewer) })).json() as EventsResponse;
    expect(list.events.map((x) => x.title)).toEqual(['Rent cap']);
    expect((await app.request(`/api/events/${e.id}`, { method: 'DELETE', headers: as(viewer) })).status).toBe(403);
    const del = await app.request(`/api/events/${e.id}`, { method: 'DELETE', headers: as(analyst) });
    expect(del.status).toBe(200);
    expect((await app.request(`/api/events/${e.id}`, { method: 'DELETE', headers: as(analyst) })).status).toBe(404);
    const log = await listAudit(store, { limit: 10, actor: 'anna' });
    const mine = log.filter((r) => r.action.startsWith('event.'));
    expect(mine.map((r) => [r.action, r.target])).toEqual([['event.delete', `event ${e.id}`], ['event.create', `event ${e.id}`]]);
    expect(mine[1].detail).toEqual({ city: 'Eventon', date: '2026-05-04', title: 'Rent cap', note: null });
    const after = await (await app.request('/api/events?city=Eventon', { headers: as(viewer) })).json() as EventsResponse;
    expect(after.events).toEqual([]);
  });

  it('refuses a viewer\'s event (403) and stores nothing', async () => {
    expect((await post(viewer, { date: '2026-05-04', title: 'Rent cap' })).status).toBe(403);
    const list = await (await app.request('/api/events?city=Eventon', { headers: as(viewer) })).json() as EventsResponse;
    expect(list.events).toEqual([]);
  });

  it('answers 400 naming the parameter for a bad event, and 404 for an unknown city', async () => {
    const cases: [unknown, string][] = [
      [{ date: '2026-13-45', title: 'x' }, 'date'], [{ date: '04/05/2026', title: 'x' }, 'date'],
      [{ date: '2026-05-04' }, 'title'], [{ date: '2026-05-04', title: '  ' }, 'title'],
      [{ date: '2026-05-04', title: 'x', colour: 'red' }, 'body'], ['not an object', 'body'],
    ];
    const audited = (await listAudit(store, { limit: 50, action: 'event.create' })).length;
    for (const [body, param] of cases) {
      const res = await post(analyst, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json() as { error: { message: string } }).error.message).toContain(`"${param}"`);
    }
    const noCity = await app.request('/api/events', { headers: as(viewer) });
    expect(noCity.status).toBe(400);
    expect((await noCity.json() as { error: { message: string } }).error.message).toContain('"city"');
    expect((await post(analyst, { date: '2026-05-04', title: 'x' }, 'Atlantis')).status).toBe(404);
    expect((await app.request('/api/events/x', { method: 'DELETE', headers: as(analyst) })).status).toBe(400);
    expect((await listAudit(store, { limit: 50, action: 'event.create' })).length).toBe(audited);
  });
});
