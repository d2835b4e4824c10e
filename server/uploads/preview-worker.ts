/** The thread an upload preview runs on (isolated-preview.ts starts it, under a heap cap). */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadLimits } from '../../data/limits.ts';
import { previewFile, type Mapping } from './preview-file.ts';

/** What the preview thread is given. */
export type PreviewJob = { path: string; format?: string; mapping?: Mapping; sheet?: string; limits: ReadLimits };

const job = workerData.job as PreviewJob;
try {
  const preview = await previewFile(job.path, readFileSync(job.path), job.format, job.mapping, job.sheet, job.limits);
  parentPort!.postMessage({ preview });
} catch (err) {
  parentPort!.postMessage({ error: (err as Error).message ?? String(err) });
}
