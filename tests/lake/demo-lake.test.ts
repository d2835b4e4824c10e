/**
 * The Parquet lake of the demo database (data/lake/), read back with DuckDB's read_parquet and
 * hive partitioning: the same rows as the database, a figure equal to the API's, no personal
 * columns, and a second run that rewrites nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import { LAKE_TABLES } from '../../data/lake/tables.ts';
import { writeLake, type LakeReport } from '../../data/lake/write.ts';
import { useDemoApi } from '../helpers/demo-server.ts';
import { lakeFiles, readLake, type LakeReader } from '../helpers/lake.ts';
import { tmpDir } from '../helpers/tmp.ts';

const api = useDemoApi();
const tmp = tmpDir('brandgap-lake-');
let first: LakeReport;
let lake: LakeReader;

beforeAll(async () => {
  first = await writeLake(api.store(), tmp.dir);
  lake = await readLake(tmp.dir);
});
afterAll(() => { lake?.close(); tmp.cleanup(); });

describe('the lake of the demo database', () => {
  it('holds as many rows per table as the database', async () => {
    for (const table of LAKE_TABLES) {
      const [db] = await api.store().all<{ n: number }>(`select count(*)::INTEGER as n from ${table}`);
      expect(db.n, table).toBeGreaterThan(0);
      expect(await lake.count(table), table).toBe(db.n);
      expect(first.tables[table].rows, table).toBe(db.n);
    }
  });

  it('is partitioned by city slug and month, undated rows under the null partition', async () => {
    const parts = await lake.all<{ city: string; months: number; undated: number }>((l) =>
      `select city, count(distinct month)::INTEGER as months, count(*) filter (where month is null)::INTEGER as undated
       from ${l('documents')} group by city order by city`);
    expect(parts.map((p) => p.city)).toEqual(['havenstad', 'lindholm', 'marenburg']);
    for (const p of parts) expect(p.months).toBeGreaterThan(12);
    const [db] = await api.store().all<{ n: number }>(`select count(*)::INTEGER as n from documents where date is null`);
    expect(parts.reduce((a, p) => a + p.undated, 0)).toBe(db.n);
    const [bad] = await lake.all<{ n: number }>((l) =>
      `select count(*)::INTEGER as n from ${l('segments')} where month <> strftime(date, '%Y-%m')`);
    expect(bad.n).toBe(0);
  });

  it("gives a city's top theme the API's segment count and net sentiment, from segments and from the facts", async () => {
    const body = await api.get<ThemesResponse>('/api/themes?city=Havenstad');
    const top = body.themes.find((t) => t.theme !== 'unclassified')!;
    expect(top.n).toBeGreaterThan(100);
    // the audience: every channel but the brand texts, moderators never (migration 016's audience_match)
    const [fromSegments] = await lake.all<{ n: number; net: number }>((l) =>
      `select count(*)::INTEGER as n,
              round(100.0 * (count(*) filter (where label = 'positive') - count(*) filter (where label = 'negative'))
                    / count(sentiment), 1)::DOUBLE as net
       from ${l('segments')}
       where city = 'havenstad' and kind <> 'brand' and not moderator and list_contains(themes, $theme)`, { theme: top.theme });
    expect(fromSegments).toEqual({ n: top.n, net: top.net });
    const [fromFacts] = await lake.all<{ n: number }>((l) =>
      `select sum(n)::INTEGER as n from ${l('segment_facts')}
       where city = 'havenstad' and kind <> 'brand' and list_contains(themes, $theme)`, { theme: top.theme });
    expect(fromFacts.n).toBe(top.n);
  });

  it('leaves out the columns that carry a person: pseudonyms, platform ids, raw answers, speakers', async () => {
    const personal = ['author_key', 'author_fp', 'dedup_key', 'dedup_fp', 'role_raw', 'attrs', 'speaker', 'speaker_attrs'];
    for (const table of LAKE_TABLES) {
      const columns = await lake.columns(table);
      expect(columns, table).toContain('city');
      expect(columns.filter((c) => personal.includes(c)), table).toEqual([]);
    }
  });

  it('masks the pseudonyms of mentioned handles in texts, keeping every offset valid', async () => {
    const PSEUDONYM = `regexp_matches(text, '\\bp_[0-9a-f]{16}\\b')`;
    const [db] = await api.store().all<{ n: number; chars: number }>(
      `select count(*) filter (where ${PSEUDONYM})::INTEGER as n, sum(length(text))::INTEGER as chars from segments`);
    expect(db.n).toBeGreaterThan(100);
    const [inLake] = await lake.all<{ n: number; chars: number; masked: number }>((l) =>
      `select count(*) filter (where ${PSEUDONYM})::INTEGER as n, sum(length(text))::INTEGER as chars,
              count(*) filter (where text like '%p\\_xxxxxxxxxxxxxxxx%' escape '\\')::INTEGER as masked
       from ${l('segments')}`);
    expect(inLake).toEqual({ n: 0, chars: db.chars, masked: db.n });
    const [docs] = await lake.all<{ n: number }>((l) => `select count(*) filter (where ${PSEUDONYM})::INTEGER as n from ${l('documents')}`);
    expect(docs.n).toBe(0);
  });

  it('rewrites nothing on a second run over the same database', async () => {
    const before = lakeFiles(tmp.dir, 'segments');
    const second = await writeLake(api.store(), tmp.dir);
    for (const table of LAKE_TABLES) {
      expect(first.tables[table].written, table).toBeGreaterThan(0);
      expect(second.tables[table], table).toEqual({ written: 0, unchanged: first.tables[table].written, removed: 0, rows: first.tables[table].rows });
    }
    expect(lakeFiles(tmp.dir, 'segments')).toEqual(before);
  });
});
