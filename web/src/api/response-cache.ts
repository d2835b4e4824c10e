/**
 * GET answers already seen this session, keyed by URL, so back/forward and toggling a filter
 * back redraw at once. Any successful write (PUT/POST/DELETE) empties it: after an upload or a
 * brand edit every figure may have changed, and a stale overview must not survive that.
 */
const cache = new Map<string, unknown>();
const CACHE_MAX = 50;

/** The cached answer for `url`, if any. */
export function cached(url: string): { hit: boolean; value: unknown } {
  return cache.has(url) ? { hit: true, value: cache.get(url) } : { hit: false, value: undefined };
}

/** Keeps `value` as the answer for `url`, dropping the oldest entry beyond the limit. */
export function remember(url: string, value: unknown): void {
  cache.delete(url);
  cache.set(url, value);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as string);
}

const listeners = new Set<() => void>();

/** Drops one URL's answer, or every answer when called without one (and tells the views). */
export function forget(url?: string): void {
  if (url !== undefined) {
    cache.delete(url);
    return;
  }
  cache.clear();
  for (const fn of listeners) fn();
}

/** Calls `fn` whenever the whole cache is emptied; returns the unsubscribe function. */
export function onForgetAll(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
