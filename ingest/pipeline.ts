import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Group, IngestSummary, SourceKind } from '../data/types.ts';
import { finishRun, startRun } from '../data/db/ingest-runs.ts';
import { pseudonymKey } from '../data/db/settings.ts';
import type { Store } from '../data/db/store.ts';
import { fileHash } from './hash.ts';
import { storedAlready } from './stored-already.ts';
import { readsInLineRanges, type ReadOptions } from './readers/index.ts';
import { noRedactions, type RedactionCounts } from './readers/redact.ts';
import type { ReadError } from './types.ts';
import { PARSE_MEMORY_MB, READ_LIMITS, type ParseLimits, type ReadLimits } from '../data/limits.ts';
import type { Voice } from '../data/speaker.ts';
import type { PartRefusal, PartResult } from './stage/part.ts';
import { RANGED_ORDINALS } from './stage/stage-part.ts';
import { citiesInFileOrder, PartsInOrder } from './stage/load.ts';
import { partSpecs, prepareContext, type FileSpec } from './stage/file-context.ts';
import { runParts } from './stage/run-parts.ts';
import { defaultStaging, removeStaging } from './stage/staging-files.ts';
import type { QueueParts } from './queue/flow.ts';
import { QueueUnavailable } from './queue/config.ts';

export type IngestOptions = {
  city?: string; source?: SourceKind; group?: Group; format?: string;
  mapping?: ReadOptions['mapping']; keepHandles?: boolean;
  /** Whose voice the file is (official, partner, user); default: from the source kind and the city's handles. */
  voice?: Voice;
  /** Date (YYYY-MM-DD) of records that carry none: a brand text's publication date, asked at upload. */
  date?: string;
  /** The wave of a survey file (e.g. 2026-03, "spring 2026"); default: the month (YYYY-MM) of its earliest response. */
  wave?: string;
  /** Name recorded for the file (uploads keep the user's file name). */
  fileName?: string;
  actor?: string | null;
  /** A file still being read after this many ms is rejected (nothing stored) and frees the writer. */
  timeoutMs?: number;
  /** Caps on expanded bytes, record length, parts per document and (isolated) the reader's heap. */
  limits?: Partial<Omit<ParseLimits, 'timeoutMs'>>;
  /** Read the file on its own worker thread under `limits.memoryMb` and the timeout (uploads, the CLI). */
  isolate?: boolean;
  /** How many parts (worker threads) a large file is staged in; one part when omitted (worker start-up costs more than small files take). */
  threads?: number;
  /** Stage the parts through the BullMQ queue (BRANDGAP_REDIS_URL) instead of this process's threads. */
  queue?: QueueParts;
  /** `partsDone`/`parts`: how many of the file's parts are staged (queue path). */
  onProgress?: (p: { records: number; bytes: number; total: number | null; partsDone?: number; parts?: number }) => void;
};

/** The `ingest --json` summary (CONTRACT.md), defined with the other API types. */
export type { IngestSummary };

/** A file refused as a whole; nothing of it is stored. */
export class Rejected extends Error {
  constructor(public errors: ReadError[]) { super(errors.map((e) => `${e.where}: ${e.message}`).join('; ')); }
}

/** A file at least this large is split into parts on worker threads (when `threads` is given). */
const PARTS_MIN_BYTES = 1_000_000;
/**
 * Parts per thread of a large file read in line ranges: the owner loads each part once it and every
 * earlier one is staged, so with more parts than threads most of the loading overlaps the staging of later parts.
 */
export const PARTS_PER_THREAD = 4;
/**
 * A part read in line ranges holds at most about this many bytes: the last parts to finish load
 * after the staging ends, so with a fixed number of parts that tail grew with the file (a million
 * posts in 8 parts left a quarter of the file to load after the workers were done).
 */
export const PART_MAX_BYTES = 8 * 2 ** 20;

/**
 * Reads, analyses and stores one file in one transaction: all of it, or nothing. Worker threads
 * (or, for a small file, the calling thread) stage the file's rows; the database's owner loads them.
 */
export async function ingestFile(store: Store, path: string, opts: IngestOptions = {}): Promise<IngestSummary> {
  const file = opts.fileName ?? basename(path);
  const hash = await fileHash(path);
  return store.write(async (conn) => {
    const runId = await startRun(conn, file, hash, opts.actor ?? null);
    const started = Date.now();
    const summary = emptySummary(file, opts);
    const staging = opts.queue?.staging ?? defaultStaging();
    const uploadId = uploadIdFor(runId, hash, await pseudonymKey(conn));
    try {
      const spec = await prepareContext(conn, { ...fileChoice(path, opts), staging, uploadId });
      const stored = await storedAlready(conn, hash, spec, opts.source);
      if (stored) {
        Object.assign(summary, stored); // every record a duplicate: nothing to stage, nothing to load
        await finishRun(conn, runId, 'stored', null, summary, Date.now() - started);
        return summary;
      }
      const sourceId = await stageAndLoad(conn, spec, summary, { fileName: file, fileHash: hash, uploadId, opts });
      await finishRun(conn, runId, 'stored', sourceId, summary, Date.now() - started);
      return summary;
    } catch (err) {
      summary.errors = err instanceof Rejected ? err.errors : readerErrors(err);
      summary.documents = 0; summary.segments = 0; summary.duplicates = 0;
      // the queue failed the upload, not the file: the caller says so (an upload fails, the CLI exits 1).
      // Its flow may still be in a Redis that stopped answering: the next start removes it (recover.ts).
      const unavailable = err instanceof QueueUnavailable;
      await finishRun(conn, runId, unavailable ? 'interrupted' : 'rejected', null, summary, Date.now() - started);
      if (unavailable) throw err;
      return summary;
    } finally {
      removeStaging(staging, uploadId);
    }
  });
}

/**
 * A run's staging folder and queue flow id: deterministic per run, so a retried part rewrites the
 * same files and a restart finds an interrupted run's leftovers. It carries a tag of the database
 * (from its random pseudonym key): databases on one machine share the default staging folder and
 * may give the same file the same run number (two demo builds at once did).
 */
export const uploadIdFor = (runId: number, fileHash: string, dbKey: string): string =>
  `run-${runId}-${fileHash.slice(0, 16)}${createHash('sha256').update(dbKey).digest('hex').slice(0, 8)}`;

function emptySummary(file: string, opts: IngestOptions): IngestSummary {
  return {
    file, format: null, city: opts.city ?? null, source: null,
    documents: 0, segments: 0, skipped: 0, duplicates: 0, errors: [], dropped: [], redacted: noRedactions(),
  };
}

/** The file as the parts read it: options, limits and the default source kind. */
function fileChoice(path: string, opts: IngestOptions) {
  const limits: ReadLimits = { ...READ_LIMITS, ...withoutMemory(opts.limits) };
  return {
    path, limits, kind: opts.source ?? null, group: opts.group, date: opts.date, voice: opts.voice, timeoutMs: opts.timeoutMs,
    read: { format: opts.format, city: opts.city, group: opts.group, mapping: opts.mapping, keepHandles: opts.keepHandles },
  };
}

function withoutMemory(limits: IngestOptions['limits']): Partial<ReadLimits> {
  const { memoryMb: _memory, ...read } = limits ?? {};
  return read;
}

/**
 * Stages the file: a large file in parts on a pool of `threads` threads; a small one in one part,
 * on a thread when the file must be isolated, else in this thread. `onPart` gets each part as it is staged.
 */
async function stageParts(spec: FileSpec, opts: IngestOptions, onPart: (r: PartResult) => void): Promise<PartResult[]> {
  const bytes = statSync(spec.path).size;
  const large = bytes >= PARTS_MIN_BYTES;
  if (opts.queue) {
    const results = await opts.queue.run(partSpecs(spec, large ? await opts.queue.parts() : 1), opts.onProgress);
    results.forEach(onPart);
    return results;
  }
  const threads = large ? Math.max(1, opts.threads ?? 0) : 1;
  // more parts than threads only where a part reads just its own lines: any other part reads the file up to its range
  const parts = threads <= 1 ? 1
    : await readsInLineRanges(spec.path, spec.read) ? Math.max(threads * PARTS_PER_THREAD, Math.ceil(bytes / PART_MAX_BYTES)) : threads;
  return runParts(partSpecs(spec, parts), {
    threads: parts > 1 || Boolean(opts.isolate), poolSize: threads,
    memoryMb: opts.limits?.memoryMb ?? PARSE_MEMORY_MB, onProgress: opts.onProgress, onPart,
  });
}

/** Format, source kind, dropped columns, skipped records and the first city, as the reader saw the file. */
function describeFile(summary: IngestSummary, results: PartResult[], opts: IngestOptions): void {
  const first = results[0];
  summary.format = first.format;
  summary.source = first.format === null ? null : opts.source ?? first.source;
  summary.dropped = [...new Set(results.flatMap((r) => r.dropped))];
  summary.skipped = wholeFile(results).read.skipped;
  summary.city ??= citiesInFileOrder(results)[0] ?? null;
}

/**
 * Throws the file's refusal: a part's (the earliest record wins), else the reader's errors. Parts
 * that read only their own lines stop at their first refused record or reader error: the first
 * part in file order with either speaks for the file, as one reader of the whole file would.
 */
function refuseIfAny(results: PartResult[]): void {
  if (results[0].ranged) {
    const first = results.find((r) => r.refusal || r.read.errors.length);
    if (first) throw new Rejected(first.refusal ? renumbered(first, results).errors : first.read.errors);
    return;
  }
  const refusals = results.flatMap((r) => (r.refusal ? [renumbered(r, results)] : [])).sort((a, b) => a.ordinal - b.ordinal);
  if (refusals.length) throw new Rejected(refusals[0].errors);
  const read = wholeFile(results).read;
  if (read.errors.length) throw new Rejected(read.errors);
}

/**
 * A part's refusal naming the record by its number in the file: a ranged part numbers its records
 * from its own start, after every earlier part's documents (each part stages every document it reads
 * up to a refusal, so those counts are the records before it).
 */
function renumbered(r: PartResult, results: PartResult[]): PartRefusal {
  const refusal = r.refusal!;
  if (!r.ranged || r.part === 0) return refusal;
  const before = results.slice(0, r.part).reduce((n, p) => n + p.documents, 0);
  const local = refusal.ordinal - r.part * RANGED_ORDINALS;
  const name = (s: string) => s.replace(`record ${local}`, `record ${local + before}`);
  return { ordinal: refusal.ordinal, errors: refusal.errors.map((e) => ({ ...e, where: name(e.where), message: name(e.message) })) };
}

/**
 * The reader's counts for the whole file: the last part's when the parts read from the start (it
 * reads to the end), else every part's added up in file order.
 */
function wholeFile(results: PartResult[]): Pick<PartResult, 'read'> {
  if (!results[0].ranged) return results[results.length - 1];
  const redacted = noRedactions();
  for (const r of results) for (const k of Object.keys(redacted) as (keyof RedactionCounts)[]) redacted[k] += r.read.redacted[k];
  return {
    read: {
      records: results.reduce((n, r) => n + r.read.records, 0), skipped: results.reduce((n, r) => n + r.read.skipped, 0),
      errors: results.find((r) => r.read.errors.length)?.read.errors ?? [], redacted,
    },
  };
}

/**
 * Stages the file and loads its parts in one transaction, each part as soon as it and every
 * earlier part are staged (while later parts still stage); commits once every part is in and
 * the file is not refused, else rolls back everything. Fills the summary's counts.
 * While worker threads stage, DuckDB runs on one thread (a global setting: other connections'
 * queries too): the cores are the workers', and a part's load took 33 µs of CPU a post on one
 * thread against 50–68 on two. The facts and the commit, after the staging, get every thread back.
 */
async function stageAndLoad(
  conn: DuckDBConnection, spec: FileSpec, summary: IngestSummary,
  file: { fileName: string; fileHash: string; uploadId: string; opts: IngestOptions },
): Promise<number | null> {
  await conn.run('begin transaction');
  const loader = new PartsInOrder(conn, (first) => ({
    uploadId: file.uploadId, kind: file.opts.source ?? first.source!, format: first.format!, fileName: file.fileName, fileHash: file.fileHash,
    actor: file.opts.actor ?? null, wave: file.opts.wave ?? null,
  }), (r) => r.files !== null && r.refusal === null && r.read.errors.length === 0);
  const oneLoadThread = (file.opts.threads ?? 1) > 1 && !file.opts.queue;
  try {
    if (oneLoadThread) await conn.run('set threads = 1');
    const results = await stageParts(spec, file.opts, (r) => loader.add(r));
    await loader.settle(); // the loads under way end first: one connection runs one statement at a time
    if (oneLoadThread) await conn.run('reset threads');
    describeFile(summary, results, file.opts);
    refuseIfAny(results);
    const loaded = await loader.finish(results.length);
    await conn.run('commit');
    summary.documents = loaded.documents;
    summary.segments = loaded.segments;
    summary.duplicates = loaded.duplicates;
    summary.redacted = { ...wholeFile(results).read.redacted };
    return loaded.sourceId;
  } catch (err) {
    await loader.settle(); // a part's load may still be running
    if (oneLoadThread) await conn.run('reset threads');
    await conn.run('rollback');
    throw err;
  }
}

function readerErrors(err: unknown): ReadError[] {
  const e = err as { errors?: ReadError[]; message?: string };
  if (Array.isArray(e.errors) && e.errors.length) return e.errors;
  return [{ where: 'file', message: e.message ?? String(err) }];
}
