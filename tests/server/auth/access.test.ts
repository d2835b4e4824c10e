import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccount } from '../../../server/auth/accounts.ts';
import { createApiToken } from '../../../server/auth/tokens.ts';
import type { Store } from '../../../data/db/store.ts';
import { loadKnownDataset } from '../../helpers/known-dataset.ts';
import { as, loginAs, trustApp, type App, type Login } from '../../trust/trust-app.ts';

type Need = 'public' | 'viewer' | 'analyst' | 'admin';

// Written out here rather than read from server/auth/policy.ts, so the test checks the policy.
function expectedRole(method: string, path: string): Need {
  if (method === 'GET' && path === '/api/health') return 'public';
  if (method === 'POST' && path === '/api/auth/login') return 'public';
  if (path.startsWith('/api/admin/')) return 'admin';
  if (path.startsWith('/api/auth/')) return 'viewer';
  if (path.startsWith('/api/uploads')) return 'analyst';
  return method === 'GET' ? 'viewer' : 'analyst';
}

const fill = (path: string) => path
  .replace(':city', 'Testville').replace(':name', 'nobody').replace(':key', 'p_nobody')
  .replace('/uploads/:id', '/uploads/00000000-0000-4000-8000-000000000000').replace(':id', '999');

describe('every route needs a session of the right role', () => {
  let app: App;
  let store: Store;
  let routes: { method: string; path: string; need: Need }[];
  const logins: Partial<Record<'viewer' | 'analyst' | 'admin', Login>> = {};
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    await loadKnownDataset(store);
    for (const role of ['viewer', 'analyst', 'admin'] as const) logins[role] = await loginAs(app, store, `the-${role}`, role);
    routes = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => ({ method: r.method, path: fill(r.path), need: expectedRole(r.method, r.path) }));
  });
  afterAll(() => store.close());

  const call = (method: string, path: string, headers: Record<string, string> = {}) =>
    app.request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: method === 'GET' ? undefined : '{}' });

  it('covers the routes of every module (auth, admin, uploads, sources and the figures)', () => {
    const paths = new Set(routes.map((r) => r.path));
    for (const p of ['/api/cities', '/api/themes', '/api/export', '/api/uploads', '/api/sources', '/api/admin/users', '/api/auth/me']) expect(paths).toContain(p);
    expect(routes.length).toBeGreaterThanOrEqual(25);
  });

  it('answers 401 to every non-public route without a session, including unknown ones', async () => {
    for (const r of [...routes, { method: 'GET', path: '/api/no-such-route', need: 'viewer' as Need }]) {
      const res = await call(r.method, r.path);
      if (r.need === 'public') expect(res.status, `${r.method} ${r.path}`).not.toBe(401);
      else {
        expect(res.status, `${r.method} ${r.path}`).toBe(401);
        expect((await res.json()).error.code).toBe('unauthenticated');
      }
    }
  });

  it('answers 401 to a forged, malformed or unknown credential', async () => {
    expect((await call('GET', '/api/cities', { cookie: 'bg_session=bgs_forged' })).status).toBe(401);
    expect((await call('GET', '/api/cities', { authorization: 'Bearer bgt_forged' })).status).toBe(401);
    expect((await call('GET', '/api/cities', { authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
  });

  it('answers 403 to a role too weak for the route, and lets a strong enough one through', async () => {
    const rank: Need[] = ['public', 'viewer', 'analyst', 'admin'];
    for (const role of ['viewer', 'analyst', 'admin'] as const) {
      for (const r of routes) {
        if (r.method === 'POST' && r.path === '/api/auth/logout') continue; // would end the session under test
        const res = await call(r.method, r.path, as(logins[role]!));
        const allowed = rank.indexOf(role) >= rank.indexOf(r.need);
        if (allowed) expect([401, 403], `${role} ${r.method} ${r.path} → ${res.status}`).not.toContain(res.status);
        else {
          expect(res.status, `${role} ${r.method} ${r.path}`).toBe(403);
          expect((await res.json()).error.code).toBe('forbidden');
        }
      }
    }
  });

  it('cannot dodge the admin check with doubled slashes', async () => {
    const res = await call('GET', '//api//admin/users', as(logins.viewer!));
    expect([403, 404]).toContain(res.status);
  });

  it('accepts a Bearer API token with its account\'s role, without a CSRF token', async () => {
    const viewer = await findAccount(store, 'the-viewer');
    const analyst = await findAccount(store, 'the-analyst');
    const vt = (await createApiToken(store, viewer!.id, 'script')).token;
    const at = (await createApiToken(store, analyst!.id, 'script')).token;
    expect((await call('GET', '/api/cities', { authorization: `Bearer ${vt}` })).status).toBe(200);
    expect((await call('DELETE', '/api/sources/999', { authorization: `Bearer ${vt}` })).status).toBe(403);
    expect((await call('DELETE', '/api/sources/999', { authorization: `Bearer ${at}` })).status).toBe(404);
    const stored = await store.all<{ n: number }>(`select count(*)::INTEGER as n from api_tokens where token_hash = $t or token_hash like 'bgt_%'`, { t: at });
    expect(stored[0].n).toBe(0);
  });
});

describe('CSRF: a state change with a session cookie needs the token and a same-site origin', () => {
  let app: App;
  let store: Store;
  let analyst: Login;
  let changing: { method: string; path: string }[];
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    await loadKnownDataset(store);
    analyst = await loginAs(app, store, 'ann', 'admin');
    changing = app.routes
      .filter((r) => !['ALL', 'GET'].includes(r.method) && r.path.startsWith('/api/') && r.path !== '/api/auth/login')
      .map((r) => ({ method: r.method, path: fill(r.path) }));
  });
  afterAll(() => store.close());
  const send = (method: string, path: string, headers: Record<string, string>) =>
    app.request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: '[]' });

  it('refuses every state-changing route without the CSRF header, with a wrong one, or from another site', async () => {
    expect(changing.length).toBeGreaterThanOrEqual(9);
    for (const r of changing) {
      for (const headers of <Record<string, string>[]>[
        { cookie: analyst.cookie },
        { cookie: analyst.cookie, 'x-csrf-token': 'x'.repeat(analyst.csrf.length) },
        { ...as(analyst), origin: 'https://evil.example' },
        { ...as(analyst), 'sec-fetch-site': 'cross-site' },
      ]) {
        const res = await send(r.method, r.path, headers);
        expect(res.status, `${r.method} ${r.path}`).toBe(403);
        expect((await res.json()).error.code).toBe('csrf');
      }
    }
  });

  it('lets the same request through with the token from the same origin', async () => {
    const res = await send('PUT', '/api/cities/Testville/values', { ...as(analyst), origin: 'http://localhost' });
    expect(res.status).toBe(200);
    // the one state change that got through is audited under who made it
    const audit = await store.all<{ actor: string }>(`select actor from audit_log where action not like 'login%'`);
    expect(audit).toEqual([{ actor: 'ann' }]);
  });
});
