/** Login sessions: a random cookie token whose sha256 is stored, with expiry and revocation. */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../../data/db/store.ts';
import { isRole, type Principal } from './roles.ts';

/** sha256 hex of a secret token; tokens are 256-bit random, so a fast hash is enough. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random token with a readable prefix. */
export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Starts a session for an account; returns the cookie token and the CSRF token. */
export async function createSession(store: Store, userId: number, hours: number, ip: string): Promise<{ token: string; csrf: string }> {
  const token = newToken('bgs_');
  const csrf = randomBytes(32).toString('base64url');
  await store.withConnection(async (conn) => {
    // Expired and revoked rows are useless; dropping them here keeps the table small.
    await conn.run(`delete from sessions where expires_at < now()::TIMESTAMP - interval 1 day`);
    await conn.run(
      `insert into sessions (token_hash, user_id, csrf_token, expires_at, ip)
       values ($h, $userId, $csrf, now()::TIMESTAMP + to_seconds($secs::BIGINT), $ip)`,
      { h: tokenHash(token), userId, csrf, secs: Math.round(hours * 3600), ip },
    );
  });
  return { token, csrf };
}

type Row = { user_id: number; name: string; role: string; csrf_token: string };

/** The principal of a live session cookie, or null (unknown, expired, revoked or disabled). */
export async function findSession(store: Store, token: string): Promise<Principal | null> {
  const h = tokenHash(token);
  const rows = await store.all<Row>(
    `select u.id::INTEGER as user_id, u.name, u.role, s.csrf_token
     from sessions s join users u on u.id = s.user_id
     where s.token_hash = $h and s.revoked_at is null and s.expires_at > now()::TIMESTAMP and u.disabled_at is null`,
    { h },
  );
  const r = rows[0];
  if (!r || !isRole(r.role)) return null;
  return { userId: r.user_id, name: r.name, role: r.role, via: 'session', csrf: r.csrf_token, sessionHash: h };
}

/** Ends one session (logout). */
export async function revokeSession(store: Store, sessionHash: string): Promise<void> {
  await store.withConnection((conn) => conn.run(
    `update sessions set revoked_at = now()::TIMESTAMP where token_hash = $h and revoked_at is null`, { h: sessionHash },
  ));
}

/** Ends every session of an account but `keepHash` (the one that asked); returns how many were live. */
export async function revokeOtherSessions(store: Store, userId: number, keepHash: string | null): Promise<number> {
  return store.withConnection(async (conn) => {
    const r = await conn.run(
      `update sessions set revoked_at = now()::TIMESTAMP
       where user_id = $userId and revoked_at is null and expires_at > now()::TIMESTAMP and token_hash is distinct from $keep`,
      { userId, keep: keepHash },
    );
    return Number(r.rowsChanged);
  });
}

/** Ends every session of an account; returns how many were live. */
export async function revokeUserSessions(store: Store, userId: number): Promise<number> {
  return store.withConnection(async (conn) => {
    const r = await conn.run(
      `update sessions set revoked_at = now()::TIMESTAMP where user_id = $userId and revoked_at is null and expires_at > now()::TIMESTAMP`,
      { userId },
    );
    return Number(r.rowsChanged);
  });
}
