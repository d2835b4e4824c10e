/**
 * GET /api/survey/links?city= (confirmed links and suggestions), POST /api/survey/links
 * {city, items: [id, …]} (the analyst confirms: the items become one question across waves) and
 * DELETE /api/survey/links/:item?city= (undo). The audit log records both edits.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { findCity } from '../../data/db/brand-values.ts';
import { ApiError } from '../errors.ts';
import { parseQuery } from '../filters.ts';
import { linkItems, surveyLinks, unlinkItem } from '../survey-links.ts';

const CityQuery = z.object({ city: z.string().min(1).max(200) });
const LinkInput = z.object({ city: z.string().min(1).max(200), items: z.array(z.number().int().positive()).min(2).max(50) }).strict();

export function surveyLinksRoutes(deps: AppDeps) {
  const cityId = async (city: string) => {
    const id = await deps.store.withConnection((conn) => findCity(conn, city));
    if (id === null) throw new ApiError(404, 'unknown_city', `unknown city "${city}"`);
    return id;
  };
  return new Hono<AuthEnv>()
    .get('/survey/links', async (c) => {
      const q = parseQuery(CityQuery, c.req.query());
      return c.json(await surveyLinks(deps.store, await cityId(q.city), q.city));
    })
    .post('/survey/links', async (c) => {
      if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
      const parsed = LinkInput.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) throw new ApiError(400, 'bad_link', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      const { city, items } = parsed.data;
      const result = await linkItems(deps.store, await cityId(city), items, c.get('principal')?.name ?? null);
      c.set('audit', { action: 'survey.link', target: `survey item ${result.link_id}`, detail: { city, items: result.items } });
      return c.json(result);
    })
    .delete('/survey/links/:item', async (c) => {
      if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
      const raw = c.req.param('item');
      if (!/^\d{1,9}$/.test(raw)) throw new ApiError(400, 'bad_parameter', 'item: the item id must be a number');
      const q = parseQuery(CityQuery, c.req.query());
      const result = await unlinkItem(deps.store, await cityId(q.city), Number(raw));
      c.set('audit', { action: 'survey.unlink', target: `survey item ${raw}`, detail: { city: q.city, ...result } });
      return c.json(result);
    });
}
