import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { presetPairs, type PresetId } from '../../data/presets.ts';
import { THEME_IDS, type CompareCity, type CompareDimension, type CompareResponse, type NetFigure } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { findCity } from '../../data/db/brand-values.ts';
import { readContexts } from '../../data/db/city-context.ts';
import { ApiError } from '../errors.ts';
import { FilterQuery, parseQuery } from '../filters.ts';
import { flagLowN, per10k } from '../measures.ts';
import { sql } from '../sql.ts';

// the shared filters that apply across cities, plus the list of cities and the grouping
const CompareQuery = FilterQuery.pick({ group: true, source: true, from: true, to: true, minN: true }).extend({
  cities: z.string().transform((s) => [...new Set(s.split(',').map((c) => c.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(200)).min(2, 'name two to ten cities, comma-separated').max(10, 'name two to ten cities, comma-separated')),
  preset: z.enum(['themes', 'anholt', 'expat']).default('themes'),
  // counts per 10,000 residents beside the shares (shares and nets are never rescaled)
  per: z.enum(['10k']).optional(),
});

type DimRow = Omit<CompareDimension, 'low_n'> & { city: string };

/** GET /api/compare: two to ten cities side by side, shares normalised by each city's size. */
export function compareRoutes(deps: AppDeps) {
  return new Hono().get('/compare', async (c) => {
    const q = parseQuery(CompareQuery, c.req.query());
    const minN = q.minN ?? deps.minN;
    const ids = await deps.store.withConnection(async (conn) => {
      const out: { name: string; id: number }[] = [];
      for (const name of q.cities) {
        const id = await findCity(conn, name);
        if (id === null) throw new ApiError(404, 'unknown_city', `unknown city "${name}"`);
        out.push({ name, id });
      }
      return out;
    });
    const pairs = q.preset === 'themes'
      ? { themes: [...THEME_IDS], dimensions: [...THEME_IDS] }
      : presetPairs(q.preset as PresetId);
    const filters = { group: q.group ?? null, kind: q.source ?? null, from: q.from ?? null, to: q.to ?? null };
    const cityIds = ids.map((i) => i.id);
    const [dims, distinct, contexts] = await Promise.all([
      deps.store.all<DimRow>(sql('compare'), { ...filters, cityIds: listValue(cityIds), themes: listValue(pairs.themes), dimensions: listValue(pairs.dimensions) }),
      deps.store.all<{ city: string; value: string; emphasis: number; distinctiveness: number | null; branded: number }>(sql('distinctiveness'), { cityIds: listValue(cityIds) }),
      readContexts(deps.store, cityIds),
    ]);
    const cities: CompareCity[] = [];
    for (const { name, id } of ids) {
      const params = { cityId: id, ...filters, lang: null, theme: null, valueId: null, role: null, origin: null, age: null };
      const [overall, docs] = await Promise.all([
        deps.store.all<Omit<NetFigure, 'low_n'>>(sql('net-overall'), params),
        deps.store.all<{ documents: number; segments: number }>(sql('documents-by-source'), params),
      ]);
      const documents = docs.reduce((s, r) => s + r.documents, 0);
      const segments = docs.reduce((s, r) => s + r.segments, 0);
      const dimensions = dims.filter((d) => d.city.toLowerCase() === name.toLowerCase()).map(({ city: _c, ...d }) => flagLowN(d, minN));
      const population = contexts.get(id)?.population ?? null;
      const pop = population?.value ?? null;
      cities.push({
        city: name, documents, segments, population,
        ...(q.per ? {
          per10k: pop === null ? null : {
            documents: per10k(documents, pop)!, segments: per10k(segments, pop)!,
            dimensions: dimensions.map((d) => ({ dimension: d.dimension, n: d.n, rate: per10k(d.n, pop)! })),
          },
        } : {}),
        overall: flagLowN(overall[0], minN),
        dimensions,
        values: distinct.filter((d) => d.city.toLowerCase() === name.toLowerCase() && d.emphasis > 0)
          .map(({ value, emphasis, distinctiveness }) => ({ value, emphasis, distinctiveness })),
      });
    }
    const body: CompareResponse = { preset: q.preset, per: q.per ?? null, minN, cities, brandCities: distinct[0]?.branded ?? 0 };
    return c.json(body);
  });
}
