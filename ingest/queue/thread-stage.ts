/**
 * Runs stagePart on its own worker thread: the analysis is CPU-bound, and a queue worker's main
 * thread must stay free to renew its job locks, or BullMQ would take a busy job for a dead one.
 */
import { Worker } from 'node:worker_threads';
import type { PartProgress, PartResult, PartSpec } from '../stage/part.ts';
import type { ThreadMessage } from './part-thread.ts';

/** Old-generation heap of a staging thread (the models take ~100 MB, a batch a few more). */
const THREAD_HEAP_MB = 512;

export type StageFn = (spec: PartSpec, onProgress?: (p: PartProgress) => void) => Promise<PartResult>;

/** stagePart on a fresh thread; rejects when the thread throws or dies. */
export const stageOnThread: StageFn = (spec, onProgress) => new Promise((resolve, reject) => {
  const worker = new Worker(new URL('../worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./part-thread.ts', import.meta.url).href, spec },
    resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
  });
  let settled = false;
  const settle = (f: () => void) => { if (!settled) { settled = true; f(); void worker.terminate(); } };
  worker.on('message', (m: ThreadMessage) => {
    if (m.kind === 'progress') onProgress?.({ part: spec.part, records: m.records, bytes: m.bytes, total: m.total });
    else if (m.kind === 'result') settle(() => resolve(m.result));
    else settle(() => reject(new Error(m.message)));
  });
  worker.on('error', (err) => settle(() => reject(err)));
  worker.on('exit', (code) => settle(() => reject(new Error(`the staging thread exited (code ${code}) before it finished part ${spec.part}`))));
});
