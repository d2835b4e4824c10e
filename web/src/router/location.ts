/** A hash-free router on history.pushState: the current path and query, and how to change them. */
import { useEffect, useState } from 'preact/hooks';

export type Loc = { path: string; search: string };

const listeners = new Set<() => void>();

function current(): Loc {
  return { path: window.location.pathname, search: window.location.search };
}

function notify(): void {
  for (const fn of listeners) fn();
}

/** Goes to `href` (path and/or `?query`) without a reload; `replace` keeps history clean. */
export function navigate(href: string, opts: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  if (url.pathname + url.search === window.location.pathname + window.location.search) return;
  if (opts.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  notify();
}

/** The current location; re-renders on navigate() and on back/forward. */
export function useLocation(): Loc {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

/**
 * Click handler for in-app links: plain left clicks navigate in place, while modified clicks
 * (new tab, download) keep the browser's behaviour.
 */
export function onLinkClick(e: MouseEvent): void {
  const a = (e.currentTarget as HTMLAnchorElement | null) ?? null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (a.target && a.target !== '_self') return;
  if (a.origin !== window.location.origin) return;
  e.preventDefault();
  navigate(a.pathname + a.search);
}
