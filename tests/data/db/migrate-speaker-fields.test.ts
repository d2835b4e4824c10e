import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { listMigrations, migrate } from '../../../data/db/migrate.ts';

describe('migration 014 (speaker fields) on a database written before it', () => {
  const instance = DuckDBInstance.create(':memory:');
  afterAll(async () => (await instance).closeSync());

  it('keeps the old role text as role_raw, maps it, normalises EU/non-EU and rebuilds the facts with voice', async () => {
    const conn = await (await instance).connect();
    await migrate(conn, listMigrations().filter((m) => m.version < 14));
    await conn.run(`insert into cities (id, name) values (1, 'Oldtown')`);
    await conn.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, text, attrs) values
      (1, 1, 1, 'survey', 'k1', 'international', 'x', '{"role": "Academic staff", "origin": "non-EU"}'),
      (2, 1, 1, 'brand', 'k2', null, 'y', '{}')`);
    await conn.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, role, origin, label, sentiment) values
      (1, 1, 1, 'survey', 'international', '2025-01-05', 0, 0, 1, 'x', 'Academic staff', 'non-EU', 'negative', -0.5),
      (2, 1, 1, 'survey', 'international', '2025-01-05', 1, 0, 1, 'x', 'Au pair', 'Brazil', 'positive', 0.5),
      (3, 2, 1, 'brand', null, '2025-01-05', 0, 0, 1, 'y', null, null, 'neutral', 0)`);
    await conn.run(`insert into segment_facts select * from segment_counts(NULL, 0, 'day')`);
    expect(await migrate(conn)).toContain(14);
    const rows = (await conn.runAndReadAll(`select id::INTEGER as id, role_raw, role, origin, stay, stage, voice from segments order by id`)).getRowObjectsJS();
    expect(rows).toEqual([
      { id: 1, role_raw: 'Academic staff', role: 'researcher', origin: 'non_eu', stay: 'unknown', stage: 'unknown', voice: 'user' },
      // a country answer needs the country table of ingest: unknown until the file is ingested again
      { id: 2, role_raw: 'Au pair', role: 'unknown', origin: 'unknown', stay: 'unknown', stage: 'unknown', voice: 'user' },
      { id: 3, role_raw: null, role: 'unknown', origin: 'unknown', stay: 'unknown', stage: 'unknown', voice: 'official' },
    ]);
    const docs = (await conn.runAndReadAll(`select id::INTEGER as id, role_raw, role, origin, voice from documents order by id`)).getRowObjectsJS();
    expect(docs).toEqual([
      { id: 1, role_raw: 'Academic staff', role: 'researcher', origin: 'non_eu', voice: 'user' },
      { id: 2, role_raw: null, role: 'unknown', origin: 'unknown', voice: 'official' },
    ]);
    const facts = (await conn.runAndReadAll(`select role, origin, voice, sum(n)::INTEGER as n from month_facts group by all order by all`)).getRowObjectsJS();
    expect(facts).toEqual([
      { role: 'researcher', origin: 'non_eu', voice: 'user', n: 1 },
      { role: 'unknown', origin: 'unknown', voice: 'official', n: 1 },
      { role: 'unknown', origin: 'unknown', voice: 'user', n: 1 },
    ]);
    conn.closeSync();
  });
});
