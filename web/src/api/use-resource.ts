/** A small fetch hook: loading/ready/error state for one URL, cached and shared between views. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchJson } from './fetch-json.ts';
import { cached, forget, onForgetAll, remember } from './response-cache.ts';

export type Resource<T> =
  /** `stale` is the previous URL's answer, so a view can stay on screen while the next loads. */
  | { status: 'loading'; data: undefined; error: undefined; reload: () => void; stale?: T }
  | { status: 'ready'; data: T; error: undefined; reload: () => void }
  | { status: 'error'; data: undefined; error: Error; reload: () => void };

// Requests on their way, so two views asking for the same URL share one request. They are not
// aborted when a view moves on: the answer is cached and usually wanted again soon.
const inflight = new Map<string, Promise<unknown>>();

function load(url: string): Promise<unknown> {
  let p = inflight.get(url);
  if (!p) {
    p = fetchJson<unknown>(url)
      .then((data) => {
        remember(url, data);
        return data;
      })
      .finally(() => inflight.delete(url));
    inflight.set(url, p);
  }
  return p;
}

/** Fetches `url` (null: wait) and returns its state; `reload()` refetches past the cache. */
export function useResource<T>(url: string | null): Resource<T> {
  const [nonce, setNonce] = useState(0);
  const [failure, setFailure] = useState<{ url: string; error: Error } | null>(null);
  const [, setLoaded] = useState(0);
  const last = useRef<T | undefined>(undefined);

  // After a write empties the cache, mounted views re-render and so fetch their figures anew.
  useEffect(() => onForgetAll(() => setLoaded((n) => n + 1)), []);

  const miss = url !== null && !cached(url).hit;
  useEffect(() => {
    if (url === null || !miss) return;
    let live = true;
    setFailure(null);
    load(url).then(
      () => live && setLoaded((n) => n + 1),
      (error: Error) => live && setFailure({ url, error }),
    );
    return () => {
      live = false;
    };
  }, [url, nonce, miss]);

  const reload = () => {
    if (url) forget(url);
    setFailure(null);
    setNonce((n) => n + 1);
  };
  const hit = url === null ? null : cached(url);
  if (hit?.hit) {
    last.current = hit.value as T;
    return { status: 'ready', data: last.current, error: undefined, reload };
  }
  // A failure left over from a previous URL must not show as this URL's answer.
  if (url !== null && failure?.url === url) return { status: 'error', data: undefined, error: failure.error, reload };
  return { status: 'loading', data: undefined, error: undefined, reload, stale: last.current };
}
