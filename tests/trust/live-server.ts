/**
 * `npm start` as a child process over a fresh database with one account: what the hostile-upload
 * test sends files to, while it watches the process's health and memory from outside.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createAccount } from '../../server/auth/accounts.ts';
import type { Role } from '../../server/auth/roles.ts';
import { openStore } from '../../data/db/store.ts';

const ROOT = join(import.meta.dirname, '../..');
export const LIVE_PASSWORD = 'correct horse battery staple';

export type LiveServer = { url: string; pid: number; child: ChildProcess; output: () => string; stop(): Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts server/main.ts in `dir` with `env` added; resolves once it listens. */
export async function startLiveServer(dir: string, accounts: Record<string, Role>, env: Record<string, string>): Promise<LiveServer> {
  const db = join(dir, 'live.duckdb');
  const store = await openStore(db);
  for (const [name, role] of Object.entries(accounts)) await createAccount(store, name, role, LIVE_PASSWORD);
  store.close();
  // a stand-in web build, so the server does not build the web app first
  const web = join(dir, 'web');
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>brandgap</title>');
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), BRANDGAP_DB: db, BRANDGAP_WEB_DIST: web, BRANDGAP_UPLOAD_DIR: dir, ...env },
  });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => { if (out.includes(`:${port}`)) { clearInterval(check); resolve(); } }, 50);
    child.on('exit', (code) => { clearInterval(check); reject(new Error(`server exited (${code}): ${out}`)); });
  });
  return {
    url: `http://127.0.0.1:${port}`, pid: child.pid!, child, output: () => out,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) { resolve(); return; }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** The resident set size of a process in MB, from /proc. */
export function rssMb(pid: number): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) / 1024 : 0;
}

/** Logs in over HTTP; the cookie and CSRF token of the session. */
export async function liveLogin(url: string, name: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password: LIVE_PASSWORD }) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}
