/** The lake's city partition values (data/lake/tables.ts LAKE_CITIES): readable, unique, never a number. */
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { LAKE_CITIES } from '../../data/lake/tables.ts';

async function slugs(names: string[]): Promise<Record<string, string>> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(`create table cities (id integer, name varchar)`);
    for (const [i, name] of names.entries()) await conn.run(`insert into cities values ($id, $name)`, { id: i + 1, name });
    await conn.run(LAKE_CITIES);
    const rows = (await conn.runAndReadAll(`select c.name, l.city from lake_cities l join cities c using (id) order by l.id`)).getRowObjectsJS();
    return Object.fromEntries(rows.map((r) => [String(r.name), String(r.city)]));
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe('city partition values', () => {
  it('are lower case without accents, other characters one hyphen; clashes and digits made safe', async () => {
    expect(await slugs(['Havenstad', 'Den Haag', "’s-Hertogenbosch", 'Zürich', 'den-haag', '010', '***'])).toEqual({
      Havenstad: 'havenstad',
      'Den Haag': 'den-haag-2',
      "’s-Hertogenbosch": 's-hertogenbosch',
      Zürich: 'zurich',
      'den-haag': 'den-haag-5',
      '010': 'city-010',
      '***': 'city-7',
    });
  });
});
