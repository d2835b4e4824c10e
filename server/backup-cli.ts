/** `npm run backup -- DIR [--db FILE]` and `npm run restore -- DIR [--db FILE] [--force]`. */
import { parseArgs } from 'node:util';
import { backupStore, restoreBackup } from './backup.ts';
import { loadConfig } from '../data/config.ts';
import { openStore, StoreLockedError } from '../data/db/store.ts';

const USAGE = `usage: npm run backup -- DIR [--db FILE]
       npm run restore -- DIR [--db FILE] [--force]`;

const LOCKED = `While the server runs it owns the database. Back up through it instead (an admin's token):
  curl -X POST -H "Authorization: Bearer TOKEN" http://localhost:8787/api/admin/backup
(writes a dated folder under BRANDGAP_BACKUP_DIR, default data/backups); restore needs the server stopped.`;

async function main(argv: string[]): Promise<number> {
  const [mode, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { db: { type: 'string' }, force: { type: 'boolean' } } });
    if ((mode !== 'backup' && mode !== 'restore') || parsed.positionals.length !== 1) throw new Error('give one folder');
  } catch (err) {
    process.stderr.write(`${mode ?? 'backup'}: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const dir = parsed.positionals[0];
  const db = parsed.values.db ?? loadConfig(process.env).dbPath;
  try {
    if (mode === 'backup') {
      const store = await openStore(db, { readOnly: true });
      try {
        const m = await backupStore(store, dir);
        const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
        process.stdout.write(`backed up ${db} to ${dir}: ${Object.keys(m.tables).length} tables, ${rows} rows (schema ${m.schema})\n`);
      } finally {
        store.close();
      }
    } else {
      const { kept, manifest } = await restoreBackup(dir, db, { force: parsed.values.force });
      process.stdout.write(`restored ${dir} (taken ${manifest.createdAt}) into ${db}${kept ? `; the previous file is kept as ${kept}` : ''}\n`);
    }
    return 0;
  } catch (err) {
    process.stderr.write(`${mode}: ${(err as Error).message}\n${err instanceof StoreLockedError ? `${LOCKED}\n` : ''}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`backup: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
