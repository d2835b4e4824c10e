/** API latency under concurrent load (autocannon) next to the bare DuckDB time of the same query; cold start. */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { startCacheWarmer } from '../server/cache-warmer.ts';
import { openStore, type Store } from '../data/db/store.ts';
import { FilterQuery, parseQuery, resolveFilters, segmentParams } from '../server/filters.ts';
import { sql } from '../server/sql.ts';

/** One route under load: latencies over a rotation of filtered views, next to the bare SQL of the same views. */
export type RouteFigure = {
  route: string; views: number; p50: number; p95: number; p99: number; rps: number; errors: number;
  bareP50: number; bareP95: number;
  /** The same bare SQL run by as many concurrent callers as the load has clients (uncached rows only). */
  bareLoadP95?: number;
};
export type ApiFigures = {
  connections: number; seconds: number;
  /** Cache off: every request runs its queries (the worst case: a view nobody opened since the last write). */
  uncached: RouteFigure[];
  /** Cache off, one client at a time: what one analyst waits for a view nobody opened yet. */
  uncachedOneClient?: RouteFigure[];
  /**
   * Cache on, as `npm start` runs: default views warmed ahead (warmMs), other filtered views computed by
   * their first request, repeated requests answered from memory.
   */
  cached: RouteFigure[];
  /** How long warming the default views took before the cached load began. */
  warmMs?: number;
};

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => Math.round(x * 10) / 10;

/** The filtered views a dashboard asks for: the city, each group, each source kind, a period, a theme. */
const VIEWS = ['', '&group=resident', '&group=international', '&source=social', '&source=survey',
  '&from=2026-06-01', '&theme=housing', '&group=international&from=2026-01-01'];

/** The bound parameters of each view's query: the view's resolved filters plus the route's own. */
async function viewParams(store: Store, city: string, extra: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const params: Record<string, unknown>[] = [];
  for (const view of VIEWS) {
    const q = parseQuery(FilterQuery, Object.fromEntries(new URLSearchParams(`city=${city}${view}`)));
    params.push({ ...segmentParams(await resolveFilters(store, q, 30)), ...extra });
  }
  return params;
}

/** The bare query time: the route's main SQL run directly on the store for each view, repeated. */
async function bare(store: Store, city: string, query: string, extra: Record<string, unknown>, rounds = 3): Promise<{ p50: number; p95: number }> {
  const params = await viewParams(store, city, extra);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const p of params) {
      const t = performance.now();
      await store.all(sql(query), p as never);
      times.push(performance.now() - t);
    }
  }
  return { p50: ms(pct(times, 50)), p95: ms(pct(times, 95)) };
}

/** The bare query under the same concurrency as the load: `connections` callers each running it over the views for `seconds`. */
async function bareUnderLoad(store: Store, city: string, query: string, extra: Record<string, unknown>, connections: number, seconds: number): Promise<number> {
  const params = await viewParams(store, city, extra);
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async (_, caller) => {
    for (let i = caller; performance.now() < end; i++) {
      const t = performance.now();
      await store.all(sql(query), params[i % params.length] as never);
      times.push(performance.now() - t);
    }
  }));
  return ms(pct(times, 95));
}

/** Serves the store and counts requests in flight, so the store is closed only once they are done. */
async function serveApp(store: Store, cache: boolean) {
  const app = createApp({ store, version: 'bench', demo: false, minN: 30, auth: 'none', cache });
  // as npm start does: the default views are computed ahead (server/cache-warmer.ts)
  const t0 = performance.now();
  if (cache) {
    const warmer = startCacheWarmer(store, app.internal);
    await warmer.idle();
    await warmer.stop();
  }
  const warmMs = Math.round(performance.now() - t0);
  let inFlight = 0;
  const fetch = async (req: Request) => { inFlight++; try { return await app.fetch(req); } finally { inFlight--; } };
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
    (server as unknown as { closeAllConnections(): void }).closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return { base, close, warmMs };
}

/** autocannon with `connections` clients cycling through the paths for `seconds`; every response time kept. */
async function load(base: string, paths: string[], connections: number, seconds: number) {
  // every response time, so p95 is exact (autocannon's summary has p90 and p97.5, not p95)
  const times: number[] = [];
  const instance = autocannon({ url: base, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, t: number) => times.push(t));
  const r = await instance;
  return { p50: ms(pct(times, 50)), p95: ms(pct(times, 95)), p99: ms(pct(times, 99)), rps: Math.round(r.requests.average), errors: r.errors + r.non2xx };
}

/** Each main route under `connections` concurrent clients, uncached and cached, next to its bare SQL. */
export async function apiLatency(db: string, city: string, connections = 10, seconds = 8, memoryMb?: number): Promise<ApiFigures> {
  // a database built by an older version gets the newer migrations (read-only opens do not migrate)
  (await openStore(db)).close();
  const store = await openStore(db, { readOnly: true, memoryMb });
  const quoteParams = { label: null, q: null, sort: 'date', limit: 50, cursorKey: null, cursorId: null, withTotal: true, itemIds: null, answer: null, answerMin: null, answerMax: null };
  // a deep page of each view: follow the cursor 20 pages in
  const probe = await serveApp(store, false);
  const deepPaths: string[] = [];
  const deepKeys: { k: number; id: number }[] = [];
  for (const view of VIEWS) {
    let cursor = '';
    for (let i = 0; i < 20 && cursor !== null; i++) {
      const page = (await (await fetch(`${probe.base}/api/quotes?city=${city}${view}&limit=50${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { nextCursor: string | null };
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    deepPaths.push(`/api/quotes?city=${city}${view}&limit=50&cursor=${cursor}`);
    deepKeys.push(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
  }
  await probe.close();
  const routes: { name: string; paths: string[]; query: string; extra: Record<string, unknown> }[] = [
    { name: '/api/values', paths: VIEWS.map((v) => `/api/values?city=${city}${v}`), query: 'values', extra: {} },
    { name: '/api/themes', paths: VIEWS.map((v) => `/api/themes?city=${city}${v}`), query: 'themes', extra: {} },
    { name: '/api/quotes (first page)', paths: VIEWS.map((v) => `/api/quotes?city=${city}${v}&limit=50`), query: 'quotes', extra: quoteParams },
    // bare time of the deep page: the first view's cursor (the others are alike in cost)
    { name: '/api/quotes (page 21)', paths: deepPaths, query: 'quotes', extra: { ...quoteParams, cursorKey: deepKeys[0].k, cursorId: deepKeys[0].id, withTotal: false } },
    { name: '/api/trend', paths: VIEWS.map((v) => `/api/trend?city=${city}${v}`), query: 'trend', extra: { interval: 'month', k: 2, baseline: 6, minN: 30 } },
  ];
  const out: ApiFigures = { connections, seconds, uncached: [], uncachedOneClient: [], cached: [] };
  const bares = new Map<string, { p50: number; p95: number }>();
  for (const r of routes) bares.set(r.name, await bare(store, city, r.query, r.extra));
  for (const cache of [false, true]) {
    // one server per phase, as npm start runs one: with the cache, warmed once before the load
    const server = await serveApp(store, cache);
    for (const r of routes) {
      const b = bares.get(r.name)!;
      const figure = await load(server.base, r.paths, connections, seconds);
      const bareLoadP95 = cache ? undefined : await bareUnderLoad(store, city, r.query, r.extra, connections, seconds);
      out[cache ? 'cached' : 'uncached'].push({ route: r.name, views: r.paths.length, ...figure, bareP50: b.p50, bareP95: b.p95, bareLoadP95 });
      if (!cache) {
        const one = await load(server.base, r.paths, 1, seconds);
        out.uncachedOneClient!.push({ route: r.name, views: r.paths.length, ...one, bareP50: b.p50, bareP95: b.p95 });
      }
    }
    await server.close();
    if (cache) out.warmMs = server.warmMs;
  }
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
