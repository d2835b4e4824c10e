import type { DuckDBConnection } from '@duckdb/node-api';
import type { BrandValueInput, ValueLexicon } from '../types.ts';
import { openStore } from './store.ts';

export type StoredValue = ValueLexicon & { id: number };

/** The city's id, creating the city when it is new. */
export async function ensureCity(conn: DuckDBConnection, name: string, country: string | null = null): Promise<number> {
  const found = (await conn.runAndReadAll(`select id from cities where lower(name) = lower($name)`, { name })).getRowObjectsJS();
  if (found.length) return Number(found[0].id);
  const next = (await conn.runAndReadAll(`select (coalesce(max(id), 0) + 1)::INTEGER as id from cities`)).getRowObjectsJS();
  const id = Number(next[0].id);
  await conn.run(`insert into cities (id, name, country) values ($id, $name, $country)`, { id, name, country });
  return id;
}

/** The city's id or null when there is no such city. */
export async function findCity(conn: DuckDBConnection, name: string): Promise<number | null> {
  const rows = (await conn.runAndReadAll(`select id from cities where lower(name) = lower($name)`, { name })).getRowObjectsJS();
  return rows.length ? Number(rows[0].id) : null;
}

/** The current brand values of a city, in their order. */
export async function readCityValues(conn: DuckDBConnection, cityId: number): Promise<StoredValue[]> {
  const rows = (await conn.runAndReadAll(
    `select id, name, terms, exclusions from brand_values where city_id = $cityId order by position`, { cityId },
  )).getRowObjectsJS();
  return rows.map((r) => ({
    id: Number(r.id), name: String(r.name),
    terms: (r.terms as string[]) ?? [], exclusions: (r.exclusions as string[]) ?? [],
  }));
}

/** Replaces a city's brand values (keeping ids of values whose name stays) and records a version. */
export async function writeCityValues(conn: DuckDBConnection, cityId: number, values: BrandValueInput[], actor: string | null): Promise<StoredValue[]> {
  const before = await readCityValues(conn, cityId);
  const byName = new Map(before.map((v) => [v.name.toLowerCase(), v.id]));
  const maxId = Number((await conn.runAndReadAll(`select coalesce(max(id), 0)::INTEGER as id from brand_values`)).getRowObjectsJS()[0].id);
  let nextId = maxId + 1;
  await conn.run(`delete from brand_values where city_id = $cityId`, { cityId });
  for (const [position, v] of values.entries()) {
    const id = byName.get(v.name.toLowerCase()) ?? nextId++;
    await conn.run(
      `insert into brand_values (id, city_id, name, position, terms, exclusions) values ($id, $cityId, $name, $position, from_json($terms, '["VARCHAR"]'), from_json($exclusions, '["VARCHAR"]'))`,
      { id, cityId, name: v.name, position, terms: JSON.stringify(v.terms), exclusions: JSON.stringify(v.exclusions ?? []) },
    );
  }
  const version = Number((await conn.runAndReadAll(
    `select (coalesce(max(version), 0) + 1)::INTEGER as v from brand_value_versions where city_id = $cityId`, { cityId },
  )).getRowObjectsJS()[0].v);
  await conn.run(
    `insert into brand_value_versions (city_id, version, values_json, changed_by) values ($cityId, $version, $json, $actor)`,
    { cityId, version, json: JSON.stringify(values), actor },
  );
  return readCityValues(conn, cityId);
}

/** A city's value lexicons read from a database file (for `analyze --city --db`). */
export async function loadValueLexicons(dbFile: string, city: string): Promise<StoredValue[]> {
  const store = await openStore(dbFile, { readOnly: true });
  try {
    return await store.withConnection(async (conn) => {
      const cityId = await findCity(conn, city);
      if (cityId === null) throw new Error(`unknown city "${city}" in ${dbFile}`);
      return readCityValues(conn, cityId);
    });
  } finally {
    store.close();
  }
}

/** Every stored city with its country, in id order. */
export async function storedCities(conn: DuckDBConnection): Promise<{ id: number; name: string; country: string | null }[]> {
  return (await conn.runAndReadAll(`select id::INTEGER as id, name, country from cities order by id`)).getRowObjectsJS() as { id: number; name: string; country: string | null }[];
}
