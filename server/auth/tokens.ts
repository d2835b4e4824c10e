/** API tokens for scripts: `Authorization: Bearer bgt_…`, stored as sha256, revocable. */
import { randomUUID } from 'node:crypto';
import type { Store } from '../../data/db/store.ts';
import { isRole, type Principal } from './roles.ts';
import { newToken, tokenHash } from './sessions.ts';

/** Creates a token for an account; the plain token is returned once and never stored. */
export async function createApiToken(store: Store, userId: number, label: string | null): Promise<{ id: string; token: string }> {
  const token = newToken('bgt_');
  const id = randomUUID();
  await store.withConnection((conn) => conn.run(
    `insert into api_tokens (id, user_id, token_hash, label) values ($id, $userId, $h, $label)`,
    { id, userId, h: tokenHash(token), label },
  ));
  return { id, token };
}

/** The principal of a live API token, or null. */
export async function findApiToken(store: Store, token: string): Promise<Principal | null> {
  const rows = await store.all<{ user_id: number; name: string; role: string }>(
    `select u.id::INTEGER as user_id, u.name, u.role from api_tokens t join users u on u.id = t.user_id
     where t.token_hash = $h and t.revoked_at is null and u.disabled_at is null`,
    { h: tokenHash(token) },
  );
  const r = rows[0];
  return r && isRole(r.role) ? { userId: r.user_id, name: r.name, role: r.role, via: 'token' } : null;
}

/** Tokens of an account (never the token itself). */
export async function listApiTokens(store: Store, userId: number) {
  return store.all<{ id: string; label: string | null; created_at: string; revoked: boolean }>(
    `select id, label, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') as created_at, (revoked_at is not null) as revoked
     from api_tokens where user_id = $userId order by created_at`,
    { userId },
  );
}

/** Revokes every live token of an account; returns how many. */
export async function revokeApiTokens(store: Store, userId: number): Promise<number> {
  return store.withConnection(async (conn) => Number((await conn.run(
    `update api_tokens set revoked_at = now()::TIMESTAMP where user_id = $userId and revoked_at is null`, { userId },
  )).rowsChanged));
}
