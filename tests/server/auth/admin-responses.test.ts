import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../data/db/store.ts';
import { as, loginAs, trustApp, type App, type Login } from '../../trust/trust-app.ts';

describe('account responses of /api/admin/users never carry the password hash', () => {
  let app: App;
  let store: Store;
  let admin: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    admin = await loginAs(app, store, 'boss', 'admin');
  });
  afterAll(() => store.close());
  const send = (method: string, path: string, body: unknown) =>
    app.request(path, { method, headers: { ...as(admin), 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers POST and PATCH with the account\'s id, name, role, creation time and state only', async () => {
    const created = await send('POST', '/api/admin/users', { name: 'hashless', role: 'viewer', password: 'long enough passphrase' });
    expect(created.status).toBe(201);
    const text = await created.text();
    expect(text).not.toMatch(/scrypt|passwordHash|password_hash/);
    expect(Object.keys(JSON.parse(text).user).sort()).toEqual(['createdAt', 'disabled', 'id', 'name', 'role']);

    for (const change of [{ role: 'analyst' }, { password: 'another long passphrase' }, { disabled: true }]) {
      const res = await send('PATCH', '/api/admin/users/hashless', change);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).not.toMatch(/scrypt|passwordHash|password_hash/);
      expect(Object.keys(JSON.parse(body).user).sort()).toEqual(['createdAt', 'disabled', 'id', 'name', 'role']);
    }
  });
});
