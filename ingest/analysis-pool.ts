import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Group, SourceKind } from '../data/types.ts';
import type { Analyzer } from './analysis/index.ts';
import { annotateDoc, type AnnotatedDoc } from './annotate-doc.ts';
import type { CustomThemeTerm } from './analysis/taxonomy.ts';
import type { RawDoc, ValueLexicon } from './types.ts';

/** `themeTerms`: custom theme terms (table theme_terms) to add to the taxonomy; `modelFile`: the
 * installation's active model (model_versions), absent for the shipped one. */
export type AnalysisBatch = { docs: RawDoc[]; kind: SourceKind; values: ValueLexicon[]; defaultGroup: Group; themeTerms?: CustomThemeTerm[]; modelFile?: string };
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

/** The analyzer cache key of a batch: its value lexicon, custom theme terms and model file. */
const valuesKey = (values: ValueLexicon[], themeTerms: CustomThemeTerm[] = [], modelFile?: string) =>
  JSON.stringify([values.map((v) => [v.name, v.terms, v.exclusions]), themeTerms.map((t) => [t.theme, t.term]), modelFile ?? null]);

/** Analysis in the calling thread: no start-up cost, for small files and tests. */
export function inlinePool(): AnalysisPool {
  const analyzers = new Map<string, Analyzer>();
  return {
    threads: 0,
    async annotate(b) {
      const key = valuesKey(b.values, b.themeTerms, b.modelFile);
      let analyzer = analyzers.get(key);
      if (!analyzer) {
        // loaded on first use: a process whose analysis runs on workers never holds the models
        const { createAnalyzer } = await import('./analysis/index.ts');
        const { modelsFromFile } = await import('./model-file-cache.ts');
        analyzers.set(key, (analyzer = createAnalyzer({ values: b.values, themeTerms: b.themeTerms, models: modelsFromFile(b.modelFile) })));
      }
      return b.docs.map((d) => annotateDoc(d, b.kind, analyzer, b.defaultGroup));
    },
    async close() {},
  };
}

/** Old-generation heap per analysis thread: the model and lexicons take ~100 MB, a batch a few more. */
const WORKER_HEAP_MB = 256;

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
        // V8 grows an idle-GC heap towards gigabytes per thread; a cap makes it collect instead (peak RSS)
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
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
        slot.worker.postMessage({ ...b, id, valuesKey: valuesKey(b.values, b.themeTerms, b.modelFile) } satisfies AnalysisRequest);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
