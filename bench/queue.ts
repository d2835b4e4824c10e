/**
 * Two `npm run worker` processes over a private Redis against the in-process worker threads, on
 * the same file: posts a second of `npm run ingest`, end to end (the owner's load included).
 */
import { join } from 'node:path';
import { startRedis } from './support/redis.ts';
import { startWorker, stopWorker } from './support/workers.ts';
import { ingestChild, type IngestRun } from './ingest.ts';

export type QueueFigures = { posts: number; threads: IngestRun; queue: IngestRun & { workers: number } };

/** Ingests `file` with `workers` threads in-process, then through the queue with as many worker processes. */
export async function queueVsThreads(file: string, outDir: string, workers: number, city = 'Bench'): Promise<QueueFigures> {
  const threads = await ingestChild(file, join(outDir, 'queue-threads.duckdb'), workers, undefined, city);
  const redis = await startRedis();
  const env = { BRANDGAP_REDIS_URL: redis.url, BRANDGAP_STAGING: join(outDir, 'queue-staging') };
  const procs = await Promise.all(Array.from({ length: workers }, () => startWorker(env, 30_000)));
  try {
    // ingestChild's `npm run ingest` inherits this process's environment: the queue is on for it alone
    Object.assign(process.env, env);
    const queue = await ingestChild(file, join(outDir, 'queue-redis.duckdb'), workers, undefined, city);
    return { posts: threads.documents, threads, queue: { ...queue, workers } };
  } finally {
    delete process.env.BRANDGAP_REDIS_URL;
    delete process.env.BRANDGAP_STAGING;
    await Promise.all(procs.map(stopWorker));
    await redis.stop();
  }
}
