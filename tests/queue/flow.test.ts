/** The queue's plumbing with a stand-in stage: flows, results in part order, progress, failures, a killed worker. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'bullmq';
import { queueConfig, type QueueConfig } from '../../ingest/queue/config.ts';
import { queuePartRunner, type PartsProgress } from '../../ingest/queue/flow.ts';
import { startPartWorker } from '../../ingest/queue/worker.ts';
import { useRedis } from '../helpers/redis.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { fakeStage } from './fake-stage.ts';
import { specsFor } from './specs.ts';

const redis = useRedis();
const tmp = tmpDir();
let cfg: QueueConfig;
let input: string;
const workers: Worker[] = [];
// every worker on a queue must share the stalled-check period: the last check's period holds for all
const LOCK = { lockDuration: 1000, stalledInterval: 1000 };

beforeAll(() => {
  cfg = queueConfig({ BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: join(tmp.dir, 'staging') })!;
  // the owner's file lives outside the staging folder, as an upload's temp file does
  input = join(tmp.dir, 'posts.txt');
  writeFileSync(input, Array.from({ length: 40 }, (_, i) => `post ${i}`).join('\n') + '\n');
});
afterEach(async () => { await Promise.all(workers.splice(0).map((w) => w.close())); });
afterAll(() => tmp.cleanup());

/** SIGTERM, then SIGKILL if it has not exited within 5 s. */
async function stopProcess(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((r) => p.once('exit', r));
  p.kill('SIGTERM');
  const timer = setTimeout(() => p.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

const stagedLines = (files: string[]) => files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));

describe('the ingest queue', () => {
  it('runs every part of a file on the workers and answers the results in part order, with paths on the owner', async () => {
    workers.push(startPartWorker(cfg, { ...LOCK, stage: fakeStage({ msPerLine: 5 }), progressMs: 10 }), startPartWorker(cfg, { ...LOCK, stage: fakeStage({ msPerLine: 5 }), progressMs: 10 }));
    const runner = queuePartRunner(cfg, { pollMs: 50 });
    const seen: PartsProgress[] = [];
    try {
      const results = await runner.run(specsFor(input, 'upload-a', 4, cfg.staging), (p) => seen.push(p));
      expect(results.map((r) => r.part)).toEqual([0, 1, 2, 3]);
      expect(results.reduce((n, r) => n + r.documents, 0)).toBe(40);
      for (const r of results) expect(r.files!.documents).toBe(join(cfg.staging, 'upload-a', `part-${r.part}-documents.ndjson`));
      expect(stagedLines(results.map((r) => r.files!.documents))).toHaveLength(40);
      // the file was copied where every machine sharing the staging folder can read it
      expect(existsSync(join(cfg.staging, 'upload-a', 'input', 'posts.txt'))).toBe(true);
      expect(seen.at(-1)).toMatchObject({ partsDone: 4, parts: 4 });
      expect(Math.max(...seen.map((p) => p.records))).toBe(40);
    } finally {
      await runner.close();
    }
  });

  it('fails the upload with the failed part\'s reason once its tries are used up', async () => {
    workers.push(startPartWorker(cfg, { ...LOCK, stage: fakeStage({ failPart: 1 }) }));
    const runner = queuePartRunner(cfg, { pollMs: 50, attempts: 2 });
    try {
      await expect(runner.run(specsFor(input, 'upload-b', 3, cfg.staging))).rejects.toThrow(/part 2 of 3 failed: .*boom in part 1/);
    } finally {
      await runner.close();
    }
  });

  it('gives up when no worker takes the parts before their deadline', async () => {
    const runner = queuePartRunner(cfg, { pollMs: 50, graceMs: 200 });
    try {
      await expect(runner.run(specsFor(input, 'upload-c', 2, cfg.staging, Date.now()))).rejects.toThrow(/npm run worker/);
    } finally {
      await runner.close();
    }
  });

  it('hands the part of a worker killed mid-job to another worker: every line staged once', async () => {
    const env = { ...process.env, BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: cfg.staging, LOCK_MS: '1000', MS_PER_LINE: '100' };
    const procs: ChildProcess[] = [];
    const logs: string[] = [];
    const start = () => new Promise<ChildProcess>((resolve, reject) => {
      // node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the process doing the work
      const p = spawn(process.execPath, ['--import', 'tsx', join('tests', 'queue', 'fake-worker.ts')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      procs.push(p);
      let out = '';
      p.stderr!.on('data', (d) => { out += d; logs.push(`${p.pid}: ${d}`); if (out.includes('ready')) resolve(p); });
      p.once('exit', (code) => reject(new Error(`worker exited (${code}): ${out}`)));
    });
    const runner = queuePartRunner(cfg, { pollMs: 50 });
    try {
      const [victim] = await Promise.all([start(), start()]);
      let killed = false;
      const results = await runner.run(specsFor(input, 'upload-d', 2, cfg.staging), (p) => {
        // both parts take 2 s; kill the first worker once it has staged some of its part
        if (!killed && p.records >= 12) { killed = true; victim.kill('SIGKILL'); }
      });
      expect(killed).toBe(true);
      expect(results.map((r) => r.documents)).toEqual([20, 20]);
      const lines = stagedLines(results.map((r) => r.files!.documents));
      expect(lines).toHaveLength(40);
      expect(new Set(lines).size).toBe(40);
      expect(logs.join('')).toMatch(/started \(attempt 1\)[\s\S]*part \d\/2 of upload-d: started/);
    } finally {
      await runner.close();
      await Promise.all(procs.map(stopProcess));
    }
  });
});
