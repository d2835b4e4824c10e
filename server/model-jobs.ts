/**
 * Model jobs: retraining with the installation's corrections and activating a model version
 * (which re-annotates every segment). One at a time, on a model thread, so the server keeps
 * answering; the state of each job lives in memory (a version, once stored, lives in the database).
 */
import { randomUUID } from 'node:crypto';
import type { ModelJobView } from '../data/types.ts';
import { startModelThread, type ModelRef } from '../ingest/model-thread.ts';
import { relabelSegments } from '../ingest/reannotate-model.ts';
import { correctionTexts } from '../data/db/corrections.ts';
import { activeVersion, addModelVersion, modelFileFor, setActiveVersion, versionWeights } from '../data/db/model-versions.ts';
import { inTransaction, type Store } from '../data/db/store.ts';

export type ModelJob = ModelJobView;
export type ModelJobKind = ModelJob['kind'];

export type ModelJobs = {
  retrain(actor: string | null, opts: { activate: boolean }): ModelJob;
  activate(version: number, actor: string | null): ModelJob;
  get(id: string): ModelJob | null;
  /** The job queued or running, if any. */
  busy(): ModelJob | null;
  /** Resolves when every job submitted so far has finished. */
  idle(): Promise<void>;
};

/** `maxTexts` trains on a fixed subset of the base texts (tests; the full set takes 10–30 s). */
export function createModelJobs(store: Store, opts: { maxTexts?: number } = {}): ModelJobs {
  const jobs = new Map<string, ModelJob>();
  let chain: Promise<void> = Promise.resolve();

  const refOf = async (version: number): Promise<ModelRef> => {
    if (version === 0) return {};
    const weights = await store.withConnection((conn) => versionWeights(conn, version));
    if (!weights) throw new Error(`no model version ${version}`);
    return { file: modelFileFor(weights) };
  };

  const activateOn = async (job: ModelJob, version: number, thread: ReturnType<typeof startModelThread>) => {
    const model = await refOf(version);
    job.phase = 're-annotating the segments';
    job.relabelled = await inTransaction(store, async (conn) => {
      await setActiveVersion(conn, version);
      return relabelSegments(conn, thread, model, (done, total) => { job.phase = `re-annotating ${done} of ${total} segments`; });
    });
    job.version = version;
  };

  const retrain = async (job: ModelJob, activate: boolean, thread: ReturnType<typeof startModelThread>) => {
    const [texts, active] = await store.withConnection(async (conn) => [await correctionTexts(conn), await activeVersion(conn)] as const);
    const corrections = texts.filter((t) => t.language).map((t) => ({ id: `correction-${t.id}`, lang: t.language as string, text: t.text, sentiment: t.sentiment, themes: t.themes }));
    job.phase = `training with ${corrections.length} corrections`;
    const replaced = active?.version ?? 0;
    const result = await thread.train({ corrections, previous: await refOf(replaced), maxTexts: opts.maxTexts });
    const version = await store.write((conn) => addModelVersion(conn, {
      modelId: result.modelId, createdBy: job.actor, corrections: corrections.length, texts: result.texts,
      figures: { replaced, ...result.figures }, weights: result.weights,
    }));
    job.version = version;
    if (activate) await activateOn(job, version, thread);
  };

  const submit = (kind: ModelJobKind, actor: string | null, work: (job: ModelJob, thread: ReturnType<typeof startModelThread>) => Promise<void>): ModelJob => {
    const job: ModelJob = {
      id: randomUUID(), kind, status: 'queued', actor, phase: 'waiting', createdAt: new Date().toISOString(),
      finishedAt: null, version: null, relabelled: null, error: null,
    };
    jobs.set(job.id, job);
    chain = chain.then(async () => {
      job.status = 'running';
      job.phase = 'starting';
      const thread = startModelThread();
      try {
        await work(job, thread);
        job.status = 'done';
        job.phase = 'done';
      } catch (err) {
        console.error(`[${new Date().toISOString()}] model job ${job.id} failed:`, err);
        job.status = 'failed';
        job.error = (err as Error).message;
      } finally {
        job.finishedAt = new Date().toISOString();
        await thread.close();
      }
    });
    return { ...job };
  };

  return {
    retrain: (actor, o) => submit('retrain', actor, (job, thread) => retrain(job, o.activate, thread)),
    activate: (version, actor) => submit('activate', actor, (job, thread) => activateOn(job, version, thread)),
    get: (id) => { const j = jobs.get(id); return j ? { ...j } : null; },
    busy: () => { const j = [...jobs.values()].find((x) => x.status === 'queued' || x.status === 'running'); return j ? { ...j } : null; },
    idle: () => chain,
  };
}
