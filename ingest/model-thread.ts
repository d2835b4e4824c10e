/** A worker thread for model work (ingest/model-worker.ts): retraining and relabelling segments. */
import { Worker } from 'node:worker_threads';
import type { RetrainFigures } from '../data/types.ts';
import type { CustomThemeTerm } from './analysis/taxonomy.ts';
import type { TrainingText } from './analysis/learned/train.ts';
import type { TermMatch } from './types.ts';

/** Which model: a model file or weights, `{}` for the shipped model, null for the lexicon alone. */
export type ModelRef = { file?: string; weights?: Uint8Array } | null;

/** A correction as a training text (weight and theme labelling are set by the worker). */
export type CorrectionText = Pick<TrainingText, 'id' | 'lang' | 'text' | 'sentiment' | 'themes'>;

export type TrainResult = {
  weights: Uint8Array; modelId: string; texts: number;
  figures: Omit<RetrainFigures, 'replaced'>;
};

/** A segment read again: label, score, the words that moved it (JSON) and its theme matches. */
export type RelabelledSegment = { id: number; label: string | null; sentiment: number | null; contributions: string; themes: TermMatch[] };

export type ModelRequest =
  | { type: 'train'; id: number; corrections: CorrectionText[]; previous: ModelRef; maxTexts?: number }
  | { type: 'relabel'; id: number; model: ModelRef; themeTerms: CustomThemeTerm[]; segments: { id: number; text: string; language: string | null }[] };
export type ModelReply = { id: number; train?: TrainResult; relabel?: RelabelledSegment[]; error?: string };

type Payload<T extends ModelRequest['type']> = Omit<Extract<ModelRequest, { type: T }>, 'type' | 'id'>;

/** One model thread; `close()` ends it. Requests are answered in order. */
export type ModelThread = {
  train(req: Payload<'train'>): Promise<TrainResult>;
  relabel(req: Payload<'relabel'>): Promise<RelabelledSegment[]>;
  close(): Promise<void>;
};

/** Starts a model thread (the wink model and lexicons load on its first request). */
export function startModelThread(): ModelThread {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./model-worker.ts', import.meta.url).href },
  });
  const waiting = new Map<number, { resolve: (r: ModelReply) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on('message', (reply: ModelReply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error) w?.reject(new Error(`model thread: ${reply.error}`));
    else w?.resolve(reply);
  });
  const fail = (err: Error) => { for (const w of waiting.values()) w.reject(err); waiting.clear(); };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`model thread exited (${code})`)));
  const ask = (req: ModelRequest) => new Promise<ModelReply>((resolve, reject) => {
    waiting.set(req.id, { resolve, reject });
    worker.postMessage(req);
  });
  return {
    train: async (req) => (await ask({ type: 'train', id: next++, ...req })).train!,
    relabel: async (req) => (await ask({ type: 'relabel', id: next++, ...req })).relabel!,
    close: async () => { await worker.terminate(); },
  };
}
