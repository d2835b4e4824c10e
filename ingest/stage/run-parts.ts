/**
 * Runs a file's parts in this process: one worker thread per part, each under the parse heap cap,
 * so a file that needs too much memory ends its threads (ERR_WORKER_OUT_OF_MEMORY), not the
 * process; or, for a small file, one part in the calling thread (a thread's start-up costs more
 * than such a file takes). A part stuck past the parse timeout is terminated.
 */
import { Worker } from 'node:worker_threads';
import { limitText } from '../../data/limits.ts';
import { FileRejected } from '../readers/index.ts';
import type { PartProgress, PartResult, PartSpec } from './part.ts';
import { stagePart } from './stage-part.ts';

/** Messages from a part's thread. */
export type PartMessage =
  | { type: 'progress'; progress: PartProgress }
  | { type: 'done'; result: PartResult }
  | { type: 'failed'; message: string };

/** Overall progress: the last part's, which reads the whole file and finishes last. */
export type FileProgress = { records: number; bytes: number; total: number | null };

export type RunOptions = {
  /** run on worker threads (else the single part runs in the calling thread) */
  threads: boolean;
  /**
   * Old-generation heap of each part's thread, MB (BRANDGAP_PARSE_MEMORY_MB): the thread reads and
   * analyses, so the cap bounds both; the analysis' models take ~90 MB of the default 512.
   */
  memoryMb: number;
  onProgress?: (p: FileProgress) => void;
};

// a part checks the deadline at every record; this is for one stuck inside a single record
const TIMEOUT_GRACE_MS = 2000;

/** Stages every part; resolves with their results in part order, or rejects (FileRejected for a limit). */
export async function runParts(specs: PartSpec[], opts: RunOptions): Promise<PartResult[]> {
  const progress = new Map<number, PartProgress>();
  const report = (p: PartProgress) => {
    progress.set(p.part, p);
    if (!opts.onProgress) return;
    const all = [...progress.values()];
    opts.onProgress({ records: Math.max(...all.map((x) => x.records)), bytes: Math.max(...all.map((x) => x.bytes)), total: all[0].total });
  };
  if (!opts.threads) {
    const results: PartResult[] = [];
    for (const spec of specs) results.push(await stagePart(spec, report));
    return results;
  }
  const workers: Worker[] = [];
  const timeoutMs = specs[0]?.timeoutMs ?? null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const stuck = new Promise<never>((_, reject) => {
      if (timeoutMs === null) return;
      timer = setTimeout(() => reject(new FileRejected([{ where: 'file', message: `still reading after ${Math.round(timeoutMs / 1000)} s: ${limitText('timeoutMs', timeoutMs)}` }])),
        specs[0].deadline! - Date.now() + TIMEOUT_GRACE_MS);
    });
    const parts = specs.map((spec) => runOnThread(spec, opts.memoryMb, report, (w) => workers.push(w)));
    return await Promise.race([Promise.all(parts), stuck]);
  } finally {
    clearTimeout(timer);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** One part on its own thread. */
function runOnThread(spec: PartSpec, memoryMb: number, report: (p: PartProgress) => void, started: (w: Worker) => void): Promise<PartResult> {
  const worker = new Worker(new URL('../worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./part-worker.ts', import.meta.url).href, spec },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(4, memoryMb / 8)) },
    stdout: false, stderr: false,
  });
  started(worker);
  return new Promise((resolve, reject) => {
    worker.on('message', (m: PartMessage) => {
      if (m.type === 'progress') report(m.progress);
      else if (m.type === 'done') resolve(m.result);
      else reject(new Error(`reading failed: ${m.message}`));
    });
    worker.on('error', (err: Error & { code?: string }) => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new FileRejected([{ where: 'file', message: `reading the file needs more memory than allowed: ${limitText('memoryMb', memoryMb)}` }])
      : new Error(`the reader stopped: ${err.message}`)));
    worker.on('exit', () => reject(new Error('the reader stopped before the file was read')));
  });
}
