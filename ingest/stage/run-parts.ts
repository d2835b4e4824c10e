/**
 * Runs a file's parts in this process: a pool of worker threads, each under the parse heap cap,
 * taking the parts in file order (a file may have more parts than threads, so that the owner loads
 * the first parts while later ones stage), so a file that needs too much memory ends its threads
 * (ERR_WORKER_OUT_OF_MEMORY), not the process; or, for a small file, the parts in the calling
 * thread (a thread's start-up costs more than such a file takes). A part stuck past the parse
 * timeout is terminated.
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
  /** Worker threads of the pool (default: one per part). */
  poolSize?: number;
  onProgress?: (p: FileProgress) => void;
  /** Called as each part is staged (in the order they finish). */
  onPart?: (r: PartResult) => void;
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
  const results: PartResult[] = [];
  const done = (r: PartResult) => { results[r.part] = r; opts.onPart?.(r); };
  if (!opts.threads) {
    for (const spec of specs) done(await stagePart(spec, report));
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
    const queue = [...specs];
    const pool = Math.max(1, Math.min(opts.poolSize ?? specs.length, specs.length));
    const thread = async () => {
      const w = startThread(opts.memoryMb);
      workers.push(w);
      for (let spec = queue.shift(); spec; spec = queue.shift()) done(await stageOnThread(w, spec, opts.memoryMb, report));
    };
    await Promise.race([Promise.all(Array.from({ length: pool }, thread)), stuck]);
    return results;
  } finally {
    clearTimeout(timer);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * A part thread's young generation, MB (V8 splits it into two semi-spaces and a third for large
 * objects): 64 MB where the cap allows. The analysis allocates much that lives for one record; with
 * 32 MB (11 MB semi-spaces) scavenges took ~50 µs a post in one staging thread, with 16 MB semi-spaces
 * ~22 µs, 32 MB ~16 µs (a busy machine, so roughly).
 */
const youngGenerationMb = (memoryMb: number): number => Math.min(64, Math.max(4, memoryMb / 8));

/** A thread of the pool: it stages the parts it is sent, one at a time. */
function startThread(memoryMb: number): Worker {
  const worker = new Worker(new URL('../worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./part-worker.ts', import.meta.url).href },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: youngGenerationMb(memoryMb) },
    stdout: false, stderr: false,
  });
  worker.setMaxListeners(0);
  return worker;
}

/** One part on a thread of the pool. */
function stageOnThread(worker: Worker, spec: PartSpec, memoryMb: number, report: (p: PartProgress) => void): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const off = () => { worker.off('message', onMessage); worker.off('error', onError); worker.off('exit', onExit); };
    const onMessage = (m: PartMessage) => {
      if (m.type === 'progress') return report(m.progress);
      off();
      if (m.type === 'done') resolve(m.result);
      else reject(new Error(`reading failed: ${m.message}`));
    };
    const onError = (err: Error & { code?: string }) => {
      off();
      reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new FileRejected([{ where: 'file', message: `reading the file needs more memory than allowed: ${limitText('memoryMb', memoryMb)}` }])
        : new Error(`the reader stopped: ${err.message}`));
    };
    const onExit = () => { off(); reject(new Error('the reader stopped before the file was read')); };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ type: 'stage', spec });
  });
}
