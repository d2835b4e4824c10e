import { Hono } from 'hono';
import { z } from 'zod';
import type { CityContextResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { findCity } from '../../data/db/brand-values.ts';
import { readContexts, writeContext } from '../../data/db/city-context.ts';
import { ApiError } from '../errors.ts';

const figure = <T extends z.ZodType<number>>(value: T) => z.object({
  value,
  source: z.string().trim().min(1, 'name the source').max(300, 'at most 300 characters'),
  year: z.number().int('a whole year').min(1900, 'a year from 1900 to 2100').max(2100, 'a year from 1900 to 2100'),
}).strict().nullable().default(null);

/** The body of PUT /api/cities/:city/context; each figure null (or left out) when not known. */
export const CityContextInput = z.object({
  population: figure(z.number().int('a whole number').positive('a positive whole number')),
  bornAbroad: figure(z.number().min(0, 'a share from 0 to 1').max(1, 'a share from 0 to 1')),
  nationalities: figure(z.number().int('a whole number').positive('a positive whole number')),
}).strict();

async function cityId(deps: AppDeps, city: string): Promise<number> {
  const id = await deps.store.withConnection((conn) => findCity(conn, city));
  if (id === null) throw new ApiError(404, 'unknown_city', `unknown city "${city}"`);
  return id;
}

async function readOne(deps: AppDeps, id: number, city: string): Promise<CityContextResponse> {
  return (await readContexts(deps.store, [id])).get(id)
    ?? { city, population: null, bornAbroad: null, nationalities: null, updatedBy: null, updatedAt: null };
}

/** GET/PUT /api/cities/:city/context: population, share born abroad and nationalities, each with source and year. */
export function cityContextRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>()
    .get('/cities/:city/context', async (c) => {
      const city = c.req.param('city');
      return c.json(await readOne(deps, await cityId(deps, city), city));
    })
    .put('/cities/:city/context', async (c) => {
      if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
      const city = c.req.param('city');
      const id = await cityId(deps, city);
      const parsed = CityContextInput.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.join('.') || 'body';
        throw new ApiError(400, `bad_${String(issue.path[0] ?? 'body')}`, parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') || field);
      }
      await writeContext(deps.store, id, parsed.data, c.get('principal')?.name ?? null);
      const body = await readOne(deps, id, city);
      c.set('audit', { action: 'city.context', target: body.city, detail: { population: parsed.data.population, bornAbroad: parsed.data.bornAbroad, nationalities: parsed.data.nationalities } });
      return c.json(body);
    });
}
