import { Hono } from 'hono';
import { z } from 'zod';
import { ROLES, type RoleMappingResponse } from '../../data/speaker.ts';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { findCity } from '../../data/db/brand-values.ts';
import { inTransaction } from '../../data/db/store.ts';
import { editRoleTerms, readHandles, readRoleTerms, setHandles, unmappedRoles } from '../../data/db/speaker.ts';
import { ApiError } from '../errors.ts';

/** PUT /api/role-mapping body: terms to add or re-point (role), or remove (role null). */
const RoleEdits = z.object({
  edits: z.array(z.object({
    term: z.string().trim().min(1).max(100).regex(/\p{L}/u, 'a term needs at least one letter'),
    role: z.enum(ROLES).nullable(),
  })).min(1).max(200),
});

/** PUT /api/cities/:city/handles body: the accounts that speak for the city or its partners. */
const Handles = z.array(z.object({
  handle: z.string().trim().min(1).max(100).regex(/^@?[\w.-]+$/, 'a handle is letters, digits, "_", "." or "-"'),
  voice: z.enum(['official', 'partner']),
})).max(500);

const body = async <T extends z.ZodType>(schema: T, raw: unknown, code: string): Promise<z.infer<T>> => {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError(400, code, parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return parsed.data;
};

/**
 * The speaker-field settings: GET/PUT /api/role-mapping (the analyst's role terms, and the answers
 * none covers; a change relabels segments and facts) and GET/PUT /api/cities/:city/handles.
 */
export function speakerRoutes(deps: AppDeps) {
  const writable = () => {
    if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
  };
  const cityId = async (name: string) => {
    const id = await deps.store.withConnection((conn) => findCity(conn, name));
    if (id === null) throw new ApiError(404, 'unknown_city', `unknown city "${name}"`);
    return id;
  };
  const mapping = async (city: string | undefined): Promise<RoleMappingResponse> => {
    const id = city ? await cityId(city) : null;
    return deps.store.withConnection(async (conn) => ({ terms: await readRoleTerms(conn), unmapped: await unmappedRoles(conn, id) }));
  };
  return new Hono<AuthEnv>()
    .get('/role-mapping', async (c) => c.json(await mapping(c.req.query('city'))))
    .put('/role-mapping', async (c) => {
      writable();
      const { edits } = await body(RoleEdits, await c.req.json().catch(() => undefined), 'bad_role_mapping');
      const actor = c.get('principal')?.name ?? null;
      const { relabelled } = await inTransaction(deps.store, (conn) => editRoleTerms(conn, edits, actor));
      c.set('audit', { action: 'role-mapping.edit', target: edits.map((e) => `${e.term} → ${e.role ?? '(removed)'}`).join('; '), detail: { relabelled } });
      return c.json({ relabelled, ...(await mapping(c.req.query('city'))) });
    })
    .get('/cities/:city/handles', async (c) => {
      const id = await cityId(c.req.param('city'));
      return c.json({ handles: await deps.store.withConnection((conn) => readHandles(conn, id)) });
    })
    .put('/cities/:city/handles', async (c) => {
      writable();
      const handles = await body(Handles, await c.req.json().catch(() => undefined), 'bad_handles');
      const id = await cityId(c.req.param('city'));
      await inTransaction(deps.store, (conn) => setHandles(conn, id, handles));
      c.set('audit', { action: 'handles.set', target: c.req.param('city'), detail: { handles: handles.length } });
      return c.json({ handles: await deps.store.withConnection((conn) => readHandles(conn, id)) });
    });
}
