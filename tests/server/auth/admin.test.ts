import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../../helpers/tmp.ts';
import type { Store } from '../../../data/db/store.ts';
import { as, loginAs, trustApp, type App, type Login } from '../../trust/trust-app.ts';

describe('account management by an admin (/api/admin)', () => {
  const tmp = tmpDir();
  const backups = join(tmp.dir, 'backups');
  let app: App;
  let store: Store;
  let admin: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp({ settings: { backupDir: backups } }));
    admin = await loginAs(app, store, 'boss', 'admin');
  });
  afterAll(() => { store.close(); tmp.cleanup(); });
  const send = (method: string, path: string, body?: unknown) =>
    app.request(path, { method, headers: { ...as(admin), 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const login = (name: string, password: string) => app.request('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }),
  });

  it('creates an account with a generated password that works once shown', async () => {
    const res = await send('POST', '/api/admin/users', { name: 'newbie', role: 'viewer' });
    expect(res.status).toBe(201);
    const { user, password } = await res.json();
    expect(user).toMatchObject({ name: 'newbie', role: 'viewer', disabled: false });
    expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
    expect((await login('newbie', password)).status).toBe(200);
    expect((await send('POST', '/api/admin/users', { name: 'newbie', role: 'viewer' })).status).toBe(409);
    expect((await send('POST', '/api/admin/users', { name: 'bad name!', role: 'viewer' })).status).toBe(409);
    expect((await send('POST', '/api/admin/users', { name: 'short', role: 'viewer', password: 'short' })).status).toBe(400);
    expect((await send('POST', '/api/admin/users', { name: 'x', role: 'root' })).status).toBe(400);
  });

  it('changing a role ends the account\'s sessions, so the new role applies at once', async () => {
    const s = await loginAs(app, store, 'promoted', 'viewer');
    expect((await send('PATCH', '/api/admin/users/promoted', { role: 'analyst' })).status).toBe(200);
    expect((await app.request('/api/cities', { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it('issues API tokens, lists them without the secret, and revokes them', async () => {
    const res = await send('POST', '/api/admin/users/newbie/tokens', { label: 'nightly export' });
    expect(res.status).toBe(201);
    const { token, id } = await res.json();
    expect((await app.request('/api/cities', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const list = await (await send('GET', '/api/admin/users/newbie/tokens')).json();
    expect(list.tokens).toEqual([expect.objectContaining({ id, label: 'nightly export', revoked: false })]);
    expect(JSON.stringify(list)).not.toContain(token);
    expect(await (await send('POST', '/api/admin/users/newbie/revoke')).json()).toEqual({ sessions: 1, tokens: 1 });
    expect((await app.request('/api/cities', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('will not demote or disable the last active admin', async () => {
    const res = await send('PATCH', '/api/admin/users/boss', { role: 'viewer' });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('last_admin');
    expect((await send('PATCH', '/api/admin/users/boss', { disabled: true })).status).toBe(409);
  });

  it('writes an online backup into the configured folder, never one the request names', async () => {
    const res = await send('POST', '/api/admin/backup', { dir: '/etc' });
    expect(res.status).toBe(201);
    const { dir, manifest } = await res.json();
    expect(dir.startsWith(backups)).toBe(true);
    const [{ n }] = await store.all<{ n: number }>(`select count(*)::INTEGER as n from users`);
    expect(manifest.tables.users).toBe(n);
    expect(n).toBe(3); // boss, newbie, promoted
    expect(readdirSync(dir)).toContain('brandgap-backup.json');
  });

  it('shows the audit log newest first, filterable by action and actor', async () => {
    const res = await send('GET', '/api/admin/audit?action=user.add');
    const { entries } = await res.json();
    expect(entries.map((e: { actor: string; target: string }) => [e.actor, e.target])).toEqual([['boss', 'newbie']]);
    expect(entries[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const mine = await (await send('GET', '/api/admin/audit?actor=boss&limit=50')).json();
    expect(mine.entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['login', 'user.add', 'user.change', 'token.add', 'user.revoke']));
    expect((await send('GET', '/api/admin/audit?before=yesterday')).status).toBe(400);
  });
});
