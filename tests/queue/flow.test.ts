/**
 * The queue's plumbing with the real stage on a worker thread: flows, results in part order, progress,
 * a part that fails, no worker. A worker process killed mid-part is in ingest-queue.test.ts.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'bullmq';
import { queueConfig, type QueueConfig } from '../../ingest/queue/config.ts';
import { queuePartRunner, type PartsProgress } from '../../ingest/queue/flow.ts';
import { startPartWorker } from '../../ingest/queue/worker.ts';
import { useRedis } from '../helpers/redis.ts';
import { tmpDir } from '../helpers/tmp.ts';
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
  input = join(tmp.dir, 'posts.ndjson');
  copyFileSync(join('tests', 'fixtures', 'ingest', 'social-posts.ndjson'), input);
});
afterEach(async () => { await Promise.all(workers.splice(0).map((w) => w.close())); });
afterAll(() => tmp.cleanup());

const stagedLines = (files: string[]) => files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));

describe('the ingest queue', () => {
  it('runs every part of a file on the workers and answers the results in part order, with paths on the owner', async () => {
    workers.push(startPartWorker(cfg, { ...LOCK, progressMs: 10 }), startPartWorker(cfg, { ...LOCK, progressMs: 10 }));
    const runner = queuePartRunner(cfg, { pollMs: 50 });
    const seen: PartsProgress[] = [];
    try {
      const results = await runner.run(specsFor(input, 'upload-a', 4, cfg.staging), (p) => seen.push(p));
      expect(results.map((r) => r.part)).toEqual([0, 1, 2, 3]);
      // the fixture's two storable posts (three of its five records are skipped), each staged by exactly one part
      expect(results.reduce((n, r) => n + r.documents, 0)).toBe(2);
      for (const r of results) expect(r.files!.documents).toBe(join(cfg.staging, 'upload-a', `part-${r.part}-documents.ndjson`));
      expect(stagedLines(results.map((r) => r.files!.documents))).toHaveLength(2);
      // the file was copied where every machine sharing the staging folder can read it
      expect(existsSync(join(cfg.staging, 'upload-a', 'input', 'posts.ndjson'))).toBe(true);
      expect(seen.at(-1)).toMatchObject({ partsDone: 4, parts: 4 });
    } finally {
      await runner.close();
    }
  });

  it('fails the upload with the failed part\'s reason once its tries are used up', async () => {
    workers.push(startPartWorker(cfg, LOCK));
    const runner = queuePartRunner(cfg, { pollMs: 50, attempts: 2 });
    // a model file the workers cannot read (an installation's model not on the worker's machine)
    const specs = specsFor(input, 'upload-b', 3, cfg.staging).map((s) => ({ ...s, modelFile: join(tmp.dir, 'missing-model.bin') }));
    try {
      await expect(runner.run(specs)).rejects.toThrow(/part \d of 3 failed: .*missing-model\.bin/);
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

});
