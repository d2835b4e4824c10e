import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventImpactResponse, EventsResponse } from '../../data/types.ts';
import type { Store } from '../../data/db/store.ts';
import { demoApp } from '../helpers/demo-server.ts';

let app: Awaited<ReturnType<typeof demoApp>>['app'];
let store: Store;
beforeAll(async () => ({ app, store } = await demoApp()));
afterAll(() => store.close());

describe('the demo\'s dated event, through the HTTP API', () => {
  it('lists Havenstad\'s campaign launch and compares the 90 days each side, each window with its n and quotes', async () => {
    const list = await (await app.request('/api/events?city=Havenstad')).json() as EventsResponse;
    expect(list.events.map((e) => [e.date, e.title])).toEqual([['2025-12-01', 'Skyline campaign launch']]);
    const d = await (await app.request(`/api/events/${list.events[0].id}/impact?city=Havenstad`)).json() as EventImpactResponse;
    expect(d.before).toMatchObject({ from: '2025-09-02', to: '2025-12-01' });
    expect(d.after).toMatchObject({ from: '2025-12-01', to: '2026-03-01' });
    for (const w of [d.before, d.after]) {
      // a quarter of a city's two years of talk: well over the minimum n, with an interval holding the net
      expect(w.n).toBeGreaterThan(100);
      expect(w.low!).toBeLessThanOrEqual(w.net!);
      expect(w.high!).toBeGreaterThanOrEqual(w.net!);
      const quotes = await (await app.request(w.quotes)).json() as { total: number };
      expect(quotes.total).toBe(w.n);
    }
    expect(d.change.net).toBeCloseTo(d.after.net! - d.before.net!, 0);
  });

  it('refuses to add an event in the read-only demo', async () => {
    const res = await app.request('/api/events?city=Havenstad', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ date: '2026-01-01', title: 'x' }) });
    expect(res.status).toBe(403);
  });
});
