import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../server/auth/accounts.ts';
import type { Store } from '../../../data/db/store.ts';
import { PASSWORD, trustApp, type App } from '../../trust/trust-app.ts';

const login = (app: App, name: string, password: string, ip: string) => app.request('/api/auth/login', {
  method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify({ name, password }),
});

describe('the login limit under a burst of guesses sent at once', () => {
  let app: App;
  let store: Store;
  beforeAll(async () => {
    ({ app, store } = await trustApp({ settings: { loginAttempts: 5, trustProxy: true } }));
    await createAccount(store, 'target', 'analyst', PASSWORD);
  });
  afterAll(() => store.close());

  it('lets 5 of 30 simultaneous guesses for one account reach the password check; the right one at guess 25 is refused', async () => {
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 24 ? PASSWORD : `wrong guess ${i}`));
    const statuses = (await Promise.all(guesses.map((g, i) => login(app, 'target', g, `10.0.0.${i + 1}`)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    expect(statuses[24]).toBe(429);
  });

  it('lets 20 of 30 simultaneous guesses from one address reach the check, whatever names they try', async () => {
    const statuses = (await Promise.all(Array.from({ length: 30 }, (_, i) => login(app, `name${i}`, 'wrong password', '10.9.9.9')))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('gives a successful login its reserved attempt back', async () => {
    await createAccount(store, 'regular', 'viewer', PASSWORD);
    for (let i = 0; i < 6; i++) expect((await login(app, 'regular', PASSWORD, '10.1.1.1')).status).toBe(200);
    for (let i = 0; i < 19; i++) expect((await login(app, `typo${i}`, 'wrong password', '10.1.1.1')).status).toBe(401);
    expect((await login(app, 'regular', PASSWORD, '10.1.1.1')).status).toBe(200);
  });

  it('records a failed login under the account name, or "unknown" when no account has that name (it may be a password)', async () => {
    await login(app, 'target', 'wrong again', '10.2.2.2');
    await login(app, 'Tr0ub4dor&3-typed-in-the-name-field', 'x', '10.2.2.3');
    const rows = await store.all<{ actor: string }>(`select actor from audit_log where action = 'login.failed'`);
    const actors = new Set(rows.map((r) => r.actor));
    expect(actors.has('target')).toBe(true);
    expect(actors.has('unknown')).toBe(true);
    expect([...actors].filter((a) => a.startsWith('Tr0ub4dor') || a.startsWith('name') || a.startsWith('typo'))).toEqual([]);
  });
});
