/** The three roles, weakest first: each can do everything the ones before it can. */
export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` is at least `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Narrows a stored or typed string to a Role. */
export function isRole(s: unknown): s is Role {
  return typeof s === 'string' && (ROLES as readonly string[]).includes(s);
}

/** Who is making a request. `via: 'none'` is the login-free demo (or an auth-free test app). */
export type Principal = {
  userId: number | null;
  name: string;
  role: Role;
  via: 'session' | 'token' | 'none';
  /** The session's CSRF token (sessions only). */
  csrf?: string;
  /** sha256 of the session cookie (sessions only), for logout. */
  sessionHash?: string;
};

/** Hono variables set by the auth middleware. */
export type AuthEnv = { Variables: { principal: Principal; ip: string; audit?: AuditNote } };

/** What a route tells the audit middleware about a state change it made. */
export type AuditNote = { action: string; target?: string | null; detail?: unknown };
