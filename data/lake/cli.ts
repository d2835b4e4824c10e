/** `npm run lake -- DIR [--db FILE] [--json]`: brings the Parquet lake in DIR up to date with the database. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openStore, StoreLockedError } from '../db/store.ts';
import { writeLake, type LakeReport } from './write.ts';

const USAGE = 'usage: npm run lake -- DIR [--db FILE] [--json]';

const LOCKED = `The lake reads the database file, which a running server holds (DuckDB allows one writing process).
Let the server write it: with BRANDGAP_LAKE_DIR set for the server, an admin calls
curl -X POST -H "Authorization: Bearer TOKEN" http://localhost:8787/api/admin/lake
Or stop the server for the run, or write the lake from a copy: take a backup through the server
(curl -X POST -H "Authorization: Bearer TOKEN" http://localhost:8787/api/admin/backup),
restore it into another file (npm run restore -- BACKUP_DIR --db copy.duckdb) and run
npm run lake -- DIR --db copy.duckdb`;

function table(report: LakeReport): string {
  const lines = Object.entries(report.tables).map(([name, t]) =>
    `  ${name.padEnd(15)} ${String(t.rows).padStart(9)} rows   ${t.written} written, ${t.unchanged} unchanged, ${t.removed} removed`);
  return `lake ${report.dir}\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
    if (parsed.positionals.length !== 1) throw new Error('give one folder');
  } catch (err) {
    process.stderr.write(`lake: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const db = parsed.values.db ?? config.dbPath;
  if (!existsSync(db)) {
    process.stderr.write(`lake: no database at ${db} (set BRANDGAP_DB or pass --db FILE)\n`);
    return 2;
  }
  let store;
  try {
    // read-only: the lake never writes the database, and other read-only processes may share it
    store = await openStore(db, { readOnly: true, memoryMb: config.dbMemoryMb });
  } catch (err) {
    if (err instanceof StoreLockedError) { process.stderr.write(`lake: ${err.message}\n${LOCKED}\n`); return 1; }
    throw err;
  }
  try {
    const report = await writeLake(store, parsed.positionals[0]);
    process.stdout.write(parsed.values.json ? JSON.stringify(report) + '\n' : table(report));
    return 0;
  } finally {
    store.close();
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`lake: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
