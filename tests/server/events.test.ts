import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityEvent, EventImpactResponse, EventsResponse } from '../../data/types.ts';
import { listAudit } from '../../server/auth/audit.ts';
import type { createApp } from '../../server/app.ts';
import type { Store } from '../../data/db/store.ts';
import { loadEventon } from '../helpers/eventon.ts';
import { knownApp } from '../helpers/known-dataset.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

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
