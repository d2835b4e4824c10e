/** Worker-thread entry: stages one part and posts its progress, then its result or error. */
import { parentPort, workerData } from 'node:worker_threads';
import { stagePart, type PartSpec } from '../stage/part.ts';

export type ThreadMessage =
  | { kind: 'progress'; records: number; bytes: number; total: number | null }
  | { kind: 'result'; result: Awaited<ReturnType<typeof stagePart>> }
  | { kind: 'error'; message: string };

const post = (m: ThreadMessage) => parentPort!.postMessage(m);

stagePart(workerData.spec as PartSpec, (p) => post({ kind: 'progress', records: p.records, bytes: p.bytes, total: p.total }))
  .then((result) => post({ kind: 'result', result }), (err: Error) => post({ kind: 'error', message: err?.stack ?? String(err) }));
