import { Hono } from 'hono';
import type { ValuesHistoryResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { findCity, readCityValues } from '../../data/db/brand-values.ts';
import { ApiError } from '../errors.ts';
import { BrandValuesInput } from '../../data/brand-values-input.ts';
import { setCityValues } from '../../ingest/reannotate.ts';


/** GET/PUT /api/cities/:city/values: a city's brand values; PUT re-annotates its segments. */
export function brandRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>()
    .get('/cities/:city/values', async (c) => {
      const city = c.req.param('city');
      const values = await deps.store.withConnection(async (conn) => {
        const id = await findCity(conn, city);
        if (id === null) throw new ApiError(404, 'unknown_city', `unknown city "${city}"`);
        return readCityValues(conn, id);
      });
      return c.json(values.map(({ name, terms, exclusions }) => ({ name, terms, exclusions })));
    })
    .get('/cities/:city/values/history', async (c) => {
      const city = c.req.param('city');
      const versions = await deps.store.withConnection(async (conn) => {
        const id = await findCity(conn, city);
        if (id === null) throw new ApiError(404, 'unknown_city', `unknown city "${city}"`);
        return (await conn.runAndReadAll(
          `select version, changed_by as "changedBy", strftime(changed_at, '%Y-%m-%dT%H:%M:%SZ') as "changedAt", values_json::VARCHAR as json
           from brand_value_versions where city_id = $id order by version desc`, { id },
        )).getRowObjectsJS() as { version: number; changedBy: string | null; changedAt: string; json: string }[];
      });
      const body: ValuesHistoryResponse = { city, versions: versions.map(({ json, ...v }) => ({ ...v, values: JSON.parse(json) })) };
      return c.json(body);
    })
    .put('/cities/:city/values', async (c) => {
      if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
      const parsed = BrandValuesInput.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) throw new ApiError(400, 'bad_values', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      const actor = c.get('principal')?.name ?? null;
      const city = c.req.param('city');
      // a typo must not create a city: creating one is asked for (npm run values still creates)
      const create = ['1', 'true'].includes(c.req.query('create') ?? '');
      if (!create && (await deps.store.withConnection((conn) => findCity(conn, city))) === null) {
        throw new ApiError(404, 'unknown_city', `unknown city "${city}"; add ?create=1 to create it`);
      }
      const result = await setCityValues(deps.store, city, parsed.data, actor);
      c.set('audit', { action: 'brand.edit', target: result.city, detail: { values: result.values.map((v) => v.name), segments: result.segments } });
      return c.json(result);
    });
}
