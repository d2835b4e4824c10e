import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, setDisabled, findAccount } from '../../../server/auth/accounts.ts';
import type { Store } from '../../../data/db/store.ts';
import { as, loginAs, PASSWORD, trustApp, type App } from '../../trust/trust-app.ts';

const json = { 'content-type': 'application/json' };
const login = (app: App, name: string, password: string, headers: Record<string, string> = {}, url = '/api/auth/login') =>
  app.request(url, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ name, password }) });

describe('login, sessions and logout', () => {
  let app: App;
  let store: Store;
  beforeAll(async () => ({ app, store } = await trustApp({ settings: { loginAttempts: 3 } })));
  afterAll(() => store.close());

  it('stores an scrypt hash, never the password', async () => {
    await createAccount(store, 'hashcheck', 'viewer', PASSWORD);
    const a = await findAccount(store, 'hashcheck');
    expect(a!.passwordHash).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(a!.passwordHash).not.toContain(PASSWORD);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie with an expiry, Secure only over HTTPS', async () => {
    await createAccount(store, 'carla', 'analyst', PASSWORD);
    const res = await login(app, 'carla', PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^bg_session=bgs_[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Max-Age=43200');
    expect(cookie).not.toContain('Secure');
    const body = await res.json();
    expect(body).toMatchObject({ user: { name: 'carla', role: 'analyst' }, csrfHeader: 'x-csrf-token' });
    const secure = await login(app, 'carla', PASSWORD, {}, 'https://dash.example/api/auth/login');
    expect(secure.headers.get('set-cookie')).toContain('Secure');
  });

  it('GET /api/auth/me returns the user, role and CSRF token of the session', async () => {
    const s = await loginAs(app, store, 'mia', 'viewer');
    const res = await app.request('/api/auth/me', { headers: { cookie: s.cookie } });
    expect(await res.json()).toEqual({ demo: false, user: { name: 'mia', role: 'viewer' }, via: 'session', csrfToken: s.csrf, csrfHeader: 'x-csrf-token' });
    expect((await app.request('/api/auth/me')).status).toBe(401);
  });

  it('logout needs the CSRF token and revokes the session on the server', async () => {
    const s = await loginAs(app, store, 'leo', 'viewer');
    expect((await app.request('/api/auth/logout', { method: 'POST', headers: { cookie: s.cookie } })).status).toBe(403);
    const out = await app.request('/api/auth/logout', { method: 'POST', headers: as(s) });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/bg_session=;.*Max-Age=0/);
    // the old cookie, replayed, no longer works
    expect((await app.request('/api/cities', { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it('refuses an expired session', async () => {
    const s = await loginAs(app, store, 'old', 'viewer');
    expect((await app.request('/api/cities', { headers: { cookie: s.cookie } })).status).toBe(200);
    await store.withConnection((c) => c.run(`update sessions set expires_at = now()::TIMESTAMP - interval 1 minute where user_id = (select id from users where name = 'old')`));
    expect((await app.request('/api/cities', { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it('refuses a disabled account, at login and for its open sessions', async () => {
    const s = await loginAs(app, store, 'gone', 'viewer');
    await setDisabled(store, (await findAccount(store, 'gone'))!.id, true);
    expect((await app.request('/api/cities', { headers: { cookie: s.cookie } })).status).toBe(401);
    expect((await login(app, 'gone', PASSWORD)).status).toBe(401);
  });

  it('rate-limits failed logins per account name: after 3 failures even the right password waits', async () => {
    await createAccount(store, 'target', 'viewer', PASSWORD);
    for (let i = 0; i < 3; i++) expect((await login(app, 'target', `wrong-${i}-password`)).status).toBe(401);
    const blocked = await login(app, 'target', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers an unknown name and a wrong password alike', async () => {
    const a = await login(app, 'nobody-here', 'whatever-password', { 'x-forwarded-for': '1' });
    expect(a.status).toBe(401);
    expect((await a.json()).error).toEqual({ code: 'bad_credentials', message: 'wrong name or password' });
  });

  it('refuses a login posted from another site or as a form', async () => {
    await createAccount(store, 'csrf', 'viewer', PASSWORD);
    expect((await login(app, 'csrf', PASSWORD, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await login(app, 'csrf', PASSWORD, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const form = await app.request('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `name=csrf&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(form.status).toBe(415);
    expect((await login(app, 'csrf', PASSWORD, { origin: 'http://localhost' })).status).toBe(200);
  });

  it('records logins and failed logins in the audit log', async () => {
    const rows = await store.all<{ actor: string; action: string }>(`select actor, action from audit_log where actor in ('carla', 'target') order by happened_at`);
    expect(rows).toEqual(expect.arrayContaining([{ actor: 'carla', action: 'login' }, { actor: 'target', action: 'login.failed' }]));
  });
});
