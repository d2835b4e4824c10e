/** `npm run ingest` on a generic table: the kind of source is asked (--source), never guessed silently. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../data/db/store.ts';
import { tmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '../..');
const EXCEL_CSV = '\uFEFFDate;Name;Comment\r\n01.03.2025;Anna;The tram stops far too early at night.\r\n02.03.2025;Piet;Lovely harbour, but the rents are too high.\r\n';

function ingest(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('npm run ingest on a generic table', () => {
  const tmp = tmpDir();
  afterAll(tmp.cleanup);
  const file = join(tmp.dir, 'feedback.csv');
  writeFileSync(file, EXCEL_CSV);

  it('without --source stops, says it needs --source and gives its guess with the reason; nothing is stored', async () => {
    const db = join(tmp.dir, 'asked.duckdb');
    const r = ingest([file, '--city', 'Havenstad', '--db', db, '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is a generic table');
    expect(r.stderr).toContain('--source survey|focus-group|social|brand');
    expect(r.stderr).toMatch(/"Comment" and "Date" columns/);
    const store = await openStore(db);
    try {
      expect((await store.all<{ n: number }>('select count(*)::INTEGER as n from documents'))[0].n).toBe(0);
    } finally {
      store.close();
    }
  }, 120_000);

  it('with --source survey stores the comments as survey answers', () => {
    const r = ingest([file, '--city', 'Havenstad', '--source', 'survey', '--db', join(tmp.dir, 'told.duckdb'), '--json', '--threads', '1']);
    expect(r.stderr).not.toContain('generic table');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(summary).toMatchObject({ source: 'survey', documents: 2, errors: [] });
  }, 120_000);
});
