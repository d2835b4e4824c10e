import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { listMigrations, migrate, schemaVersion } from '../../../data/db/migrate.ts';
import { openStore } from '../../../data/db/store.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const TABLES = ['cities', 'brand_values', 'brand_value_versions', 'sources', 'ingest_runs', 'documents', 'segments',
  'segment_themes', 'segment_values', 'segment_terms', 'survey_items', 'survey_answers', 'settings'];

describe('migrations', () => {
  const tmp = tmpDir();
  afterAll(tmp.cleanup);

  it('creates every table on an empty file and records the latest version', async () => {
    const store = await openStore(join(tmp.dir, 'empty.duckdb'));
    const tables = (await store.all<{ name: string }>(`select table_name as name from information_schema.tables`)).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(TABLES));
    expect(await store.schema()).toBe(listMigrations().at(-1)!.version);
    store.close();
  });

  it('leaves a file that opens again when the process is killed right after migrating', async () => {
    // DuckDB cannot replay from its log an ALTER of a table whose defaults call functions (like
    // segments' `default []`); migrate() checkpoints so no migration stays in the log
    const path = join(tmp.dir, 'killed.duckdb');
    const migrations = [
      { version: 1, name: '1-t.sql', sql: `create table t (id integer, xs varchar[] not null default [])` },
      { version: 2, name: '2-alter.sql', sql: `alter table t add column extra bigint` },
    ];
    const script = `import { DuckDBInstance } from '@duckdb/node-api';
      import { migrate } from ${JSON.stringify(join(process.cwd(), 'data/db/migrate.ts'))};
      const conn = await (await DuckDBInstance.create(${JSON.stringify(path)})).connect();
      await migrate(conn, ${JSON.stringify(migrations)});
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    expect(await schemaVersion(conn)).toBe(2);
    conn.closeSync();
    instance.closeSync();
  });

  it('applies nothing to an already-migrated file and keeps its data', async () => {
    const path = join(tmp.dir, 'twice.duckdb');
    const first = await openStore(path);
    await first.write((c) => c.run(`insert into cities (id, name) values (1, 'Havenstad')`));
    first.close();
    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    expect(await migrate(conn)).toEqual([]);
    expect(await schemaVersion(conn)).toBe(listMigrations().at(-1)!.version);
    const rows = (await conn.runAndReadAll(`select name from cities`)).getRowObjectsJS();
    expect(rows).toEqual([{ name: 'Havenstad' }]);
    conn.closeSync();
    instance.closeSync();
  });

  it('upgrades a file left at version 1 by applying only the newer migrations', async () => {
    const path = join(tmp.dir, 'old.duckdb');
    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    expect(await migrate(conn, listMigrations().slice(0, 1))).toEqual([1]);
    expect(await migrate(conn)).toEqual(listMigrations().slice(1).map((m) => m.version));
    conn.closeSync();
    instance.closeSync();
  });

  it('rolls back a failing migration and leaves the version unchanged', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const bad = [...listMigrations().slice(0, 1), { version: 2, name: '002-bad.sql', sql: 'create table half (a int); select * from no_such_table;' }];
    await expect(migrate(conn, bad)).rejects.toThrow(/002-bad.sql/);
    expect(await schemaVersion(conn)).toBe(1);
    const half = (await conn.runAndReadAll(`select count(*)::INTEGER as n from information_schema.tables where table_name = 'half'`)).getRowObjectsJS();
    expect(half).toEqual([{ n: 0 }]);
    conn.closeSync();
  });
});
