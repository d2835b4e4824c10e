/** A writable app with real auth for the trust tests: accounts, logins and request helpers. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import type { Role } from '../../server/auth/roles.ts';
import type { TrustSettings } from '../../server/auth/mount.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { createJobs, type Jobs } from '../../server/jobs.ts';

export type App = ReturnType<typeof createApp>;
export type Login = { name: string; cookie: string; csrf: string };

/** The password every test account gets. */
export const PASSWORD = 'correct horse battery';

/** An app over `path` (default in-memory) with auth required and upload jobs running. */
export async function trustApp(opts: { path?: string; settings?: Partial<TrustSettings> } = {}): Promise<{ app: App; store: Store; jobs: Jobs }> {
  const store = await openStore(opts.path ?? ':memory:');
  const jobs = await createJobs(store);
  // backups land in a temp folder unless a test names one (the access test calls every route)
  const settings = { backupDir: mkdtempSync(join(tmpdir(), 'brandgap-test-backups-')), ...opts.settings };
  const app = createApp({ store, version: 'test', demo: false, minN: 30, jobs, settings });
  return { app, store, jobs };
}

/** Creates an account and logs it in through the API. */
export async function loginAs(app: App, store: Store, name: string, role: Role): Promise<Login> {
  await createAccount(store, name, role, PASSWORD);
  const res = await app.request('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login of ${name} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const body = (await res.json()) as { csrfToken: string };
  return { name, cookie, csrf: body.csrfToken };
}

/** Headers of a logged-in browser request (with the CSRF token for state changes). */
export function as(login: Login, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie: login.cookie, 'x-csrf-token': login.csrf, ...extra };
}
