/**
 * The signed-in session as the API client needs it: the CSRF token for writes and what to do on
 * a 401. Kept free of imports so fetch-json.ts can read it without a cycle.
 */

let csrf: { header: string; token: string } | null = null;

/** Remembers the CSRF token from `/api/auth/me` or the login answer (null: none, e.g. the demo). */
export function setCsrf(header: string | null | undefined, token: string | null | undefined): void {
  csrf = header && token ? { header, token } : null;
}

/** The header to send on POST/PUT/DELETE, or an empty object when there is no session token. */
export function csrfHeaders(): Record<string, string> {
  return csrf ? { [csrf.header]: csrf.token } : {};
}

/** The login page's path for "come back here afterwards". */
export function loginHref(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}

/** Whether a `next` parameter is a same-site path (never an open redirect to another host). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !next.startsWith('/login') ? next : '/';
}
