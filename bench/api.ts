/** API latency under concurrent load (autocannon) next to the bare DuckDB time of the same query; cold start. */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { openStore, type Store } from '../server/db/store.ts';
import { resolveFilters, segmentParams } from '../server/filters.ts';
import { sql } from '../server/sql.ts';

export type RouteFigure = { route: string; p50: number; p95: number; p99: number; rps: number; errors: number; bareP50: number; bareP95: number };

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** The bare query time: the route's main SQL run directly on the store, repeated. */
async function bare(store: Store, query: string, params: Record<string, unknown>, runs = 15): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await store.all(sql(query), params as never);
    times.push(performance.now() - t);
  }
  return { p50: Math.round(pct(times, 50) * 10) / 10, p95: Math.round(pct(times, 95) * 10) / 10 };
}

/** Serves the database read-only and loads each main route with `connections` clients for `seconds`. */
export async function apiLatency(db: string, city: string, connections = 10, seconds = 8): Promise<RouteFigure[]> {
  const store = await openStore(db, { readOnly: true });
  const app = createApp({ store, version: 'bench', demo: false, minN: 30, auth: 'none' });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const f = await resolveFilters(store, { city }, 30);
  const p = segmentParams(f);
  // a deep page: follow the cursor 20 pages in
  let cursor = '';
  for (let i = 0; i < 20; i++) {
    const page = (await (await fetch(`${base}/api/quotes?city=${city}&limit=50${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { nextCursor: string };
    cursor = page.nextCursor;
  }
  const deep = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { k: number; id: number };
  const routes: [string, string, Record<string, unknown>][] = [
    [`/api/values?city=${city}`, 'values', p],
    [`/api/themes?city=${city}`, 'themes', p],
    [`/api/quotes?city=${city}&limit=50`, 'quotes', { ...p, label: null, q: null, sort: 'date', limit: 50, cursorKey: null, cursorId: null }],
    [`/api/quotes?city=${city}&limit=50&cursor=${cursor}`, 'quotes', { ...p, label: null, q: null, sort: 'date', limit: 50, cursorKey: deep.k, cursorId: deep.id }],
    [`/api/trend?city=${city}`, 'trend', { ...p, interval: 'month', k: 2, baseline: 6, minN: 30 }],
  ];
  const out: RouteFigure[] = [];
  for (const [path, query, params] of routes) {
    const b = await bare(store, query, params);
    // every response time, so p95 is exact (autocannon's summary has p90 and p97.5, not p95)
    const times: number[] = [];
    const instance = autocannon({ url: base + path, connections, duration: seconds });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
    const r = await instance;
    const ms = (x: number) => Math.round(x * 10) / 10;
    out.push({
      route: path.replace(/cursor=[^&]+/, 'cursor=<page 21>'), p50: ms(pct(times, 50)), p95: ms(pct(times, 95)), p99: ms(pct(times, 99)),
      rps: Math.round(r.requests.average), errors: r.errors + r.non2xx, bareP50: b.p50, bareP95: b.p95,
    });
  }
  // let requests still in flight when the load stopped finish before the database closes
  await new Promise((r) => setTimeout(r, 500));
  (server as unknown as { closeAllConnections(): void }).closeAllConnections();
  await new Promise((r) => server.close(r));
  store.close();
  return out;
}

/** `npm start` on an existing database: ms until /api/health answers. */
export async function coldStart(db: string, port = 8797): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, BRANDGAP_DB: db, PORT: String(port) }, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) return Math.round(performance.now() - t0);
      } catch { /* not listening yet */ }
      if (performance.now() - t0 > 60_000) throw new Error('server did not answer /api/health within 60 s');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
