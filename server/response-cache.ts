import type { MiddlewareHandler } from 'hono';
import type { Store } from '../data/db/store.ts';

/**
 * An exact cache for the read-only measure routes. The figures only change when the store
 * writes (ingest, re-annotation, brand edits, deletes), so a response is kept under the store's
 * data version and any write makes it unreachable. Concurrent requests for a view not yet cached
 * share one computation instead of running the same seconds-long query ten times.
 * `X-Cache: hit | shared | miss` says which happened.
 */

type Entry = { body: ArrayBuffer; type: string };
export type CacheOptions = { maxBytes: number; maxEntries: number };

/** The routes whose JSON depends only on the query string and the data (not on who asks). */
export const CACHED_ROUTES = /^\/(overview|themes|values|senders|trend|quotes|survey|compare|cities|documents\/\d+)$/;

export function responseCache(store: Store, opts: CacheOptions = { maxBytes: 64 * 2 ** 20, maxEntries: 2000 }): MiddlewareHandler {
  const entries = new Map<string, Entry>(); // insertion order = least recently used first
  const pending = new Map<string, Promise<Entry | null>>();
  let bytes = 0;

  const remember = (key: string, e: Entry) => {
    if (e.body.byteLength > opts.maxBytes / 4) return; // one huge export-sized page must not flush everything
    entries.set(key, e);
    bytes += e.body.byteLength;
    for (const [k, old] of entries) {
      if (bytes <= opts.maxBytes && entries.size <= opts.maxEntries) break;
      entries.delete(k);
      bytes -= old.body.byteLength;
    }
  };

  return async (c, next) => {
    const url = new URL(c.req.url);
    // the same key whether the request came from outside (/api/themes) or from the server itself (/themes)
    const path = url.pathname.replace(/^\/api(?=\/)/, '');
    if (c.req.method !== 'GET' || !CACHED_ROUTES.test(path)) return next();
    url.searchParams.sort();
    const version = store.dataVersion();
    // the day too: "the last 3 full months" (overview movers) moves on at a month's end without a write
    const key = `${version} ${new Date().toISOString().slice(0, 10)} ${path}?${url.searchParams}`;
    const serve = (e: Entry, how: string) =>
      c.newResponse(e.body.slice(0), 200, { 'Content-Type': e.type, 'X-Cache': how });

    const hit = entries.get(key);
    if (hit) {
      entries.delete(key); // move to the most recently used end
      entries.set(key, hit);
      return serve(hit, 'hit');
    }
    const inFlight = pending.get(key);
    if (inFlight) {
      const shared = await inFlight;
      if (shared) return serve(shared, 'shared');
      return next(); // the first request failed: answer this one on its own
    }

    let settle!: (e: Entry | null) => void;
    pending.set(key, new Promise((r) => { settle = r; }));
    try {
      await next();
      const res = c.res;
      const type = res.headers.get('Content-Type') ?? '';
      if (res.status !== 200 || !type.startsWith('application/json')) { settle(null); return; }
      const entry = { body: await res.clone().arrayBuffer(), type };
      // a write that finished while this ran may or may not be in the answer: do not keep it
      if (store.dataVersion() === version) remember(key, entry);
      settle(entry);
      c.res.headers.set('X-Cache', 'miss');
    } catch (err) {
      settle(null);
      throw err;
    } finally {
      pending.delete(key);
    }
  };
}
