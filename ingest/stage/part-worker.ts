/**
 * A worker thread that stages parts (run-parts.ts starts it under the parse memory cap): the part
 * given in its workerData (the queue's thread), else each part it is sent, one at a time (the pool).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PartSpec } from './part.ts';
import { stagePart } from './stage-part.ts';
import type { PartMessage } from './run-parts.ts';

const port = parentPort!;
const post = (m: PartMessage) => port.postMessage(m);

async function stage(spec: PartSpec): Promise<void> {
  try {
    const result = await stagePart(spec, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message ?? String(err) });
  }
}

if (workerData?.spec) await stage(workerData.spec as PartSpec);
else port.on('message', (m: { type: 'stage'; spec: PartSpec }) => void stage(m.spec));
