/**
 * Bounded waits on the queue path: an upload while Redis is down, and `npm run ingest` with no worker
 * listening, each fail within their limit (BRANDGAP_QUEUE_CONNECT_S, BRANDGAP_QUEUE_PICKUP_S) with a
 * message that says why, storing nothing and leaving nothing staged or queued.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../data/db/store.ts';
import { queueConfig } from '../../ingest/queue/config.ts';
import { queuePartRunner } from '../../ingest/queue/flow.ts';
import { recoverInterrupted } from '../../ingest/recover.ts';
import { createJobs } from '../../server/jobs.ts';
import { useRedis } from '../helpers/redis.ts';
import { startRedis } from '../../bench/support/redis.ts';
import { startWorker, stopWorker } from '../../bench/support/workers.ts';
import { writeSocialJsonl } from '../../bench/generate.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { tmpDir } from '../helpers/tmp.ts';

const redis = useRedis();
const tmp = tmpDir('brandgap-unavailable-');
afterAll(() => tmp.cleanup());
const FIXTURE = join('tests', 'fixtures', 'ingest', 'social-posts.ndjson');

async function stored(db: string) {
  const store = await openStore(db);
  try {
    const [row] = await store.all<{ documents: number; runs: string }>(
      `select (select count(*) from documents)::INTEGER as documents, (select string_agg(status, ',') from ingest_runs) as runs`);
    return row;
  } finally {
    store.close();
  }
}

/** The CLI in its own process, as a user runs it; never throws, answers the exit code and output. */
async function ingestCli(args: string[], env: Record<string, string>) {
  const t0 = Date.now();
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr, ms: Date.now() - t0 };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, ms: Date.now() - t0 };
  }
}

describe('the queue path when the queue cannot serve', () => {
  it('an upload made while Redis is down fails after BRANDGAP_QUEUE_CONNECT_S, saying Redis is unreachable, and stores nothing', async () => {
    const down = await startRedis();
    await down.stop(); // a real Redis that is no longer there: its port refuses connections
    const staging = join(tmp.dir, 'staging-down');
    const cfg = queueConfig({ BRANDGAP_REDIS_URL: down.url, BRANDGAP_STAGING: staging, BRANDGAP_QUEUE_CONNECT_S: '2' })!;
    const queue = queuePartRunner(cfg, { pollMs: 50 });
    const db = join(tmp.dir, 'down.duckdb');
    const store = await openStore(db);
    const upload = join(tmp.dir, 'upload-1', 'posts.ndjson');
    mkdirSync(join(tmp.dir, 'upload-1'));
    copyFileSync(FIXTURE, upload);
    const t0 = Date.now();
    try {
      const jobs = await createJobs(store, undefined, { queue });
      const job = await jobs.submit({ path: upload, fileName: 'posts.ndjson', bytes: 1, userId: null, actor: 'test', options: { city: 'Havenstad' } });
      await jobs.idle();
      const done = await jobs.get(job.id);
      const ms = Date.now() - t0;
      expect(done).toMatchObject({ status: 'failed', summary: null });
      expect(done!.error).toBe(`Redis is unreachable at ${down.url}: no answer within 2 s (BRANDGAP_QUEUE_CONNECT_S); nothing was stored`);
      expect(ms).toBeGreaterThanOrEqual(2000);
      expect(ms).toBeLessThan(6000);
      // the upload's temporary file and any staging are gone
      expect(existsSync(upload)).toBe(false);
      expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
    } finally {
      await queue.close();
      store.close();
    }
    expect(await stored(db)).toEqual({ documents: 0, runs: 'interrupted' });
  }, 60_000);

  it('npm run ingest with Redis down exits 1 within the limit, with the same message', async () => {
    const down = await startRedis();
    await down.stop();
    const db = join(tmp.dir, 'cli-down.duckdb');
    const run = await ingestCli([FIXTURE, '--city', 'Havenstad', '--db', db], {
      BRANDGAP_REDIS_URL: down.url, BRANDGAP_STAGING: join(tmp.dir, 'staging-cli-down'), BRANDGAP_QUEUE_CONNECT_S: '2',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ingest: Redis is unreachable at ${down.url}: no answer within 2 s`);
    expect(run.ms).toBeLessThan(30_000);
    expect(await stored(db)).toEqual({ documents: 0, runs: null });
  }, 60_000);

  it('npm run ingest with no worker listening fails after BRANDGAP_QUEUE_PICKUP_S, leaving no job in Redis and nothing staged', async () => {
    const db = join(tmp.dir, 'no-worker.duckdb');
    const staging = join(tmp.dir, 'staging-no-worker');
    const run = await ingestCli([FIXTURE, '--city', 'Havenstad', '--db', db], {
      BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: staging, BRANDGAP_QUEUE_PICKUP_S: '2',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the parts wait 2 s for one (BRANDGAP_QUEUE_PICKUP_S)');
    expect(run.stderr).toContain(`ingest: no worker took the parts within 2 s (BRANDGAP_QUEUE_PICKUP_S): is \`npm run worker\` running against ${redis().url}? Nothing was stored`);
    expect(run.ms).toBeLessThan(30_000);
    expect(await stored(db)).toEqual({ documents: 0, runs: 'interrupted' });
    expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
    // the next start finds nothing left of it and closes the run as failed
    const store = await openStore(db);
    const queue = queuePartRunner(queueConfig({ BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: staging })!, { pollMs: 50 });
    try {
      expect(await recoverInterrupted(store, queue)).toEqual({ cleaned: 1, pending: [] });
    } finally {
      await queue.close();
      store.close();
    }
    expect(await stored(db)).toEqual({ documents: 0, runs: 'failed' });
    const client = new Redis(redis().url);
    try {
      // no job of the upload (parent or part) is left, nor in any list of the queues
      expect(await client.keys('brandgap:*:run-*')).toEqual([]);
      expect(await client.llen('brandgap:brandgap-ingest-parts:wait')).toBe(0);
    } finally {
      client.disconnect();
    }
  }, 60_000);

  it('an ingest whose only worker dies mid-part fails once no worker has been connected for BRANDGAP_QUEUE_PICKUP_S', async () => {
    const staging = join(tmp.dir, 'staging-dead-worker');
    const env = { BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: staging, BRANDGAP_QUEUE_PICKUP_S: '3' };
    const file = join(tmp.dir, 'dead-worker.jsonl');
    await writeSocialJsonl(file, 12_000);
    const worker = await startWorker(env, 30_000);
    const queue = queuePartRunner(queueConfig(env)!, { pollMs: 50 });
    const db = join(tmp.dir, 'dead-worker.duckdb');
    const store = await openStore(db);
    let killedAt = 0;
    const kill = setInterval(() => {
      if (!killedAt && /part 1\/1 of run-1-\w+: started/.test(worker.log())) { killedAt = Date.now(); worker.proc.kill('SIGKILL'); }
    }, 20);
    try {
      await expect(ingestFile(store, file, { city: 'Havenstad', queue })).rejects.toThrow(/^no worker took the parts within 3 s/);
      const waited = Date.now() - killedAt;
      expect(killedAt).toBeGreaterThan(0);
      expect(waited).toBeGreaterThanOrEqual(3000);
      expect(waited).toBeLessThan(15_000);
    } finally {
      clearInterval(kill);
      await stopWorker(worker);
      await queue.close();
      store.close();
    }
    expect(await stored(db)).toEqual({ documents: 0, runs: 'interrupted' });
  }, 120_000);
});
