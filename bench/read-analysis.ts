/**
 * Read+analysis alone, with the same workers as the ingest: each of `workers` threads reads the
 * file and analyses its part, as a staging worker does, but writes nothing and nothing is loaded.
 * The ingest end to end is compared with this (issue 20: ≥ 0.75 ×).
 */
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { openStore } from '../data/db/store.ts';
import { READ_LIMITS } from '../data/limits.ts';
import type { BrandValueInput } from '../data/types.ts';
import { setCityValues } from '../ingest/reannotate.ts';
import { partSpecs, prepareContext } from '../ingest/stage/file-context.ts';

const BOOT = new URL('../ingest/worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./read-analysis-worker.ts', import.meta.url).href;

/** Posts a second read and analysed by `workers` threads, wall clock from the first thread's start (as the ingest's). */
export async function readAnalysis(file: string, db: string, workers: number, values: BrandValueInput[], city = 'Bench') {
  rmSync(db, { force: true });
  const store = await openStore(db);
  await setCityValues(store, city, values, 'bench');
  // the spec the ingest would give its parts: the city's values, the key, the split
  const fileSpec = await store.write((conn) => prepareContext(conn, {
    path: file, staging: '', uploadId: '', read: { city }, limits: READ_LIMITS, kind: null,
  }));
  store.close();
  rmSync(db, { force: true });
  const t0 = performance.now();
  const done = await Promise.all(partSpecs(fileSpec, workers).map((spec) => new Promise<{ records: number }>((resolve, reject) => {
    const w = new Worker(BOOT, { workerData: { entry: ENTRY, spec } });
    w.once('message', (m) => { resolve(m); void w.terminate(); });
    w.once('error', reject);
  })));
  const ms = performance.now() - t0;
  const records = done.reduce((n, d) => n + d.records, 0); // the posts each part analysed
  return { workers, records, ms: Math.round(ms), perSecond: Math.round(records / (ms / 1000)) };
}
