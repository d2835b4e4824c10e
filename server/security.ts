/** Security headers on every response: a strict CSP, no sniffing, no framing, no referrer leaks. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors.ts';

// ECharts and Preact need no inline script; ECharts sets inline styles, hence 'unsafe-inline'
// for styles only. blob:/data: images cover chart downloads.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Sets the headers after the handler ran (so they also land on errors and static files). */
export function securityHeaders(opts: { hsts: (url: string) => boolean } = { hsts: (u) => u.startsWith('https:') }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(HEADERS)) c.res.headers.set(k, v);
    // API answers hold survey data: never keep them in shared or browser caches.
    if (c.req.path.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store');
    if (opts.hsts(c.req.url)) c.res.headers.set('Strict-Transport-Security', 'max-age=31536000');
  };
}

/** Caps request bodies on /api (uploads stream under their own, larger limit). */
export function apiBodyLimit(maxBytes: number, except: (path: string) => boolean): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => { throw new ApiError(413, 'too_large', `request bodies are limited to ${Math.round(maxBytes / 1024)} KB`); },
  });
  return (c, next) => (except(c.req.path) ? next() : limit(c, next));
}
