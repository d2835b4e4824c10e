/** POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me, POST /api/auth/password. */
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { findAccount, setPassword } from '../auth/accounts.ts';
import { audit } from '../auth/audit.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/middleware.ts';
import { dummyHash, passwordProblem, verifyPassword } from '../auth/password.ts';
import type { RateLimiter } from '../auth/rate-limit.ts';
import { isHttps } from '../auth/request-info.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { createSession, revokeOtherSessions, revokeSession } from '../auth/sessions.ts';
import type { Store } from '../../data/db/store.ts';
import { ApiError } from '../errors.ts';

/** Failed logins are counted per account name and, more loosely (offices share an IP), per IP. */
export type LoginLimiters = { name: RateLimiter; ip: RateLimiter };
export type AuthRouteDeps = { store: Store; demo: boolean; sessionHours: number; trustProxy: boolean; limiter: LoginLimiters };

const Login = z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) });
const PasswordChange = z.object({ current: z.string().min(1).max(1024), next: z.string().max(1024) });

async function jsonBody<T extends z.ZodType>(schema: T, req: { header(n: string): string | undefined; json(): Promise<unknown> }): Promise<z.infer<T>> {
  // JSON only: a cross-site HTML form cannot send it without a CORS preflight.
  if (!/^application\/json\b/i.test(req.header('content-type') ?? '')) throw new ApiError(415, 'bad_content_type', 'send the body as application/json');
  const parsed = schema.safeParse(await req.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError(400, 'bad_body', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return parsed.data;
}

/** Login, logout, the current user and own password change. */
export function authRoutes(deps: AuthRouteDeps) {
  const { store, limiter } = deps;
  return new Hono<AuthEnv>()
    .post('/auth/login', async (c) => {
      if (deps.demo) throw new ApiError(403, 'read_only', 'the demo needs no login');
      const { name, password } = await jsonBody(Login, c.req);
      const ip = c.get('ip');
      const keys = [`ip:${ip}`, `name:${name.toLowerCase()}`];
      const wait = Math.max(limiter.ip.retryAfter(keys[0]), limiter.name.retryAfter(keys[1]));
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new ApiError(429, 'too_many_attempts', `too many failed logins; try again in ${Math.ceil(wait / 60)} minute(s)`);
      }
      // Counted as a failure now, in the same tick as the check: guesses sent at once all count
      // before any of them reaches the slow hash. A success takes its reservation back.
      limiter.ip.fail(keys[0]);
      limiter.name.fail(keys[1]);
      const account = await findAccount(store, name);
      const ok = await verifyPassword(password, account?.passwordHash ?? await dummyHash());
      if (!account || !ok || account.disabled) {
        // an unknown name may be a password typed into the wrong field: never record it
        await audit(store, { actor: account ? account.name : 'unknown', action: 'login.failed', ip });
        throw new ApiError(401, 'bad_credentials', 'wrong name or password');
      }
      limiter.ip.release(keys[0]);
      limiter.name.reset(keys[1]);
      const session = await createSession(store, account.id, deps.sessionHours, ip);
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true, sameSite: 'Strict', secure: isHttps(c, deps.trustProxy), path: '/',
        maxAge: Math.round(deps.sessionHours * 3600),
      });
      await audit(store, { actor: account.name, action: 'login', ip });
      return c.json({ user: { name: account.name, role: account.role }, csrfToken: session.csrf, csrfHeader: CSRF_HEADER });
    })
    .post('/auth/logout', async (c) => {
      const p = c.get('principal');
      if (p.sessionHash) await revokeSession(store, p.sessionHash);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      c.set('audit', { action: 'logout' });
      return c.json({ ok: true });
    })
    .get('/auth/me', (c) => {
      if (deps.demo) return c.json({ demo: true, readOnly: true });
      const p = c.get('principal');
      return c.json({ demo: false, user: { name: p.name, role: p.role }, via: p.via, csrfToken: p.csrf ?? null, csrfHeader: CSRF_HEADER });
    })
    .post('/auth/password', async (c) => {
      const p = c.get('principal');
      const body = await jsonBody(PasswordChange, c.req);
      const account = p.userId === null ? null : await findAccount(store, p.name);
      if (!account || !(await verifyPassword(body.current, account.passwordHash))) throw new ApiError(403, 'bad_credentials', 'the current password is wrong');
      const problem = passwordProblem(body.next);
      if (problem) throw new ApiError(400, 'weak_password', problem);
      await setPassword(store, account.id, body.next);
      // Whoever else is signed in with the old password is signed out; this session goes on.
      // API tokens stay: an admin issues them for scripts, and `npm run user -- revoke` ends them.
      const sessions = await revokeOtherSessions(store, account.id, p.sessionHash ?? null);
      c.set('audit', { action: 'password.change', target: account.name, detail: { sessions } });
      return c.json({ ok: true, sessionsEnded: sessions });
    });
}
