/**
 * Upload jobs: each uploaded file is ingested in the server, one job at a time (the ingest
 * itself goes through store.write, so reads go on). Status lives in memory while a job is
 * active and in the uploads table for good; jobs cut off by a stop are marked failed at start.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { audit } from './auth/audit.ts';
import type { Store } from '../data/db/store.ts';
import { ingestFile, type IngestOptions } from '../ingest/pipeline.ts';
import { recoverInterrupted } from '../ingest/recover.ts';
import type { IngestSummary, UploadView } from '../data/types.ts';

export type { UploadView };
export type UploadChoice = Pick<IngestOptions, 'city' | 'source' | 'group' | 'format' | 'mapping' | 'voice' | 'date' | 'wave'>;

type Job = UploadView & { userId: number | null; path: string; options: UploadChoice };
export type NewUpload = { path: string; fileName: string; bytes: number; userId: number | null; actor: string; options: UploadChoice };

export type Jobs = {
  submit(u: NewUpload): Promise<UploadView>;
  get(id: string): Promise<UploadView | null>;
  list(limit: number): Promise<UploadView[]>;
  /** Jobs queued or running for a user. */
  activeFor(userId: number | null): number;
  /** Resolves when every job submitted so far has finished. */
  idle(): Promise<void>;
};

const iso = () => new Date().toISOString();

/** Error text without server paths: the temp file's path becomes the user's file name. */
export function scrub(text: string, path: string, fileName: string): string {
  return text.split(path).join(fileName).split(dirname(path)).join('').replace(/(?<=^|[\s'"(=:])(?:\/[\w.@-]+){2,}/g, '[path]');
}

type Row = Omit<UploadView, 'progress' | 'summary' | 'note'> & { summary: string | null };
const SELECT = `select id, status, file_name as file, bytes::DOUBLE as bytes, actor,
  strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') as "createdAt", strftime(started_at, '%Y-%m-%dT%H:%M:%SZ') as "startedAt",
  strftime(finished_at, '%Y-%m-%dT%H:%M:%SZ') as "finishedAt", summary::VARCHAR as summary, error from uploads`;
const view = (r: Row): UploadView => {
  const summary: IngestSummary | null = r.summary ? JSON.parse(r.summary) : null;
  return { ...r, progress: null, summary, note: r.status === 'unchanged' && summary ? nothingNew(summary) : null };
};

/** Records a second since `startedMs`, whole; 0 in the first instant. */
const rate = (records: number, startedMs: number) => {
  const s = (Date.now() - startedMs) / 1000;
  return s > 0.05 ? Math.round(records / s) : 0;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why a file that was read without problems stored nothing. */
export function nothingNew(s: IngestSummary): string {
  const why: string[] = [];
  if (s.duplicates) why.push(`${plural(s.duplicates, 'record was', 'records were')} already stored (the same file or the same records uploaded before)`);
  if (s.skipped) why.push(`${plural(s.skipped, 'record was', 'records were')} skipped on purpose (empty, spam, retweets or no text)`);
  return `nothing new: ${why.length ? why.join('; ') : 'the file holds no record to store'}`;
}

/** The job runner over a writable store; marks jobs interrupted by the last stop as failed. */
export async function createJobs(
  store: Store, ingest: typeof ingestFile = ingestFile,
  opts: { timeoutMs?: number; limits?: IngestOptions['limits']; queue?: IngestOptions['queue'] } = {},
): Promise<Jobs> {
  const active = new Map<string, Job>();
  let chain: Promise<void> = Promise.resolve();
  const exec = (sql: string, params: Record<string, string | number | null>) => store.withConnection((c) => c.run(sql, params));

  if (!store.readOnly) {
    const stale = await store.all<{ tmp_path: string | null }>(`select tmp_path from uploads where status in ('queued', 'running')`);
    for (const s of stale) if (s.tmp_path) await rm(dirname(s.tmp_path), { recursive: true, force: true });
    await exec(`update uploads set status = 'failed', error = 'interrupted: the server stopped before this upload finished',
      finished_at = now()::TIMESTAMP, tmp_path = null where status in ('queued', 'running')`, {});
    // their runs: queue jobs and staging files left by the stop
    const recovered = await recoverInterrupted(store, opts.queue);
    if (recovered.cleaned) console.error(`[${iso()}] cleaned up ${recovered.cleaned} upload(s) interrupted by the last stop (staging files and queue jobs)`);
    if (recovered.pending.length) console.error(`[${iso()}] a worker still stages a part of ${recovered.pending.join(', ')}; cleaned up at the next start`);
  }

  const run = async (job: Job) => {
    job.status = 'running';
    job.startedAt = iso();
    const startedMs = Date.now();
    await exec(`update uploads set status = 'running', started_at = now()::TIMESTAMP where id = $id`, { id: job.id });
    try {
      const summary = await ingest(store, job.path, {
        ...job.options, fileName: job.file, actor: job.actor, timeoutMs: opts.timeoutMs, queue: opts.queue,
        onProgress: (p) => { job.progress = { ...p, postsPerSecond: rate(p.records, startedMs) }; },
        // an upload is read on its own thread under a heap cap and the timeout: no file can stop the server
        isolate: true, limits: opts.limits,
      });
      summary.errors = summary.errors.map((e) => ({ ...e, message: scrub(e.message, job.path, job.file) }));
      job.summary = summary;
      job.status = summary.errors.length ? 'rejected' : summary.documents === 0 ? 'unchanged' : 'stored';
      if (job.status === 'unchanged') job.note = nothingNew(summary);
    } catch (err) {
      // An unexpected failure (not a rejected file): logged in full here, shown without paths.
      console.error(`[${iso()}] upload ${job.id} failed:`, err);
      job.status = 'failed';
      job.error = scrub((err as Error).message ?? String(err), job.path, job.file);
    }
    job.finishedAt = iso();
    await rm(dirname(job.path), { recursive: true, force: true });
    await exec(`update uploads set status = $status, summary = $summary, error = $error, finished_at = now()::TIMESTAMP, tmp_path = null where id = $id`,
      { id: job.id, status: job.status, summary: job.summary ? JSON.stringify(job.summary) : null, error: job.error });
    await audit(store, {
      actor: job.actor, action: `upload.${job.status}`, target: job.id,
      detail: { file: job.file, documents: job.summary?.documents ?? 0, errors: job.summary?.errors.length ?? 0 },
    });
    active.delete(job.id);
  };

  const jobs: Jobs = {
    async submit(u) {
      const job: Job = {
        id: randomUUID(), status: 'queued', file: u.fileName, bytes: u.bytes, actor: u.actor, createdAt: iso(),
        startedAt: null, finishedAt: null, progress: null, summary: null, error: null, note: null,
        userId: u.userId, path: u.path, options: u.options,
      };
      await exec(`insert into uploads (id, user_id, actor, file_name, bytes, options, tmp_path, status) values ($id, $userId, $actor, $file, $bytes, $options, $path, 'queued')`,
        { id: job.id, userId: u.userId, actor: u.actor, file: u.fileName, bytes: u.bytes, options: JSON.stringify(u.options), path: u.path });
      active.set(job.id, job);
      chain = chain.then(() => run(job)).catch((err) => console.error(`[${iso()}] upload job bookkeeping failed:`, err));
      return (await jobs.get(job.id))!;
    },
    async get(id) {
      const job = active.get(id);
      if (job) {
        const { userId, path, options, ...rest } = job;
        return { ...rest, progress: job.progress && { ...job.progress } };
      }
      const rows = await store.all<Row>(`${SELECT} where id = $id`, { id });
      return rows.length ? view(rows[0]) : null;
    },
    async list(limit) {
      const rows = await store.all<Row>(`${SELECT} order by created_at desc limit $limit`, { limit });
      return rows.map((r) => active.has(r.id) ? { ...view(r), status: active.get(r.id)!.status, progress: active.get(r.id)!.progress } : view(r));
    },
    activeFor(userId) {
      return [...active.values()].filter((j) => j.userId === userId).length;
    },
    idle: () => chain,
  };
  return jobs;
}
