/** Ingest measured end to end in a child process (wall time, peak RSS), and stage by stage. */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { openStore } from '../data/db/store.ts';
import type { BrandValueInput } from '../data/types.ts';
import { setCityValues } from '../ingest/reannotate.ts';
import { inlinePool } from '../ingest/analysis-pool.ts';
import type { AnnotatedDoc } from '../ingest/annotate-doc.ts';
import { openReader } from '../ingest/readers/index.ts';
import type { RawDoc } from '../ingest/types.ts';
import { RowWriter } from '../ingest/writer.ts';
import { fingerprint, makePseudonymizer } from '../ingest/hash.ts';

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

/** Each stage alone, single-threaded, on the first `limit` records: read/parse, analysis, store (Appender). */
export async function stages(file: string, db: string, limit: number) {
  const t0 = performance.now();
  // handles pseudonymised as ingest does (a fixed key: the cost is the same)
  const session = await openReader(file, { pseudonymize: makePseudonymizer('bench') });
  const docs: RawDoc[] = [];
  for await (const d of session.docs) { docs.push(d); if (docs.length >= limit) break; }
  const readMs = performance.now() - t0;

  const t1 = performance.now();
  const annotated: AnnotatedDoc[] = await inlinePool().annotate({ docs, kind: session.source, values: [], defaultGroup: 'unknown' });
  const analysisMs = performance.now() - t1;

  const USER = { roleRaw: null, origin: 'unknown', stay: 'unknown', stage: 'unknown', voice: 'user' } as const;
  rmSync(db, { force: true });
  const store = await openStore(db);
  const t2 = performance.now();
  let segments = 0;
  await store.write(async (conn) => {
    await conn.run('begin transaction');
    const w = await RowWriter.open(conn);
    let segId = 0;
    for (const [i, a] of annotated.entries()) {
      w.document({ id: i + 1, sourceId: 1, cityId: 1, kind: 'social', dedupKey: String(i), group: a.group, date: null, language: a.language, authorKey: null, attrs: {}, text: a.text, dedupFp: fingerprint(String(i)), fields: USER });
      for (const [p, s] of a.segments.entries()) {
        w.segment({ id: ++segId, documentId: i + 1, cityId: 1, kind: 'social', group: s.group, date: null, position: p, start: s.start, end: s.end, text: s.text, question: null, speaker: null, speakerAttrs: null, moderator: false, language: s.language, sentiment: s.sentiment, label: s.label, contributions: s.contributions, themes: [...new Set(s.themes.map((m) => m.id))], valueIds: [], ageBand: null, authorFp: null, fields: USER, stimulus: null, stimulusLabel: null, authenticity: s.authenticity });
        for (const m of s.themes) w.theme({ segmentId: segId, key: m.id, term: m.term, start: m.start, end: m.end });
        for (const t of new Set(s.terms)) w.term(segId, t);
      }
    }
    segments = segId;
    w.flush(); w.close();
    await conn.run('commit');
  });
  const storeMs = performance.now() - t2;
  store.close();
  const rate = (ms: number) => Math.round(docs.length / (ms / 1000));
  return {
    records: docs.length, segments,
    read: { ms: Math.round(readMs), perSecond: rate(readMs) },
    analysis: { ms: Math.round(analysisMs), perSecond: rate(analysisMs) },
    store: { ms: Math.round(storeMs), perSecond: rate(storeMs) },
  };
}
