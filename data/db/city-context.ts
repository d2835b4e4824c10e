/** The city_context table (migration 020): read and write a city's population, born-abroad share and nationalities. */
import { listValue } from '@duckdb/node-api';
import type { CityContext, CityContextResponse, ContextFigure } from '../types.ts';
import type { Store } from './store.ts';

type Row = {
  city_id: number; city: string;
  population: number | null; population_source: string | null; population_year: number | null;
  born_abroad: number | null; born_abroad_source: string | null; born_abroad_year: number | null;
  nationalities: number | null; nationalities_source: string | null; nationalities_year: number | null;
  updated_by: string | null; updated_at: string | null;
};

const figure = (value: number | null, source: string | null, year: number | null): ContextFigure | null =>
  value === null ? null : { value, source: source ?? '', year: year ?? 0 };

/** The contexts of `cityIds` (cities without one are absent from the map). */
export async function readContexts(store: Store, cityIds: number[]): Promise<Map<number, CityContextResponse>> {
  const rows = await store.all<Row>(
    `select x.city_id, c.name as city, x.population, x.population_source, x.population_year,
            x.born_abroad, x.born_abroad_source, x.born_abroad_year,
            x.nationalities, x.nationalities_source, x.nationalities_year,
            x.updated_by, strftime(x.updated_at, '%Y-%m-%dT%H:%M:%SZ') as updated_at
     from city_context x join cities c on c.id = x.city_id
     where list_contains($cityIds, x.city_id)`, { cityIds: listValue(cityIds) },
  );
  return new Map(rows.map((r) => [r.city_id, {
    city: r.city,
    population: figure(r.population, r.population_source, r.population_year),
    bornAbroad: figure(r.born_abroad, r.born_abroad_source, r.born_abroad_year),
    nationalities: figure(r.nationalities, r.nationalities_source, r.nationalities_year),
    updatedBy: r.updated_by, updatedAt: r.updated_at,
  }]));
}

/** Replaces the context of `cityId` (a figure given as null is cleared). */
export async function writeContext(store: Store, cityId: number, ctx: CityContext, actor: string | null): Promise<void> {
  const p = ctx.population, b = ctx.bornAbroad, n = ctx.nationalities;
  await store.write((conn) => conn.run(
    `insert or replace into city_context (city_id, population, population_source, population_year,
       born_abroad, born_abroad_source, born_abroad_year, nationalities, nationalities_source, nationalities_year, updated_by, updated_at)
     values ($cityId, $p, $ps, $py, $b, $bs, $by, $n, $ns, $ny, $actor, current_timestamp)`,
    {
      cityId, actor,
      p: p?.value ?? null, ps: p?.source ?? null, py: p?.year ?? null,
      b: b?.value ?? null, bs: b?.source ?? null, by: b?.year ?? null,
      n: n?.value ?? null, ns: n?.source ?? null, ny: n?.year ?? null,
    },
  ));
}
