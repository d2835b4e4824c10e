/** Facts about the client connection: IP, HTTPS, same-origin. Proxy headers only when trusted. */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** The client's IP ('local' for in-process requests such as tests' app.request). */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** Whether the client reached us over HTTPS (decides the cookie's Secure flag). */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/**
 * Why a browser request looks cross-site, or null. Browsers send Origin on every POST/PUT/DELETE
 * and Sec-Fetch-Site on all requests; either one naming another site is refused.
 */
export function crossSiteReason(c: Context, trustProxy: boolean): string | null {
  if (c.req.header('sec-fetch-site') === 'cross-site') return 'the request came from another site';
  const origin = c.req.header('origin');
  if (!origin) return null;
  const host = (trustProxy && c.req.header('x-forwarded-host')) || c.req.header('host') || new URL(c.req.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return 'the Origin header is not a URL';
  }
  return originHost === host ? null : `the request came from ${origin}, not this server`;
}
