/**
 * The queue path end to end: a real redis-server, two real `npm run worker` processes, a social file
 * of two parts (with duplicates across them). It stores what the in-process path stores, and
 * a worker SIGKILLed mid-part changes nothing: its part is staged again by the other one.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postTexts, writeSocialJsonl } from '../../bench/generate.ts';
import { openStore, type Store } from '../../data/db/store.ts';
import { ingestFile, type IngestSummary } from '../../ingest/pipeline.ts';
import { queueConfig, type QueueConfig } from '../../ingest/queue/config.ts';
import { queuePartRunner } from '../../ingest/queue/flow.ts';
import { useRedis } from '../helpers/redis.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { startWorker, stopWorker, type WorkerProc } from '../../bench/support/workers.ts';

const CITY = 'Havenstad';
const LOCK_MS = 2000;
const redis = useRedis();
const tmp = tmpDir('brandgap-queue-');
const file = join(tmp.dir, 'posts.jsonl');
const staging = join(tmp.dir, 'staging');
let cfg: QueueConfig;
let env: Record<string, string>;
const workers: WorkerProc[] = [];
let baseline: { summary: IngestSummary; figures: Figures };

beforeAll(async () => {
  // 12,000 posts and 600 of them again (4 MB): over 1 MB, so the pipeline cuts one part per worker,
  // each part a byte range of several 1 MB read chunks, and the repeats fall in the last part while
  // their first copies are in the first
  await writeSocialJsonl(file, 12_000, postTexts(7, 2000));
  const pages = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  appendFileSync(file, pages.slice(0, 6).join('\n') + '\n');
  env = { BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: staging };
  cfg = queueConfig(env)!;
  workers.push(...await Promise.all([startWorker(env, LOCK_MS), startWorker(env, LOCK_MS)]));

  const store = await keyedStore(join(tmp.dir, 'in-process.duckdb'));
  try {
    const summary = await ingestFile(store, file, { city: CITY, threads: 2 });
    baseline = { summary, figures: await figures(store) };
  } finally {
    store.close();
  }
}, 300_000);

afterAll(async () => {
  await Promise.all(workers.map(stopWorker));
  tmp.cleanup();
});

/** A store with a fixed pseudonym key, so both paths pseudonymise authors alike. */
async function keyedStore(path: string): Promise<Store> {
  const store = await openStore(path);
  await store.write((conn) => conn.run(`insert into settings (key, value) values ('pseudonym_key', 'queue-test')`));
  return store;
}

type Figures = { documents: number; segments: number; themes: number; repeated: number; housing: { n: number; net: number } };

/** Rows stored, rows stored twice (must be 0), and one figure: housing's n and net sentiment. */
async function figures(store: Store): Promise<Figures> {
  const [row] = await store.all<Omit<Figures, 'housing'> & { n: number; net: number }>(`
    select (select count(*) from documents)::INTEGER as documents, (select count(*) from segments)::INTEGER as segments,
      (select count(*) from segment_themes)::INTEGER as themes,
      (select count(*) - count(distinct dedup_key) from documents)::INTEGER as repeated,
      count(*)::INTEGER as n,
      round((count(*) filter (where label = 'positive') - count(*) filter (where label = 'negative'))
        / count(*) filter (where sentiment is not null), 6)::DOUBLE as net
    from segments where list_contains(themes, 'housing')`);
  const { n, net, ...rest } = row;
  return { ...rest, housing: { n, net } };
}

/** A staging file that `pid` is writing and has flushed rows to, if any. */
function halfWritten(pid: number): string | null {
  if (!existsSync(staging)) return null;
  for (const upload of readdirSync(staging)) {
    const dir = join(staging, upload);
    for (const f of existsSync(dir) ? readdirSync(dir) : []) {
      if (!f.includes(`.ndjson.${pid}-`) || !f.endsWith('.tmp')) continue;
      try { if (statSync(join(dir, f)).size > 0) return f; } catch { /* renamed meanwhile */ }
    }
  }
  return null;
}

const counts = (s: IngestSummary) => ({ documents: s.documents, segments: s.segments, duplicates: s.duplicates, skipped: s.skipped, errors: s.errors });

describe('ingest through the queue', () => {
  it('the baseline holds documents, segments, duplicates and a housing figure', () => {
    expect(baseline.summary).toMatchObject({ documents: 12_000, duplicates: 600, errors: [] });
    expect(baseline.summary.segments).toBeGreaterThan(12_000);
    expect(baseline.figures.housing.n).toBeGreaterThan(30);
    expect(baseline.figures.repeated).toBe(0);
  });

  it('npm run ingest with BRANDGAP_REDIS_URL stores what the in-process path stores, the parts staged by both workers', async () => {
    const db = join(tmp.dir, 'queue-cli.duckdb');
    const store = await keyedStore(db);
    store.close();
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', file, '--city', CITY, '--db', db, '--json'], {
      env: { ...process.env, ...env },
    });
    const summary = JSON.parse(stdout) as IngestSummary;
    expect(counts(summary)).toEqual(counts(baseline.summary));
    const reopened = await openStore(db);
    try {
      expect(await figures(reopened)).toEqual(baseline.figures);
    } finally {
      reopened.close();
    }
    // each worker staged one of the two parts, and each part held documents
    const staged = workers.map((w) => Number(/part [12]\/2 of run-1-\w+: (\d+) documents/.exec(w.log())?.[1] ?? 0));
    expect(staged.every((n) => n > 0)).toBe(true);
    expect(staged[0] + staged[1]).toBe(12_600);
    // the staged rows and the shared copy of the file are gone once the file is stored
    expect(readdirSync(staging)).toEqual([]);
  }, 180_000);

  it('a worker killed mid-part is replaced by the other: same counts, same figure, nothing stored twice', async () => {
    const store = await keyedStore(join(tmp.dir, 'queue-killed.duckdb'));
    const runner = queuePartRunner(cfg, { pollMs: 100 });
    const logFrom = new Map(workers.map((w) => [w, w.log().length]));
    // kill a worker mid-part: the one whose part's rows are being written (temporary files carry its pid)
    let killed: { worker: WorkerProc; file: string } | null = null;
    const watch = setInterval(() => {
      if (killed) return;
      for (const w of workers) {
        const file = halfWritten(w.proc.pid!);
        if (file) { killed = { worker: w, file }; w.proc.kill('SIGKILL'); return; }
      }
    }, 20);
    try {
      const summary = await ingestFile(store, file, { city: CITY, queue: runner });
      clearInterval(watch);
      const { worker: victim } = killed!;
      expect(victim.proc.signalCode).toBe('SIGKILL');
      expect(counts(summary)).toEqual(counts(baseline.summary));
      expect(await figures(store)).toEqual(baseline.figures);
      // the survivor staged its own part and then the victim's
      const survivor = workers.find((w) => w !== victim)!;
      expect(survivor.log().slice(logFrom.get(survivor)).match(/of run-1-\w+: \d+ documents/g)).toHaveLength(2);
    } finally {
      clearInterval(watch);
      await runner.close();
      store.close();
    }
  }, 180_000);
});
