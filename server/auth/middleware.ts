/** The one gate in front of /api: who is asking, may they, and is a state change same-site. */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Store } from '../../data/db/store.ts';
import { ApiError } from '../errors.ts';
import { audit } from './audit.ts';
import { isStateChanging, requiredRole } from './policy.ts';
import { clientIp, crossSiteReason } from './request-info.ts';
import { hasRole, type AuthEnv, type Principal } from './roles.ts';
import { findSession } from './sessions.ts';
import { findApiToken } from './tokens.ts';

export const SESSION_COOKIE = 'bg_session';
export const CSRF_HEADER = 'x-csrf-token';

export type AuthMode = 'required' | 'none';
export type AuthGateOptions = { store: Store; mode: AuthMode; trustProxy: boolean };

const DEMO: Principal = { userId: null, name: 'demo', role: 'viewer', via: 'none' };
// Only ever used with a writable store inside the test runner (createApp enforces it).
const TEST: Principal = { userId: null, name: 'anonymous', role: 'admin', via: 'none' };

/** The principal behind a Bearer token or session cookie, or null. */
async function identify(c: Context, store: Store): Promise<Principal | null> {
  const header = c.req.header('authorization');
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new ApiError(401, 'unauthenticated', 'the Authorization header must be "Bearer TOKEN"');
    return findApiToken(store, m[1]);
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? findSession(store, cookie) : null;
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Checks a state-changing request made with ambient credentials (cookie or none). */
function checkSameSite(c: Context, p: Principal | null, trustProxy: boolean): void {
  const cross = crossSiteReason(c, trustProxy);
  if (cross) throw new ApiError(403, 'csrf', `refused: ${cross}`);
  if (p?.via === 'session' && !sameToken(c.req.header(CSRF_HEADER), p.csrf)) {
    throw new ApiError(403, 'csrf', `a state-changing request needs the ${CSRF_HEADER} header from GET /api/auth/me`);
  }
}

/** Authenticates, authorises and CSRF-checks every /api request; audits successful changes. */
export function authGate(opts: AuthGateOptions): MiddlewareHandler<AuthEnv> {
  const { store, mode, trustProxy } = opts;
  return async (c, next) => {
    const method = c.req.method;
    const needed = requiredRole(method, c.req.path);
    const changing = isStateChanging(method);
    c.set('ip', clientIp(c, trustProxy));
    if (mode === 'none') {
      if (changing && store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode): nothing can be changed');
      c.set('principal', store.readOnly ? DEMO : TEST);
      return next();
    }
    const principal = needed === 'public' ? null : await identify(c, store);
    if (needed !== 'public') {
      if (!principal) throw new ApiError(401, 'unauthenticated', 'log in first (POST /api/auth/login) or send "Authorization: Bearer TOKEN"');
      if (!hasRole(principal.role, needed)) throw new ApiError(403, 'forbidden', `this needs the ${needed} role; you are ${principal.role}`);
      c.set('principal', principal);
    }
    if (changing && principal?.via !== 'token') checkSameSite(c, principal, trustProxy);
    if (changing && store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only');
    await next();
    if (changing && principal && c.res.status < 400) {
      const note = c.get('audit');
      await audit(store, {
        actor: principal.name, action: note?.action ?? `${method} ${c.req.path}`, target: note?.target ?? null,
        detail: note?.detail, ip: c.get('ip'),
      }).catch((err) => console.error(`[${new Date().toISOString()}] audit write failed:`, err));
    }
  };
}
