import { z } from 'zod';
import { GROUPS, SOURCE_KINDS, THEME_IDS } from '../data/types.ts';
import { findCity } from '../data/db/brand-values.ts';
import type { Store } from '../data/db/store.ts';
import { ApiError } from './errors.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date');

/** The filters every route shares, as query parameters. */
export const FilterQuery = z.object({
  city: z.string().min(1, 'is required').max(200),
  group: z.enum(GROUPS).optional(),
  source: z.enum(SOURCE_KINDS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code like "en"').optional(),
  /** One theme id, or several comma-separated (segments about any of them). */
  theme: z.string().max(500).refine(
    (s) => s.split(',').every((t) => (THEME_IDS as readonly string[]).includes(t) || t === 'unclassified'),
    'must be theme ids (comma-separated) or "unclassified"',
  ).optional(),
  value: z.string().min(1).max(200).optional(),
  role: z.string().min(1).max(100).optional(),
  origin: z.string().min(1).max(100).optional(),
  age: z.string().min(1).max(50).optional(),
  minN: z.coerce.number().int().min(1).max(100000).optional(),
});
export type FilterQuery = z.infer<typeof FilterQuery>;

/** Filters resolved to bound SQL parameters (null = no filter). */
export type Filters = {
  city: string; cityId: number; group: string | null; kind: string | null; from: string | null;
  to: string | null; lang: string | null; theme: string | null; valueId: number | null; minN: number;
  role: string | null; origin: string | null; age: string | null;
};

/** Validates a query object against a schema; the first problem becomes a 400 naming the parameter. */
export function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, string>): z.infer<T> {
  const result = schema.safeParse(query);
  if (!result.success) {
    const issue = result.error.issues[0];
    const param = issue.path.join('.') || 'query';
    throw new ApiError(400, 'bad_parameter', `parameter "${param}": ${issue.message}`);
  }
  return result.data;
}

/** `source` may also be 'any' (every channel, brand texts included), which only /api/quotes accepts. */
export type ResolvableQuery = Omit<FilterQuery, 'source'> & { source?: FilterQuery['source'] | 'any' };

/** Resolves names (city, value) to ids; unknown names are a 404. */
export async function resolveFilters(store: Store, q: ResolvableQuery, defaultMinN: number): Promise<Filters> {
  return store.withConnection(async (conn) => {
    const cityId = await findCity(conn, q.city);
    if (cityId === null) throw new ApiError(404, 'unknown_city', `unknown city "${q.city}"`);
    let valueId: number | null = null;
    if (q.value) {
      const r = (await conn.runAndReadAll(
        `select id::INTEGER as id from brand_values where city_id = $cityId and lower(name) = lower($name)`,
        { cityId, name: q.value },
      )).getRowObjectsJS();
      if (!r.length) throw new ApiError(404, 'unknown_value', `"${q.city}" has no brand value "${q.value}"`);
      valueId = Number(r[0].id);
    }
    return {
      city: q.city, cityId, group: q.group ?? null, kind: q.source ?? null, from: q.from ?? null,
      to: q.to ?? null, lang: q.lang ?? null, theme: q.theme ?? null, valueId, minN: q.minN ?? defaultMinN,
      role: q.role ?? null, origin: q.origin ?? null, age: q.age ?? null,
    };
  });
}

/** The bound parameters of audience_segments(...) for a query file. */
export function segmentParams(f: Filters) {
  return {
    cityId: f.cityId, group: f.group, kind: f.kind, from: f.from, to: f.to, lang: f.lang, theme: f.theme,
    valueId: f.valueId, role: f.role, origin: f.origin, age: f.age,
  };
}
