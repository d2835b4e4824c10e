/**
 * An owner SIGKILLed mid-upload leaves its run `running`, its flow in Redis and its files in the
 * staging folder. The next owner of the database (`npm run ingest`, or the server's upload jobs at
 * start) removes them, closes the run as failed, and a re-ingest stores the right counts.
 * Real redis-server, a real `npm run worker` process, real `npm run ingest` processes.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSocialJsonl } from '../../bench/generate.ts';
import { openStore } from '../../data/db/store.ts';
import type { IngestSummary } from '../../data/types.ts';
import { queueConfig } from '../../ingest/queue/config.ts';
import { queuePartRunner } from '../../ingest/queue/flow.ts';
import { createJobs } from '../../server/jobs.ts';
import { useRedis } from '../helpers/redis.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { startWorker, stopWorker, type WorkerProc } from '../../bench/support/workers.ts';

const CITY = 'Havenstad';
const POSTS = 12_000;
const redis = useRedis();
const tmp = tmpDir('brandgap-crash-');
const file = join(tmp.dir, 'posts.jsonl');
const staging = join(tmp.dir, 'staging');
let env: Record<string, string>;
let worker: WorkerProc;
let client: Redis;

beforeAll(async () => {
  await writeSocialJsonl(file, POSTS);
  env = { BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: staging };
  worker = await startWorker(env, 2000);
  client = new Redis(redis().url);
}, 120_000);

afterAll(async () => {
  client?.disconnect();
  if (worker) await stopWorker(worker);
  tmp.cleanup();
});

const uploadKeys = () => client.keys('brandgap:*:run-*');
const stagingFolders = () => (existsSync(staging) ? readdirSync(staging) : []);

/** `npm run ingest` of the file, SIGKILLed once its flow is in Redis and a worker has started its part. */
async function crashMidIngest(db: string): Promise<void> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', file, '--city', CITY, '--db', db, '--json'], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((r) => proc.once('exit', r));
  const until = Date.now() + 60_000;
  while (Date.now() < until && proc.exitCode === null) {
    const taken = (await uploadKeys()).some((k) => k.includes('-part-')) && (await client.llen('brandgap:brandgap-ingest-parts:wait')) === 0;
    if (taken && stagingFolders().length) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(proc.exitCode).toBeNull(); // still mid-ingest
  proc.kill('SIGKILL');
  await exited;
}

async function runs(db: string) {
  const store = await openStore(db);
  try {
    return await store.all<{ status: string; documents: number; errors: string | null }>(
      `select status, documents, errors::VARCHAR as errors from ingest_runs order by id`);
  } finally {
    store.close();
  }
}

describe('an owner killed mid-upload', () => {
  it('npm run ingest started again removes the flow and the staging files, then stores the right counts', async () => {
    const db = join(tmp.dir, 'cli.duckdb');
    await crashMidIngest(db);
    // what the crash left behind
    expect(stagingFolders()).toHaveLength(1);
    expect(await uploadKeys()).not.toEqual([]);

    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', file, '--city', CITY, '--db', db, '--json'], {
      env: { ...process.env, ...env },
    });
    expect(stderr).toContain('ingest: cleaned up 1 upload(s) interrupted by the last stop');
    const summary = JSON.parse(stdout) as IngestSummary;
    expect(summary).toMatchObject({ documents: POSTS, duplicates: 0, errors: [] });
    expect(stagingFolders()).toEqual([]);
    expect(await uploadKeys()).toEqual([]);
    const log = await runs(db);
    expect(log.map((r) => [r.status, r.documents])).toEqual([['failed', 0], ['stored', POSTS]]);
    expect(log[0].errors).toContain('interrupted');
  }, 240_000);

  it('the server\'s upload jobs clean up at start: nothing of the killed upload left before the re-upload, which stores the right counts', async () => {
    const db = join(tmp.dir, 'server.duckdb');
    await crashMidIngest(db);
    expect(stagingFolders()).toHaveLength(1);
    expect(await uploadKeys()).not.toEqual([]);

    const store = await openStore(db);
    const queue = queuePartRunner(queueConfig(env)!, { pollMs: 100 });
    try {
      const jobs = await createJobs(store, undefined, { queue });
      // started again: no staging folder, no job of the killed upload in Redis
      expect(stagingFolders()).toEqual([]);
      expect(await uploadKeys()).toEqual([]);
      mkdirSync(join(tmp.dir, 'upload'));
      const upload = join(tmp.dir, 'upload', 'posts.jsonl');
      copyFileSync(file, upload);
      const job = await jobs.submit({ path: upload, fileName: 'posts.jsonl', bytes: 1, userId: null, actor: 'test', options: { city: CITY } });
      await jobs.idle();
      expect(await jobs.get(job.id)).toMatchObject({ status: 'stored', summary: { documents: POSTS, duplicates: 0, errors: [] } });
      expect(stagingFolders()).toEqual([]);
      expect(await uploadKeys()).toEqual([]);
    } finally {
      await queue.close();
      store.close();
    }
    expect((await runs(db)).map((r) => [r.status, r.documents])).toEqual([['failed', 0], ['stored', POSTS]]);
  }, 240_000);
});
