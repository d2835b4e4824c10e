/**
 * The thread a file is read on (isolated-reader.ts starts it): the ZIP guard and the format
 * reader run here, under the thread's own heap cap, and documents go back in batches on request.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makePseudonymizer } from './hash.ts';
import type { ReadLimits } from '../data/limits.ts';
import { openReader, type ReadOptions } from './readers/index.ts';
import type { RedactionCounts } from './readers/redact.ts';
import type { RawDoc } from './types.ts';
import { guardZip, zipLimitsFor } from './zip-guard.ts';

/** What the reading thread is given. */
export type ReadJob = { path: string; opts: Omit<ReadOptions, 'pseudonymize' | 'limits'>; pseudonymKey: string; limits: ReadLimits };
type Progress = { bytes: number; total: number | null };
type Stats = { records: number; skipped: number; errors: { where: string; message: string }[] };
/** Messages from the reading thread. */
export type ReadMessage =
  | { type: 'open'; format: string; source: import('../data/types.ts').SourceKind; items: import('./types.ts').RawItem[]; dropped: string[] }
  | { type: 'docs'; docs: RawDoc[]; stats: Stats; redacted: RedactionCounts; progress: Progress; done: boolean }
  | { type: 'failed'; errors: Stats['errors'] }
  | { type: 'crashed'; message: string };

// a batch is sent when it holds this many documents or this much text, whichever comes first
const BATCH_DOCS = 500;
const BATCH_CHARS = 4 * 2 ** 20;

const job = workerData.job as ReadJob;
const port = parentPort!;
const post = (m: ReadMessage) => port.postMessage(m);

try {
  await guardZip(job.path, zipLimitsFor(job.limits));
  const session = await openReader(job.path, { ...job.opts, limits: job.limits, pseudonymize: makePseudonymizer(job.pseudonymKey) });
  post({ type: 'open', format: session.format, source: session.source, items: session.items, dropped: session.dropped });
  const docs = session.docs[Symbol.asyncIterator]();
  port.on('message', async () => {
    try {
      const batch: RawDoc[] = [];
      let chars = 0;
      let done = false;
      while (batch.length < BATCH_DOCS && chars < BATCH_CHARS) {
        const next = await docs.next();
        if (next.done) { done = true; break; }
        batch.push(next.value);
        for (const p of next.value.parts) chars += p.text.length;
      }
      post({ type: 'docs', docs: batch, stats: session.stats, redacted: session.redacted, progress: session.progress(), done });
    } catch (err) {
      post({ type: 'crashed', message: (err as Error).message ?? String(err) });
    }
  });
} catch (err) {
  const e = err as { errors?: Stats['errors']; message?: string };
  if (Array.isArray(e.errors) && e.errors.length) post({ type: 'failed', errors: e.errors });
  else post({ type: 'crashed', message: e.message ?? String(err) });
}
