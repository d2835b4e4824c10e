/** `GET /api/auth/me`: who is signed in, their role and the CSRF token for writes. */
import { useResource, type Resource } from '../api/use-resource.ts';
import { setCsrf } from './session-state.ts';

export type Role = 'viewer' | 'analyst' | 'admin';

/** The answer of /api/auth/me: the demo (no login) or a signed-in user. */
export type Me =
  | { demo: true; readOnly: true }
  | { demo: false; user: { name: string; role: Role }; via: 'session' | 'token' | 'none'; csrfToken: string | null; csrfHeader: string };

/** The current user; remembers their CSRF token for sendJson as soon as it is known. */
export function useMe(): Resource<Me> {
  const me = useResource<Me>('/api/auth/me');
  if (me.status === 'ready' && !me.data.demo) setCsrf(me.data.csrfHeader, me.data.csrfToken);
  return me;
}

/** Whether this user may upload, delete and edit brand values (analysts and admins, never the demo). */
export function canWrite(me: Me | undefined): boolean {
  return !!me && !me.demo && (me.user.role === 'analyst' || me.user.role === 'admin');
}

/** Why writes are switched off, for the note beside disabled controls; null when they are on. */
export function writeBlock(me: Me | undefined): string | null {
  if (!me) return 'Checking who you are…';
  if (me.demo) return 'This is the read-only demo: uploads, deletions and brand edits are switched off. Run brandgap with npm start and sign in as an analyst to use them.';
  if (!canWrite(me)) return `You are signed in as a ${me.user.role}; uploads, deletions and brand edits need an analyst or admin account.`;
  return null;
}
