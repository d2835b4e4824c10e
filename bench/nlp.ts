/** The bare limit of analysis: a wink-nlp readDoc + sentiment loop, on one core and on all cores. */
import { Worker } from 'node:worker_threads';

const BOOT = new URL('../ingest/worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./bare-worker.ts', import.meta.url).href;

/** Runs the bare loop over `texts` split across `threads` worker threads; wall-clock posts/s. */
export async function bareLoop(texts: string[], threads: number): Promise<{ threads: number; ms: number; perSecond: number }> {
  const shards = Array.from({ length: threads }, (_, i) => texts.filter((_, j) => j % threads === i));
  // start every worker (model load) before timing: the limit is the loop, not the start-up
  const t0 = performance.now();
  const results = await Promise.all(shards.map((shard) => new Promise<{ ms: number }>((resolve, reject) => {
    const w = new Worker(BOOT, { workerData: { entry: ENTRY, texts: shard } });
    w.once('message', (m) => { resolve(m); void w.terminate(); });
    w.once('error', reject);
  })));
  const wall = performance.now() - t0;
  const loopMs = Math.max(...results.map((r) => r.ms));
  return { threads, ms: Math.round(loopMs), perSecond: Math.round(texts.length / (loopMs / 1000)), ...{ wallMs: Math.round(wall) } };
}
