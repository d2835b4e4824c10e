/**
 * Runs stagePart on its own worker thread (the in-process path's part-worker.ts): the analysis is
 * CPU-bound, and a queue worker's main thread must stay free to renew its job locks, or BullMQ
 * would take a busy job for a dead one. The thread has the parse heap cap of an upload.
 */
import { Worker } from 'node:worker_threads';
import { limitText, PARSE_MEMORY_MB } from '../../data/limits.ts';
import { noRedactions } from '../readers/redact.ts';
import type { PartProgress, PartResult, PartSpec } from '../stage/part.ts';
import type { PartMessage } from '../stage/run-parts.ts';

export type StageFn = (spec: PartSpec, onProgress?: (p: PartProgress) => void) => Promise<PartResult>;

/** stagePart on a fresh thread; rejects when the thread throws or dies, refuses the file when it runs out of heap. */
export const stageOnThread: StageFn = (spec, onProgress) => new Promise((resolve, reject) => {
  const memoryMb = PARSE_MEMORY_MB;
  const worker = new Worker(new URL('../worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('../stage/part-worker.ts', import.meta.url).href, spec },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
  let settled = false;
  const settle = (f: () => void) => { if (!settled) { settled = true; f(); void worker.terminate(); } };
  worker.on('message', (m: PartMessage) => {
    if (m.type === 'progress') onProgress?.(m.progress);
    else if (m.type === 'done') settle(() => resolve(m.result));
    else settle(() => reject(new Error(m.message)));
  });
  worker.on('error', (err: Error & { code?: string }) => settle(() => err.code === 'ERR_WORKER_OUT_OF_MEMORY'
    // the same file would run out again on any worker: a refusal, not a failure to retry
    ? resolve(refused(spec, `reading the file needs more memory than allowed: ${limitText('memoryMb', memoryMb)}`))
    : reject(err)));
  worker.on('exit', (code) => settle(() => reject(new Error(`the staging thread exited (code ${code}) before it finished part ${spec.part}`))));
});

/** A part that refuses the whole file (the owner rejects it, nothing stored). */
function refused(spec: PartSpec, message: string): PartResult {
  return {
    part: spec.part, files: null, format: null, source: null, items: [], dropped: [], documents: 0, segments: 0, duplicates: 0,
    read: { records: 0, skipped: 0, errors: [], redacted: noRedactions() }, cities: [],
    refusal: { ordinal: 0, errors: [{ where: 'file', message }] }, maxLineBytes: 0,
  };
}
