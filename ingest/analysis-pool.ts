import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Group, SourceKind } from '../data/types.ts';
import type { Analyzer } from './analysis/index.ts';
import { annotateDoc, type AnnotatedDoc } from './annotate-doc.ts';
import type { RawDoc, ValueLexicon } from './types.ts';

export type AnalysisBatch = { docs: RawDoc[]; kind: SourceKind; values: ValueLexicon[]; defaultGroup: Group };
export type AnalysisRequest = AnalysisBatch & { id: number; valuesKey: string };
export type AnalysisReply = { id: number; docs?: AnnotatedDoc[]; error?: string };

/** Annotates batches of documents, on worker threads or inline. */
export type AnalysisPool = {
  threads: number;
  annotate(batch: AnalysisBatch): Promise<AnnotatedDoc[]>;
  close(): Promise<void>;
};

/** Default thread count: one per core. */
export const defaultThreads = () => availableParallelism();

const valuesKey = (values: ValueLexicon[]) => JSON.stringify(values.map((v) => [v.name, v.terms, v.exclusions]));

/** Analysis in the calling thread: no start-up cost, for small files and tests. */
export function inlinePool(): AnalysisPool {
  const analyzers = new Map<string, Analyzer>();
  return {
    threads: 0,
    async annotate(b) {
      const key = valuesKey(b.values);
      let analyzer = analyzers.get(key);
      if (!analyzer) {
        // loaded on first use: a process whose analysis runs on workers never holds the models
        const { createAnalyzer } = await import('./analysis/index.ts');
        analyzers.set(key, (analyzer = createAnalyzer({ values: b.values })));
      }
      return b.docs.map((d) => annotateDoc(d, b.kind, analyzer, b.defaultGroup));
    },
    async close() {},
  };
}

/**
 * A pool of `threads` worker threads, started on first use. Each batch goes to the worker with
 * the fewest batches in flight; callers bound how many batches they keep in flight (backpressure).
 */
export function workerPool(threads = defaultThreads()): AnalysisPool {
  if (threads < 1) return inlinePool();
  type Slot = { worker: Worker; inFlight: number };
  const slots: Slot[] = [];
  const waiting = new Map<number, { resolve: (d: AnnotatedDoc[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;

  const start = () => {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
        workerData: { entry: new URL('./analysis-worker.ts', import.meta.url).href },
      });
      const slot: Slot = { worker, inFlight: 0 };
      worker.on('message', (reply: AnalysisReply) => {
        slot.inFlight--;
        const w = waiting.get(reply.id);
        waiting.delete(reply.id);
        if (reply.error) w?.reject(new Error(`analysis worker: ${reply.error}`));
        else w?.resolve(reply.docs!);
      });
      worker.on('error', (err) => { for (const w of waiting.values()) w.reject(err); waiting.clear(); });
      slots.push(slot);
    }
  };

  return {
    threads,
    annotate(b) {
      if (!slots.length) start();
      const slot = slots.reduce((a, s) => (s.inFlight < a.inFlight ? s : a));
      const id = nextId++;
      slot.inFlight++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        slot.worker.postMessage({ ...b, id, valuesKey: valuesKey(b.values) } satisfies AnalysisRequest);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
