/**
 * Reads a file on its own worker thread with a heap cap and a deadline, so that no upload can
 * take the process down or stall it: a file that needs more memory ends that thread
 * (ERR_WORKER_OUT_OF_MEMORY), not the server, and one that reads too long is terminated.
 * Either way the file is rejected with the limit and its setting named, and nothing is stored.
 */
import { Worker } from 'node:worker_threads';
import { limitText, type ParseLimits } from '../data/limits.ts';
import type { ReadJob, ReadMessage } from './read-worker.ts';
import { FileRejected, type ReadOptions, type ReadSession, type ReadStats } from './readers/index.ts';
import { noRedactions } from './readers/redact.ts';
import type { RawDoc, ReadError } from './types.ts';

/** A session whose reading thread must be ended when the caller stops early. */
export type IsolatedSession = ReadSession & { close(): Promise<void> };

/** Opens `path` for reading on a worker thread; resolves once its header is read. */
export function openIsolatedReader(path: string, opts: Omit<ReadOptions, 'pseudonymize' | 'limits'>, pseudonymKey: string, limits: ParseLimits): Promise<IsolatedSession> {
  const { memoryMb, timeoutMs, ...readLimits } = limits;
  const job: ReadJob = { path, opts, pseudonymKey, limits: readLimits };
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./read-worker.ts', import.meta.url).href, job },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(4, memoryMb / 8)) },
    stdout: false, stderr: false,
  });
  const stats: ReadStats = { records: 0, skipped: 0, errors: [] };
  const redacted = noRedactions();
  let progress = { bytes: 0, total: null as number | null };
  let ended = false;
  // the one pending request (open, or the next batch) and how the thread ended, if it did
  let pending: { resolve: (m: ReadMessage) => void; reject: (e: FileRejected) => void } | null = null;
  let failure: FileRejected | null = null;
  const fail = (message: string) => {
    if (ended) return;
    failure ??= new FileRejected([{ where: 'file', message }]);
    pending?.reject(failure);
    pending = null;
    void close();
  };
  const close = async () => {
    ended = true;
    clearTimeout(timer);
    await worker.terminate();
  };
  const timer = timeoutMs ? setTimeout(() => fail(`still reading after ${Math.round(timeoutMs / 1000)} s: ${limitText('timeoutMs', timeoutMs)}`), timeoutMs) : undefined;
  worker.on('message', (m: ReadMessage) => { const p = pending; pending = null; p?.resolve(m); });
  worker.on('error', (err: Error & { code?: string }) => fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `reading the file needs more memory than allowed: ${limitText('memoryMb', memoryMb)}`
    : `the reader stopped: ${err.message}`));
  worker.on('exit', () => fail('the reader stopped before the file was read'));
  const next = () => new Promise<ReadMessage>((resolve, reject) => {
    if (failure) { reject(failure); return; }
    pending = { resolve, reject };
  });

  async function* docs(): AsyncGenerator<RawDoc> {
    try {
      for (;;) {
        const reply = next();
        worker.postMessage('next');
        const m = await reply;
        if (m.type === 'crashed') throw new Error(`reading failed: ${m.message}`);
        if (m.type !== 'docs') throw new Error(`reading failed: unexpected ${m.type}`);
        Object.assign(stats, m.stats);
        Object.assign(redacted, m.redacted);
        progress = m.progress;
        yield* m.docs;
        if (m.done) return;
      }
    } catch (err) {
      if (!(err instanceof FileRejected)) throw err;
      stats.errors.push(...err.errors);
    } finally {
      await close();
    }
  }

  return next().then((m): IsolatedSession => {
    if (m.type === 'failed') throw new FileRejected(m.errors as ReadError[]);
    if (m.type === 'crashed') throw new Error(`reading failed: ${m.message}`);
    if (m.type !== 'open') throw new Error(`reading failed: unexpected ${m.type}`);
    return { format: m.format, source: m.source, items: m.items, dropped: m.dropped, docs: docs(), stats, redacted, progress: () => progress, close };
  }).catch(async (err) => { await close(); throw err; });
}
