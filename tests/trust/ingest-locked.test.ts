import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../data/db/store.ts';
import { tmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('npm run ingest against a database a running server owns', () => {
  const tmp = tmpDir();
  afterAll(tmp.cleanup);

  it('stops with a clear message (never a raw lock error) and tells how to upload instead', async () => {
    const db = join(tmp.dir, 'owned.duckdb');
    const server = await openStore(db); // this process plays the running server
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', 'tests/fixtures/ingest/social-posts.csv', '--city', 'Havenstad', '--source', 'social', '--db', db, '--json'], {
        cwd: ROOT, encoding: 'utf8', timeout: 120_000,
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('is in use by another brandgap process');
      expect(r.stderr).toContain('/api/uploads');
      expect(r.stderr).not.toMatch(/IO Error|Could not set lock|at .*\.ts:\d+/);
      const docs = await server.all<{ n: number }>(`select count(*)::INTEGER as n from documents`);
      expect(docs[0].n).toBe(0);
    } finally {
      server.close();
    }
  });
});
