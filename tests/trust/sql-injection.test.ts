import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { createJobs } from '../../server/jobs.ts';
import { loadKnownDataset, loadKnownSurvey, loadKnownTrend } from '../helpers/known-dataset.ts';

const PAYLOADS = [
  "' OR '1'='1",
  "Testville' --",
  "'; DROP TABLE documents; --",
  '1 UNION SELECT password_hash, name FROM users --',
  '$city',
  '\\\'); select 1; --',
  '1e309',
  '\u0000',
  'x'.repeat(3000),
];

// The query parameters each route reads (routes not named here read the shared filters).
const FILTERS = ['city', 'group', 'source', 'from', 'to', 'lang', 'theme', 'value', 'role', 'origin', 'age', 'minN'];
const PARAMS: Record<string, string[]> = {
  '/api/quotes': [...FILTERS, 'label', 'q', 'sort', 'limit', 'cursor', 'stimulus', 'authenticity', 'word'],
  '/api/terms/series': [...FILTERS, 'terms', 'interval'],
  '/api/trend': [...FILTERS, 'interval', 'k', 'baseline'],
  '/api/compare': ['cities', 'preset', 'group', 'source', 'from', 'to', 'minN'],
  '/api/export': [...FILTERS, 'view', 'format'],
  '/api/sources': ['city'],
  '/api/admin/audit': ['limit', 'before', 'action', 'actor'],
  '/api/uploads': ['limit'],
  '/api/cities': ['city'],
  '/api/health': ['city'],
};
const BASE: Record<string, string> = { city: 'Testville', cities: 'Testville,Trendton', view: 'themes', terms: 'multicultural' };

describe('SQL injection strings in every query parameter and path segment', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let counts: string;
  const tableCounts = async () => JSON.stringify(await store.all(
    `select (select count(*) from documents)::INTEGER as d, (select count(*) from segments)::INTEGER as s, (select count(*) from cities)::INTEGER as c`,
  ));
  beforeAll(async () => {
    store = await openStore(':memory:');
    await loadKnownDataset(store);
    await loadKnownSurvey(store);
    await loadKnownTrend(store);
    // auth 'none' on a writable store acts as an admin, so admin routes are hammered too
    app = createApp({ store, version: 'test', demo: false, minN: 30, auth: 'none', jobs: await createJobs(store) });
    counts = await tableCounts();
  });
  afterAll(() => store.close());

  it('answers 400, 404 or an empty result, never a 500, for every GET route and parameter', async () => {
    const routes = app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/'));
    expect(routes.length).toBeGreaterThanOrEqual(15);
    let requests = 0;
    for (const r of routes) {
      for (const payload of PAYLOADS) {
        // the payload in each path parameter
        if (r.path.includes(':')) {
          const path = r.path.replace(/:\w+/g, encodeURIComponent(payload));
          const res = await app.request(`${path}?city=Testville`);
          requests++;
          expect([200, 400, 404], `${path} → ${res.status}`).toContain(res.status);
        }
        for (const param of PARAMS[r.path] ?? FILTERS) {
          const q = new URLSearchParams({ ...BASE, [param]: payload });
          const res = await app.request(`${r.path.replace(/:\w+/g, 'Testville')}?${q}`);
          requests++;
          expect([200, 400, 404], `${r.path}?${param}=${payload.slice(0, 40)} → ${res.status}`).toContain(res.status);
        }
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(await tableCounts()).toBe(counts);
  }, 400_000);

  it('treats injection in free-text filters as text: no rows match', async () => {
    for (const param of ['q', 'role', 'origin', 'age']) {
      for (const payload of PAYLOADS.slice(0, 8)) {
        const res = await app.request(`/api/quotes?city=Testville&${param}=${encodeURIComponent(payload)}`);
        expect(res.status).toBe(200);
        expect((await res.json()).total, `${param}=${payload}`).toBe(0);
      }
    }
    const all = await (await app.request('/api/quotes?city=Testville')).json();
    expect(all.total).toBeGreaterThan(0); // the filters above are what emptied the results
  });
});
