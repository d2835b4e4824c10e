import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccount } from '../../../server/auth/accounts.ts';
import { createApiToken } from '../../../server/auth/tokens.ts';
import type { Store } from '../../../data/db/store.ts';
import { as, loginAs, PASSWORD, trustApp, type App } from '../../trust/trust-app.ts';

describe('a password change through the API', () => {
  let app: App;
  let store: Store;
  beforeAll(async () => ({ app, store } = await trustApp()));
  afterAll(() => store.close());

  it('ends the account\'s other sessions, keeps the one that changed it, and keeps its API tokens', async () => {
    const a = await loginAs(app, store, 'pat', 'analyst');
    const bRes = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'pat', password: PASSWORD }) });
    const b = { name: 'pat', cookie: (bRes.headers.get('set-cookie') ?? '').split(';')[0], csrf: ((await bRes.json()) as { csrfToken: string }).csrfToken };
    const { token } = await createApiToken(store, (await findAccount(store, 'pat'))!.id, 'nightly export');
    expect((await app.request('/api/cities', { headers: as(b) })).status).toBe(200);

    const change = await app.request('/api/auth/password', {
      method: 'POST', headers: { ...as(a), 'content-type': 'application/json' },
      body: JSON.stringify({ current: PASSWORD, next: 'a much longer new passphrase' }),
    });
    expect(change.status).toBe(200);
    expect(await change.json()).toEqual({ ok: true, sessionsEnded: 1 });

    expect((await app.request('/api/cities', { headers: as(b) })).status).toBe(401);
    expect((await app.request('/api/cities', { headers: as(a) })).status).toBe(200);
    expect((await app.request('/api/cities', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});
