/** /api/admin/*: accounts, their API tokens and sessions, and the audit log (admins only). */
import { join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import { createAccount, findAccount, listAccounts, publicAccount, setDisabled, setPassword, setRole, type Account } from '../auth/accounts.ts';
import { listAudit } from '../auth/audit.ts';
import { generatePassword, passwordProblem } from '../auth/password.ts';
import { ROLES, type AuthEnv } from '../auth/roles.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { createApiToken, listApiTokens, revokeApiTokens } from '../auth/tokens.ts';
import { backupStore } from '../backup.ts';
import { writeLake } from '../../data/lake/write.ts';
import type { Store } from '../../data/db/store.ts';
import { ApiError } from '../errors.ts';
import { parseQuery } from '../filters.ts';

const NewUser = z.object({ name: z.string().min(1).max(64), role: z.enum(ROLES), password: z.string().max(1024).optional() });
const UserChange = z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional(), password: z.string().max(1024).optional() });
const NewToken = z.object({ label: z.string().max(100).optional() });
const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z?$/, 'must be an ISO time').optional(),
  action: z.string().max(100).optional(),
  actor: z.string().max(64).optional(),
});

async function body<T extends z.ZodType>(schema: T, json: () => Promise<unknown>): Promise<z.infer<T>> {
  const parsed = schema.safeParse(await json().catch(() => undefined));
  if (!parsed.success) throw new ApiError(400, 'bad_body', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return parsed.data;
}

async function account(store: Store, name: string): Promise<Account> {
  const a = await findAccount(store, name);
  if (!a) throw new ApiError(404, 'unknown_user', `no account named "${name}"`);
  return publicAccount(a); // findAccount carries the scrypt hash: never into a response
}

/** Refuses a change that would leave no active admin (nobody could manage accounts any more). */
async function keepAnAdmin(store: Store, target: Account, change: { role?: string; disabled?: boolean }): Promise<void> {
  const losesAdmin = target.role === 'admin' && !target.disabled && ((change.role && change.role !== 'admin') || change.disabled);
  if (!losesAdmin) return;
  const admins = (await listAccounts(store)).filter((a) => a.role === 'admin' && !a.disabled);
  if (admins.length <= 1) throw new ApiError(409, 'last_admin', 'this is the last active admin; make another admin first');
}

/** Account management and the audit log. */
export function adminRoutes(deps: { store: Store; backupDir: string; lakeDir: string | null }) {
  const { store } = deps;
  return new Hono<AuthEnv>()
    .get('/admin/users', async (c) => c.json({ users: await listAccounts(store) }))
    .post('/admin/users', async (c) => {
      const b = await body(NewUser, () => c.req.json());
      const password = b.password ?? generatePassword();
      const problem = passwordProblem(password);
      if (problem) throw new ApiError(400, 'weak_password', problem);
      const user = await createAccount(store, b.name, b.role, password).catch((err: Error) => {
        throw new ApiError(409, 'bad_user', err.message);
      });
      c.set('audit', { action: 'user.add', target: user.name, detail: { role: user.role } });
      return c.json({ user: publicAccount(user), password: b.password ? undefined : password }, 201);
    })
    .patch('/admin/users/:name', async (c) => {
      const target = await account(store, c.req.param('name'));
      const b = await body(UserChange, () => c.req.json());
      await keepAnAdmin(store, target, b);
      if (b.password !== undefined) {
        const problem = passwordProblem(b.password);
        if (problem) throw new ApiError(400, 'weak_password', problem);
        await setPassword(store, target.id, b.password);
      }
      if (b.role) await setRole(store, target.id, b.role);
      if (b.disabled !== undefined) await setDisabled(store, target.id, b.disabled);
      // A new role, a disabled account or a reset password ends the sessions that ran under the old one.
      if (b.role || b.disabled || b.password !== undefined) await revokeUserSessions(store, target.id);
      if (b.disabled) await revokeApiTokens(store, target.id);
      c.set('audit', { action: 'user.change', target: target.name, detail: { role: b.role, disabled: b.disabled, password: b.password !== undefined } });
      return c.json({ user: await account(store, target.name) });
    })
    .get('/admin/users/:name/tokens', async (c) => {
      const target = await account(store, c.req.param('name'));
      return c.json({ tokens: await listApiTokens(store, target.id) });
    })
    .post('/admin/users/:name/tokens', async (c) => {
      const target = await account(store, c.req.param('name'));
      const b = await body(NewToken, () => c.req.json().catch(() => ({})));
      const t = await createApiToken(store, target.id, b.label ?? null);
      c.set('audit', { action: 'token.add', target: target.name, detail: { id: t.id } });
      return c.json(t, 201);
    })
    .post('/admin/users/:name/revoke', async (c) => {
      const target = await account(store, c.req.param('name'));
      const sessions = await revokeUserSessions(store, target.id);
      const tokens = await revokeApiTokens(store, target.id);
      c.set('audit', { action: 'user.revoke', target: target.name, detail: { sessions, tokens } });
      return c.json({ sessions, tokens });
    })
    .post('/admin/backup', async (c) => {
      // The folder comes from the server's config, never from the request.
      const dir = join(deps.backupDir, `brandgap-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      const manifest = await backupStore(store, dir);
      c.set('audit', { action: 'backup', target: dir, detail: { tables: Object.keys(manifest.tables).length } });
      return c.json({ dir, manifest }, 201);
    })
    .post('/admin/lake', async (c) => {
      // The server owns the database, so `npm run lake` cannot open it while it runs: this route writes
      // the lake from the server's own connection, into the configured folder (never one the request names).
      if (!deps.lakeDir) throw new ApiError(409, 'no_lake_dir', 'no lake folder is configured: set BRANDGAP_LAKE_DIR and restart the server');
      const report = await writeLake(store, deps.lakeDir).catch((err: Error) => {
        if (/another lake run/.test(err.message)) throw new ApiError(409, 'lake_busy', err.message);
        throw err;
      });
      const tables = Object.values(report.tables);
      const written = tables.reduce((n, t) => n + t.written, 0);
      const removed = tables.reduce((n, t) => n + t.removed, 0);
      c.set('audit', { action: 'lake', target: report.dir, detail: { written, removed } });
      return c.json({ dir: report.dir, written, removed, tables: report.tables });
    })
    .get('/admin/audit', async (c) => {
      const q = parseQuery(AuditQuery, c.req.query());
      return c.json({ entries: await listAudit(store, q) });
    });
}
