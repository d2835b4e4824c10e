import type { CitiesResponse } from '../data/types.ts';
import type { Store } from '../data/db/store.ts';

/**
 * Computes the views a dashboard opens first, ahead of the people who open them: at start and
 * again shortly after every write (an ingest, a brand edit, a delete). At a million posts a view
 * takes seconds to compute and milliseconds to answer once cached (server/response-cache.ts).
 */

type Request = (path: string) => Promise<Response>;

/** Per city: every page's default view, and the overview, values and themes of each audience group. */
export function defaultViews(cities: CitiesResponse['cities']): string[] {
  return cities.flatMap((city) => {
    const q = `city=${encodeURIComponent(city.name)}`;
    const views = ['overview', 'values', 'themes', 'trend', 'survey', 'quotes'].map((r) => `/api/${r}?${q}`);
    for (const group of Object.keys(city.byGroup)) {
      for (const r of ['overview', 'values', 'themes']) views.push(`/api/${r}?${q}&group=${encodeURIComponent(group)}`);
    }
    return views;
  });
}

export type CacheWarmer = { /** Stops, after the view being computed. */ stop(): Promise<void>; /** Resolves once the views of the current data are warm. */ idle(): Promise<void> };

/** Polls the store's data version; once it has been still for `settleMs`, requests every default view. */
export function startCacheWarmer(store: Store, request: Request, opts: { settleMs?: number; log?: (s: string) => void } = {}): CacheWarmer {
  const settleMs = opts.settleMs ?? 2000;
  let warmed = -1;
  let seen = store.dataVersion();
  let stillSince = 0; // warm the data present at start at once
  let running: Promise<void> | null = null;
  let stopped = false;

  const warm = async (version: number) => {
    const t0 = performance.now();
    const cities = (await (await request('/api/cities')).json()) as CitiesResponse;
    const views = defaultViews(cities.cities);
    for (const path of views) {
      if (stopped || store.dataVersion() !== version) return; // data moved on: start over later
      await request(path); // failures are the route's to report when a person asks
    }
    warmed = version;
    opts.log?.(`warmed ${views.length} views in ${Math.round(performance.now() - t0)} ms`);
  };

  const tick = () => {
    if (stopped || running) return;
    const version = store.dataVersion();
    if (version !== seen) { seen = version; stillSince = Date.now(); return; }
    if (version === warmed || Date.now() - stillSince < settleMs) return;
    running = warm(version).catch((err) => opts.log?.(`cache warming failed: ${(err as Error).message}`)).finally(() => { running = null; });
  };
  const timer = setInterval(tick, 250);
  timer.unref();
  tick();

  return {
    stop: async () => { stopped = true; clearInterval(timer); await running; },
    idle: async () => {
      while (!stopped && warmed !== store.dataVersion()) {
        tick();
        await (running ?? new Promise((r) => setTimeout(r, 100)));
      }
    },
  };
}
