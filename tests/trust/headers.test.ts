import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { loadKnownDataset } from '../helpers/known-dataset.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { as, loginAs, type Login } from './trust-app.ts';

/** Sends a request line as written (no URL normalisation by a client library). */
function rawGet(port: number, target: string, headers = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sock = connect(port, '127.0.0.1', () => sock.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`));
    let data = '';
    sock.on('data', (d) => { data += d.toString('latin1'); });
    sock.on('end', () => resolve({ status: Number(data.split(' ')[1]), body: data.slice(data.indexOf('\r\n\r\n') + 4) }));
    sock.on('error', reject);
  });
}

describe('headers, limits, error bodies and path traversal', () => {
  const tmp = tmpDir();
  const web = join(tmp.dir, 'site', 'dist');
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let server: ServerType;
  let port: number;
  let admin: Login;
  beforeAll(async () => {
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(web, 'assets', 'app-abc.js'), 'console.log(1)');
    writeFileSync(join(tmp.dir, 'site', 'secret.txt'), 'SECRET-OUTSIDE-WEBROOT');
    writeFileSync(join(tmp.dir, 'secret.txt'), 'SECRET-OUTSIDE-WEBROOT');
    store = await openStore(join(tmp.dir, 'db.duckdb'));
    await loadKnownDataset(store);
    app = createApp({ store, version: 'test', demo: false, minN: 30, webDist: web, settings: { maxJsonBytes: 64 * 1024 } });
    admin = await loginAs(app, store, 'root', 'admin');
    server = await new Promise((resolve) => { const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s)); });
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    store.close();
    tmp.cleanup();
  });

  it('sends a strict CSP and the other security headers on pages, API answers and errors', async () => {
    for (const [path, headers] of [['/', {}], ['/api/health', {}], ['/api/cities', {}], ['/api/cities', as(admin)], ['/assets/app-abc.js', {}]] as const) {
      const res = await app.request(path, { headers });
      const csp = res.headers.get('content-security-policy')!;
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp.split(';').find((d) => d.includes('script-src'))).not.toMatch(/unsafe-(inline|eval)/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    expect((await app.request('/api/cities', { headers: as(admin) })).headers.get('cache-control')).toBe('no-store');
  });

  it('limits JSON bodies (413) and never leaks stack traces or file paths in errors', async () => {
    const big = JSON.stringify([{ name: 'x', terms: ['a'.repeat(70 * 1024)] }]);
    const res = await app.request('/api/cities/Testville/values', { method: 'PUT', headers: { ...as(admin), 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    const bad = await app.request('/api/cities/Testville/values', { method: 'PUT', headers: { ...as(admin), 'content-type': 'application/json' }, body: '{"unterminated' });
    expect(bad.status).toBe(400);
    // an unexpected failure: the database is gone under a running app
    const broken = await openStore(':memory:');
    const app2 = createApp({ store: broken, version: 'test', demo: false, minN: 30, auth: 'none' });
    broken.close();
    const boom = await app2.request('/api/cities');
    expect(boom.status).toBe(500);
    const text = await boom.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal error' } });
    for (const body of [text, await bad.text()]) {
      expect(body).not.toMatch(/\/work\/|node_modules|\bat \w+ \(|\.ts:\d+/);
    }
  });

  it('never serves a file outside the web app folder, however the path is spelled', async () => {
    for (const target of [
      '/../secret.txt', '/assets/../../secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%2e%2e/%2e%2e/secret.txt', '/assets/..\\..\\secret.txt', '/assets/%2e%2e%5c%2e%2e%5csecret.txt', '/..%252f..%252fsecret.txt',
      '/assets/%00../secret.txt', '//secret.txt', '/assets//..//..//secret.txt',
    ]) {
      const res = await rawGet(port, target);
      expect(res.body, target).not.toContain('SECRET-OUTSIDE-WEBROOT');
      expect(res.status, target).not.toBe(500);
    }
    expect((await rawGet(port, '/assets/app-abc.js')).body).toContain('console.log(1)');
  });

  it('refuses path tricks in the export route', async () => {
    const h = as(admin);
    expect((await app.request('/api/export?view=../../../etc/passwd&city=Testville', { headers: h })).status).toBe(400);
    expect((await app.request('/api/export?view=themes&format=../../x&city=Testville', { headers: h })).status).toBe(400);
    expect((await app.request('/api/export?view=themes&city=../../../etc/passwd', { headers: h })).status).toBe(404);
    const ok = await app.request('/api/export?view=themes&city=Testville&format=csv', { headers: h });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toBe('attachment; filename="brandgap-themes-Testville.csv"');
  });
});
