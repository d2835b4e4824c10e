/** A worker thread that stages one part (run-parts.ts starts it under the parse memory cap). */
import { parentPort, workerData } from 'node:worker_threads';
import type { PartSpec } from './part.ts';
import { stagePart } from './stage-part.ts';
import type { PartMessage } from './run-parts.ts';

const port = parentPort!;
const post = (m: PartMessage) => port.postMessage(m);

try {
  const result = await stagePart(workerData.spec as PartSpec, (progress) => post({ type: 'progress', progress }));
  post({ type: 'done', result });
} catch (err) {
  post({ type: 'failed', message: (err as Error).message ?? String(err) });
}
