/** Accounts in the users table: create, find, change role or password, disable. */
import type { Store } from '../../data/db/store.ts';
import { hashPassword } from './password.ts';
import { isRole, type Role } from './roles.ts';

export type Account = { id: number; name: string; role: Role; createdAt: string; disabled: boolean };
type Row = { id: number; name: string; role: string; created_at: string; disabled: boolean; password_hash: string };

/** Names are what people type at the login prompt: short, no spaces or control characters. */
export const NAME_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/;

const SELECT = `select id::INTEGER as id, name, role, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') as created_at,
  (disabled_at is not null) as disabled, password_hash from users`;

function toAccount(r: Row): Account {
  if (!isRole(r.role)) throw new Error(`account ${r.name} has an unknown role "${r.role}"`);
  return { id: r.id, name: r.name, role: r.role, createdAt: r.created_at, disabled: r.disabled };
}

/** The account without its password hash: what any response may carry. */
export function publicAccount(a: Account): Account {
  return { id: a.id, name: a.name, role: a.role, createdAt: a.createdAt, disabled: a.disabled };
}

/** An account by name (case-insensitive) with its password hash, or null. */
export async function findAccount(store: Store, name: string): Promise<(Account & { passwordHash: string }) | null> {
  const rows = await store.all<Row>(`${SELECT} where lower(name) = lower($name)`, { name });
  return rows.length ? { ...toAccount(rows[0]), passwordHash: rows[0].password_hash } : null;
}

/** Every account, oldest first. */
export async function listAccounts(store: Store): Promise<Account[]> {
  return (await store.all<Row>(`${SELECT} order by id`)).map(toAccount);
}

/** How many accounts can log in. */
export async function countActiveAccounts(store: Store): Promise<number> {
  const r = await store.all<{ n: number }>(`select count(*)::INTEGER as n from users where disabled_at is null`);
  return r[0].n;
}

/** Creates an account; throws when the name is taken or malformed. */
export async function createAccount(store: Store, name: string, role: Role, password: string): Promise<Account> {
  if (!NAME_PATTERN.test(name)) throw new Error('an account name is 1–64 letters, digits or . _ @ -');
  if (await findAccount(store, name)) throw new Error(`an account named "${name}" already exists`);
  const hash = await hashPassword(password);
  await store.withConnection(async (conn) => {
    await conn.run(
      `insert into users (id, name, role, password_hash) select coalesce(max(id), 0) + 1, $name, $role, $hash from users`,
      { name, role, hash },
    );
  });
  return publicAccount((await findAccount(store, name))!);
}

/** Sets an account's role. */
export async function setRole(store: Store, id: number, role: Role): Promise<void> {
  await store.withConnection((conn) => conn.run(`update users set role = $role where id = $id`, { id, role }));
}

/** Sets an account's password. */
export async function setPassword(store: Store, id: number, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await store.withConnection((conn) => conn.run(`update users set password_hash = $hash where id = $id`, { id, hash }));
}

/** Disables (true) or re-enables an account; its history in the audit log stays. */
export async function setDisabled(store: Store, id: number, disabled: boolean): Promise<void> {
  await store.withConnection((conn) => conn.run(
    `update users set disabled_at = ${disabled ? 'now()::TIMESTAMP' : 'null'} where id = $id`, { id },
  ));
}
