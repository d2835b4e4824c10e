/**
 * The owner's side of the queue: one BullMQ flow per file, a parent job for the upload and one
 * child per part. `npm run worker` processes take the children; no worker takes the parent, the
 * owner watches it and, once every child has finished, reads their results for loadParts.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FlowProducer, Job, Queue } from 'bullmq';
import type { PartResult, PartSpec } from '../stage/part.ts';
import { PARTS_QUEUE, publicUrl, QUEUE_PREFIX, QueueUnavailable, UPLOADS_QUEUE, type QueueConfig } from './config.ts';
import { resultFromJob, specToJob, underRoot } from './portable.ts';

/** Progress of a file's parts: records and bytes read so far, parts finished. */
export type PartsProgress = { records: number; bytes: number; total: number | null; partsDone: number; parts: number };
/** What a worker reports on its job while it stages a part. */
export type JobProgress = { records: number; bytes: number; total: number | null };
export type PartJobData = { spec: PartSpec };
export type UploadJobData = { uploadId: string; file: string; parts: number };

/** Runs the parts of one file and answers their results in part order. */
export type PartRunner = (specs: PartSpec[], onProgress?: (p: PartsProgress) => void) => Promise<PartResult[]>;

/** What the pipeline needs of the queue: where parts are staged, how many to cut, and the runner. */
export type QueueParts = {
  staging: string;
  /** parts for a large file: one per worker listening now (at least 1, at most MAX_PARTS) */
  parts(): Promise<number>;
  /** workers listening now */
  workers(): Promise<number>;
  run: PartRunner;
  /**
   * Takes an upload's flow (parent and parts) out of Redis; waits while a worker still holds a part
   * (it cannot be removed then), up to `waitMs`. True when nothing of it is left.
   */
  removeFlow(uploadId: string, waitMs: number): Promise<boolean>;
  /** how long the owner may wait for the queue (cfg.pickupMs) */
  pickupMs: number;
  close(): Promise<void>;
};

/** More parts than this re-read the file more often than they gain (every part reads all of it). */
export const MAX_PARTS = 16;

export type QueueRunnerOptions = {
  /** how often the owner looks at the flow (ms) */
  pollMs?: number;
  /** tries per part when a worker throws (a killed worker is retried by the stalled check, not counted here) */
  attempts?: number;
  /** how long past a part's deadline the owner waits for the queue before it gives up (ms) */
  graceMs?: number;
  /** how long the owner waits for Redis to answer (ms; default cfg.connectMs) */
  connectMs?: number;
  /** how long parts may wait with no worker listening (ms; default cfg.pickupMs) */
  pickupMs?: number;
};

/** A child's job id: deterministic, so a resubmitted file finds its own parts again. */
export const partJobId = (uploadId: string, part: number) => `${uploadId}-part-${part}`;

/** The file where every worker can read it: under the shared staging folder, copied there if need be. */
async function shareFile(cfg: QueueConfig, spec: PartSpec): Promise<string> {
  try { underRoot(cfg.staging, spec.path); return spec.path; } catch { /* not shared yet */ }
  const dir = join(cfg.staging, spec.uploadId, 'input');
  await mkdir(dir, { recursive: true });
  const shared = join(dir, basename(spec.path));
  await copyFile(spec.path, shared);
  return shared;
}

/** A runner that sends parts through BullMQ; close() when the owner stops. */
export function queuePartRunner(cfg: QueueConfig, opts: QueueRunnerOptions = {}): QueueParts {
  const base = { connection: cfg.connection, prefix: QUEUE_PREFIX };
  const flows = new FlowProducer(base);
  const uploads = new Queue<UploadJobData>(UPLOADS_QUEUE, base);
  const parts = new Queue<PartJobData, PartResult>(PARTS_QUEUE, base);
  const pollMs = opts.pollMs ?? 400;
  // ioredis reconnects by itself; say once a minute that Redis is unreachable, not at every retry
  let lastError = 0;
  const onError = (err: Error) => {
    if (Date.now() - lastError < 60_000) return;
    lastError = Date.now();
    console.error(`brandgap: the ingest queue cannot use Redis (BRANDGAP_REDIS_URL): ${err.message}`);
  };
  flows.on('error', onError);
  uploads.on('error', onError);
  parts.on('error', onError);
  const connectMs = opts.connectMs ?? cfg.connectMs;
  const pickupMs = opts.pickupMs ?? cfg.pickupMs;

  /** A Redis call that fails the upload when Redis does not answer within connectMs (ioredis would wait for it without limit). */
  function bounded<T>(call: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueUnavailable(
        `Redis is unreachable at ${publicUrl(cfg.redisUrl)}: no answer within ${connectMs / 1000} s (BRANDGAP_QUEUE_CONNECT_S); nothing was stored`)), connectMs);
    });
    const answer = call();
    answer.catch(() => {}); // a call answered after the limit has nobody left to tell
    return Promise.race([answer, late]).finally(() => clearTimeout(timer));
  }
  /** Redis answers (the first connection included, within connectMs). */
  const reachable = () => bounded(async () => { await parts.waitUntilReady(); await parts.getWorkersCount(); });

  const run: PartRunner = async (specs, onProgress) => {
    if (!specs.length) return [];
    const uploadId = specs[0].uploadId;
    await reachable(); // before anything goes to Redis: a flow added late would be staged for nobody
    const path = await shareFile(cfg, specs[0]);
    // a parent left over from an owner that stopped half-way: its parts are staged again
    await bounded(async () => { await (await Job.fromId(uploads, uploadId))?.remove(); });
    await bounded(() => flows.add({
      name: 'upload', queueName: UPLOADS_QUEUE, data: { uploadId, file: basename(path), parts: specs.length },
      opts: { jobId: uploadId },
      children: specs.map((s) => ({
        name: 'part', queueName: PARTS_QUEUE,
        data: { spec: specToJob(cfg.staging, { ...s, path, staging: cfg.staging }) },
        opts: { jobId: partJobId(uploadId, s.part), attempts: opts.attempts ?? 3, backoff: { type: 'fixed', delay: 1000 }, failParentOnFailure: true },
      })),
    }));
    try {
      return await watch(uploadId, specs, onProgress);
    } finally {
      // a part still running elsewhere keeps its lock and cannot be removed now; its files go with the staging folder
      await bounded(async () => { await (await Job.fromId(uploads, uploadId))?.remove(); }).catch(() => {});
    }
  };

  /** Polls the flow until the parent is ready (every part done) or failed. */
  async function watch(uploadId: string, specs: PartSpec[], onProgress?: (p: PartsProgress) => void): Promise<PartResult[]> {
    const deadline = specs[0].deadline;
    let workerSeen = Date.now();
    for (;;) {
      const { parent, state, children, listening } = await bounded(() => look(uploadId, specs));
      if (listening) workerSeen = Date.now();
      else if (Date.now() - workerSeen > pickupMs) {
        throw new QueueUnavailable(`no worker took the parts within ${pickupMs / 1000} s (BRANDGAP_QUEUE_PICKUP_S): is \`npm run worker\` running against ${publicUrl(cfg.redisUrl)}? Nothing was stored`);
      }
      // a part that used up its tries fails the upload (whatever BullMQ does with the parent then)
      if (state === 'failed' || children.some((c) => c?.finishedOn && !c.returnvalue)) throw new Error(await failure(uploadId, specs));
      onProgress?.(fileProgress(children, specs.length));
      if (state !== 'waiting-children') {
        const values = Object.values(await bounded(() => parent.getChildrenValues<PartResult>()));
        if (values.length !== specs.length) throw new Error(await failure(uploadId, specs));
        return values.map((r) => resultFromJob(cfg.staging, r)).sort((a, b) => a.part - b.part);
      }
      if (deadline !== null && Date.now() > deadline + (opts.graceMs ?? 60_000)) {
        throw new Error('no worker finished the parts in time: is `npm run worker` running against BRANDGAP_REDIS_URL?');
      }
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  /**
   * The flow as it stands: the parent, its state, the children, and whether any worker is connected
   * (a worker busy with a part stays connected; a part whose worker died looks active until its lock
   * expires, so holding a part is not taken as a sign of life).
   */
  async function look(uploadId: string, specs: PartSpec[]) {
    const parent = await Job.fromId<UploadJobData>(uploads, uploadId);
    if (!parent) throw new Error(`the queue lost upload ${uploadId} (was Redis flushed?)`);
    const state = await parent.getState();
    const children = await Promise.all(specs.map((s) => Job.fromId<PartJobData, PartResult>(parts, partJobId(uploadId, s.part))));
    const listening = (await parts.getWorkersCount()) > 0;
    return { parent, state, children, listening };
  }

  /** The first failed part's reason (the parent only says that a child failed). */
  async function failure(uploadId: string, specs: PartSpec[]): Promise<string> {
    for (const s of specs) {
      const job = await Job.fromId(parts, partJobId(uploadId, s.part));
      if (job?.failedReason) return `part ${s.part + 1} of ${specs.length} failed: ${job.failedReason.split('\n')[0]}`;
    }
    return 'a part failed in the queue';
  }

  async function removeFlow(uploadId: string, waitMs: number): Promise<boolean> {
    const until = Date.now() + waitMs;
    for (;;) {
      const left = await bounded(async () => {
        let n = 0;
        const jobs = [await Job.fromId(uploads, uploadId), ...await Promise.all(
          Array.from({ length: MAX_PARTS }, (_, k) => Job.fromId(parts, partJobId(uploadId, k))))];
        for (const job of jobs) {
          if (!job) continue;
          // a part a worker holds is locked until it finishes: removed at the next look
          try { await job.remove(); } catch { n++; }
        }
        return n;
      });
      if (left === 0) return true;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  return {
    staging: cfg.staging,
    run,
    removeFlow,
    pickupMs,
    parts: async () => Math.min(MAX_PARTS, Math.max(1, await bounded(() => parts.getWorkersCount()))),
    workers: () => bounded(() => parts.getWorkersCount()),
    async close() { await Promise.all([flows.close(), uploads.close(), parts.close()]); },
  };
}

/**
 * The file's progress: the furthest read position any part has reported (every part reads from the
 * start of the file and the last one reads to its end, so this grows to the whole file while earlier
 * parts stop at their range; a part reports only within its own range); a finished part counts as done.
 */
function fileProgress(children: (Job<PartJobData, PartResult> | undefined)[], parts: number): PartsProgress {
  const p: PartsProgress = { records: 0, bytes: 0, total: null, partsDone: 0, parts };
  const reported: JobProgress[] = [];
  for (const c of children) {
    // a part retried after a failure keeps its old failedReason: the return value says it is done
    if (c?.finishedOn && c.returnvalue) p.partsDone++;
    const prog = c?.progress as Partial<JobProgress> | number | undefined;
    if (typeof prog === 'object' && prog) reported.push({ records: prog.records ?? 0, bytes: prog.bytes ?? 0, total: prog.total ?? null });
  }
  if (reported.length) {
    p.records = Math.max(...reported.map((r) => r.records));
    p.bytes = Math.max(...reported.map((r) => r.bytes));
    p.total = reported[0].total;
  }
  return p;
}
