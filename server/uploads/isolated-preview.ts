/**
 * Runs an upload preview on its own worker thread with the parse limits: the heap cap and a
 * deadline (a tenth of the parse timeout, at most a minute: the wizard waits for it). A preview
 * that breaks a limit answers with the limit named instead of taking the server down.
 */
import { Worker } from 'node:worker_threads';
import type { UploadPreview } from '../../data/types.ts';
import { limitText, type ParseLimits } from '../../data/limits.ts';
import type { PreviewJob } from './preview-worker.ts';

const MAX_PREVIEW_MS = 60_000;

/** The preview of `job.path`, or a preview whose only error names the limit that stopped it. */
export async function previewIsolated(job: Omit<PreviewJob, 'limits'>, limits: ParseLimits): Promise<UploadPreview> {
  const { memoryMb, timeoutMs, ...readLimits } = limits;
  const deadline = Math.min(MAX_PREVIEW_MS, timeoutMs ? timeoutMs / 10 : MAX_PREVIEW_MS);
  const worker = new Worker(new URL('../../ingest/worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./preview-worker.ts', import.meta.url).href, job: { ...job, limits: readLimits } satisfies PreviewJob },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(4, memoryMb / 8)) },
    stdout: false, stderr: false,
  });
  const refused = (message: string): UploadPreview => ({
    format: job.format ?? 'unknown', source: 'survey', dropped: [], items: [], documents: [], needsMapping: false, needsSource: false, guessedSource: null, sourceReason: null,
    columns: [], rows: [], sheets: [], sheet: null, errors: [{ where: 'file', message }],
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<UploadPreview>((resolve, reject) => {
      timer = setTimeout(() => resolve(refused(`the preview took longer than ${Math.round(deadline / 1000)} s; the file cannot be previewed (${limitText('timeoutMs', limits.timeoutMs ?? deadline * 10)})`)), deadline);
      worker.on('message', (m: { preview?: UploadPreview; error?: string }) => (m.preview ? resolve(m.preview) : reject(new Error(m.error))));
      worker.on('error', (err: Error & { code?: string }) => (err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? resolve(refused(`previewing the file needs more memory than allowed: ${limitText('memoryMb', memoryMb)}`))
        : reject(err)));
      worker.on('exit', () => reject(new Error('the preview stopped before it finished')));
    });
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
