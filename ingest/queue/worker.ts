/**
 * The worker side of the queue: takes part jobs, stages them (on a thread of their own) under
 * the shared staging folder and returns the result. A worker that dies mid-part loses its lock;
 * BullMQ's stalled check hands the part to another worker, which rewrites the same files.
 */
import { Worker } from 'bullmq';
import type { PartResult } from '../stage/part.ts';
import { PARTS_QUEUE, QUEUE_PREFIX, type QueueConfig } from './config.ts';
import type { JobProgress, PartJobData } from './flow.ts';
import { resultToJob, specFromJob } from './portable.ts';
import { stageOnThread } from './thread-stage.ts';

export type PartWorkerOptions = {
  /** parts at once (each on its own thread); default 1, run more processes for more cores */
  concurrency?: number;
  /** how long a job's lock lasts without renewal, and how often stalled jobs are looked for (ms) */
  lockDuration?: number;
  stalledInterval?: number;
  /** times a part may be found stalled (its worker died) before it fails */
  maxStalledCount?: number;
  /** how often progress is written to the job (ms) */
  progressMs?: number;
  log?: (line: string) => void;
};

/** Starts pulling part jobs; `close()` the returned worker to stop after the parts in hand. */
export function startPartWorker(cfg: QueueConfig, opts: PartWorkerOptions = {}): Worker<PartJobData, PartResult> {
  const log = opts.log ?? (() => {});
  const worker = new Worker<PartJobData, PartResult>(PARTS_QUEUE, async (job) => {
    const spec = specFromJob(cfg.staging, job.data.spec);
    const started = Date.now();
    log(`part ${spec.part + 1}/${spec.parts} of ${spec.uploadId}: started (attempt ${job.attemptsMade + 1})`);
    let last = 0;
    let latest: JobProgress | null = null;
    const result = await stageOnThread(spec, (p) => {
      latest = { records: p.records, bytes: p.bytes, total: p.total };
      const now = Date.now();
      if (now - last < (opts.progressMs ?? 500)) return;
      last = now;
      job.updateProgress(latest).catch(() => {}); // progress is a courtesy; losing one update is harmless
    });
    if (latest) await job.updateProgress(latest);
    log(`part ${spec.part + 1}/${spec.parts} of ${spec.uploadId}: ${result.documents} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return resultToJob(cfg.staging, result);
  }, {
    connection: cfg.connection, prefix: QUEUE_PREFIX,
    concurrency: opts.concurrency ?? 1,
    lockDuration: opts.lockDuration ?? 30_000,
    stalledInterval: opts.stalledInterval ?? 30_000,
    maxStalledCount: opts.maxStalledCount ?? 2,
  });
  worker.on('failed', (job, err) => log(`part job ${job?.id ?? '?'} failed: ${err.message.split('\n')[0]}`));
  return worker;
}
