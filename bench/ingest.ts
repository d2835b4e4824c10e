/** Ingest measured end to end in a child process (wall time, peak RSS), and stage by stage. */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { openStore } from '../data/db/store.ts';
import type { BrandValueInput } from '../data/types.ts';
import { setCityValues } from '../ingest/reannotate.ts';
import { dirname, join } from 'node:path';
import { normalHandle } from '../data/db/speaker.ts';
import { annotateDoc } from '../ingest/annotate-doc.ts';
import { dedupKey } from '../ingest/dedup-key.ts';
import { makePseudonymizer } from '../ingest/hash.ts';
import { openReader } from '../ingest/readers/index.ts';
import { noRedactions } from '../ingest/readers/redact.ts';
import { PART_BATCH } from '../ingest/stage/file-context.ts';
import { PartCities } from '../ingest/stage/part-cities.ts';
import { loadParts, type PartResult } from '../ingest/stage/part.ts';
import { stageDoc } from '../ingest/stage/staged-rows.ts';
import { StagingFiles } from '../ingest/stage/staging-files.ts';
import type { RawDoc } from '../ingest/types.ts';

export type IngestRun = {
  file: string; threads: number; documents: number; segments: number;
  /** Pipeline time recorded in ingest_runs (excludes process start-up). */
  pipelineMs: number; wallMs: number; peakRssMb: number; docsPerSecond: number; segmentsPerSecond: number;
};

/** Peak resident memory of a process so far (VmHWM), in MB; 0 once it has exited. */
function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * `npm run ingest` in a child process against a fresh database file. With `values`, the city's brand
 * values are set first, as a city's are before its posts arrive, so ingest matches them as it goes.
 */
export async function ingestChild(file: string, db: string, threads: number, values?: BrandValueInput[], city = 'Bench'): Promise<IngestRun> {
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  if (values) {
    const store = await openStore(db);
    await setCityValues(store, city, values, 'bench');
    store.close();
  }
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', file, '--city', city, '--db', db, '--json', '--threads', String(threads)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  let peak = 0;
  child.stdout.on('data', (d) => { out += d; });
  const timer = setInterval(() => { peak = Math.max(peak, peakRss(child.pid!)); }, 100);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const wallMs = performance.now() - t0;
  if (code !== 0) throw new Error(`ingest of ${file} exited ${code}: ${out}`);
  const summary = JSON.parse(out.trim().split('\n').pop()!);
  const store = await openStore(db, { readOnly: true });
  const [run] = await store.all<{ ms: number }>(`select duration_ms as ms from ingest_runs order by id desc limit 1`);
  store.close();
  return {
    file, threads, documents: summary.documents, segments: summary.segments, pipelineMs: run.ms, wallMs: Math.round(wallMs),
    peakRssMb: Math.round(peak), docsPerSecond: Math.round(summary.documents / (run.ms / 1000)),
    segmentsPerSecond: Math.round(summary.segments / (run.ms / 1000)),
  };
}

/**
 * Each stage alone, single-threaded, on the first `limit` records: read/parse, analysis, staging
 * (building the rows and writing them as NDJSON, as a worker does) and load (the owner's INSERT …
 * SELECT FROM read_json of those files, de-duplication and facts included).
 */
export async function stages(file: string, db: string, limit: number) {
  const t0 = performance.now();
  // handles pseudonymised as ingest does (a fixed key: the cost is the same)
  const session = await openReader(file, { pseudonymize: makePseudonymizer('bench') });
  const docs: RawDoc[] = [];
  for await (const d of session.docs) { docs.push(d); if (docs.length >= limit) break; }
  const readMs = performance.now() - t0;

  const cities = new PartCities({ cities: [], themeTerms: [], modelFile: null, pseudonymKey: 'bench', read: {} });
  const city = await cities.get('Bench', 1); // the analyzer is built before timing, as a worker's is at its first record
  const t1 = performance.now();
  const annotated = docs.map((d) => annotateDoc(d, session.source, city.analyzer, 'unknown'));
  const analysisMs = performance.now() - t1;

  const staging = join(dirname(db), 'stages-staging');
  rmSync(staging, { recursive: true, force: true });
  const t2 = performance.now();
  const files = new StagingFiles(staging, 'stages', 0);
  const sink = files.add.bind(files);
  let segments = 0;
  for (const [i, a] of annotated.entries()) {
    segments += stageDoc(sink, i + 1, docs[i], dedupKey(docs[i], session.source), a, city, { kind: session.source, voice: null }, normalHandle);
    if ((i + 1) % PART_BATCH === 0) files.flush();
  }
  const part: PartResult = {
    part: 0, files: files.finish(), format: session.format, source: session.source, items: [], dropped: [],
    documents: docs.length, segments, duplicates: 0, read: { records: docs.length, skipped: 0, errors: [], redacted: noRedactions() },
    cities: [{ name: 'Bench', first: 1 }], refusal: null, maxLineBytes: files.maxLineBytes,
  };
  const stagingMs = performance.now() - t2;

  rmSync(db, { force: true });
  const store = await openStore(db);
  const t3 = performance.now();
  await store.write(async (conn) => {
    await conn.run('begin transaction');
    await loadParts(conn, { uploadId: 'stages', kind: session.source, format: session.format, fileName: 'stages', fileHash: 'stages', actor: null, wave: null }, [part]);
    await conn.run('commit');
  });
  const loadMs = performance.now() - t3;
  store.close();
  rmSync(staging, { recursive: true, force: true });
  const rate = (ms: number) => Math.round(docs.length / (ms / 1000));
  return {
    records: docs.length, segments,
    read: { ms: Math.round(readMs), perSecond: rate(readMs) },
    analysis: { ms: Math.round(analysisMs), perSecond: rate(analysisMs) },
    staging: { ms: Math.round(stagingMs), perSecond: rate(stagingMs) },
    load: { ms: Math.round(loadMs), perSecond: rate(loadMs) },
  };
}
