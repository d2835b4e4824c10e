import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile, uploadIdFor } from '../../ingest/pipeline.ts';
import { recoverInterrupted } from '../../ingest/recover.ts';
import { defaultStaging, uploadDir } from '../../ingest/stage/staging-files.ts';
import { openStore } from '../../data/db/store.ts';
import { createJobs } from '../../server/jobs.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { bigCsv } from './big-csv.ts';
import { CONSISTENT, dataCounts, orphans } from './consistency.ts';

const ROOT = join(import.meta.dirname, '../..');
/** Runs the child until it reports progress, then SIGKILLs it; resolves with what it printed. */
function killMidway(mode: 'ingest' | 'upload', db: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/trust/kill-child.ts', mode, db, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('progress')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(out) : reject(new Error(`child ended by itself (${code}): ${out} ${err}`))));
  });
}

describe('kill test: SIGKILL in the middle of an ingest loses nothing and stores nothing partial', () => {
  const tmp = tmpDir();
  const big = join(tmp.dir, 'killton-posts.csv');
  beforeAll(() => bigCsv(big, 5_000));
  afterAll(tmp.cleanup);

  for (const mode of ['ingest', 'upload'] as const) {
    it(`${mode}: reopening finds the same counts as before, the run (and upload) marked failed, and serves on`, async () => {
      const db = join(tmp.dir, `${mode}.duckdb`);
      const first = await openStore(db);
      await ingestFile(first, join(ROOT, 'tests/fixtures/ingest/social-posts.csv'), { city: 'Killton' });
      const before = await dataCounts(first);
      first.close();

      const out = await killMidway(mode, db, big);
      expect(out).not.toContain('done');

      const reopened = await openStore(db);
      try {
        expect(await dataCounts(reopened)).toEqual(before);
        expect(await orphans(reopened)).toEqual(CONSISTENT);
        const runs = () => reopened.all<{ file_name: string; status: string }>(`select file_name, status from ingest_runs order by id`);
        expect(await runs()).toEqual([{ file_name: 'social-posts.csv', status: 'stored' }, { file_name: 'killton-posts.csv', status: 'interrupted' }]);
        // the killed run's staging files are still there until the next owner starts
        const [killed] = await reopened.all<{ id: number; hash: string; key: string }>(
          `select id, file_hash as hash, (select value from settings where key = 'pseudonym_key') as key from ingest_runs where status = 'interrupted'`);
        const staged = uploadDir(defaultStaging(), uploadIdFor(killed.id, killed.hash, killed.key));
        expect(existsSync(staged)).toBe(true);
        if (mode === 'upload') {
          await createJobs(reopened); // what npm start does when it opens the database
          const [up] = await reopened.all<{ status: string; error: string; tmp_path: string | null }>(`select status, error, tmp_path from uploads`);
          expect(up).toMatchObject({ status: 'failed', tmp_path: null });
          expect(up.error).toMatch(/interrupted/);
        } else {
          expect(await recoverInterrupted(reopened)).toEqual({ cleaned: 1, pending: [] }); // what npm run ingest does first
        }
        expect(await runs()).toEqual([{ file_name: 'social-posts.csv', status: 'stored' }, { file_name: 'killton-posts.csv', status: 'failed' }]);
        expect(existsSync(staged)).toBe(false);
        // and it works again: the same file now stores completely
        const again = await ingestFile(reopened, big, { city: 'Killton' });
        expect(again.errors).toEqual([]);
        expect(again.documents).toBe(5_000);
      } finally {
        reopened.close();
      }
      expect(existsSync(db)).toBe(true);
    }, 300_000);
  }
});
