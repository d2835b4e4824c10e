import { Hono } from 'hono';
import type { CitiesResponse, CityRow, Group, SourceKind } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { sql } from '../sql.ts';

type Row = { name: string; country: string | null; source: SourceKind | null; group: Group | 'brand'; documents: number; city_segments: number };

/** GET /api/cities: cities with document counts per source and group. */
export function citiesRoutes(deps: AppDeps) {
  return new Hono().get('/cities', async (c) => {
    const rows = await deps.store.all<Row>(sql('cities'));
    const byName = new Map<string, CityRow>();
    for (const r of rows) {
      let city = byName.get(r.name);
      if (!city) {
        city = { name: r.name, country: r.country, documents: 0, segments: r.city_segments, bySource: {}, byGroup: {} };
        byName.set(r.name, city);
      }
      if (!r.source) continue;
      city.documents += r.documents;
      city.bySource[r.source] = (city.bySource[r.source] ?? 0) + r.documents;
      if (r.group !== 'brand') city.byGroup[r.group] = (city.byGroup[r.group] ?? 0) + r.documents;
    }
    const body: CitiesResponse = { cities: [...byName.values()] };
    return c.json(body);
  });
}
