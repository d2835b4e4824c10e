/**
 * `npm run bench [-- --posts N] [-- --only api,web]`: generates deterministic inputs, measures ingest,
 * its bare limits, the API under load, cold start and the web bundle, prints a table and writes
 * bench/results.json. `--only` re-measures some phases on the files of an earlier run and keeps the
 * other figures (each phase records when it ran).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemoDb } from '../server/demo-build.ts';
import { openStore } from '../data/db/store.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import { loadConfig } from '../data/config.ts';
import { ingestCeiling } from './ceiling.ts';
import { apiLatency, coldStart, type ApiFigures, type RouteFigure } from './api.ts';
import { postTexts, writeFocusGroups, writeQualtricsCsv, writeSocialJsonl } from './generate.ts';
import { ingestChild, stages, type IngestRun } from './ingest.ts';
import { lakeTimes, type LakeFigures } from './lake.ts';
import { queueVsThreads, type QueueFigures } from './queue.ts';
import { mainThreadCost } from './main-thread.ts';
import { readAnalysis } from './read-analysis.ts';
import { bareLoop } from './nlp.ts';
import { firstChart, initialJs, interactions } from './web.ts';

const PHASES = ['nlp', 'stages', 'ingest', 'large', 'api', 'cold', 'web', 'lake', 'queue'] as const;
type Phase = (typeof PHASES)[number];
const { values: args } = parseArgs({ options: {
  posts: { type: 'string', default: '1000000' }, seconds: { type: 'string', default: '8' }, only: { type: 'string' },
} });
const posts = Number(args.posts);
const only = new Set<string>(args.only ? args.only.split(',') : PHASES);
for (const p of only) if (!(PHASES as readonly string[]).includes(p)) throw new Error(`--only: unknown phase "${p}" (phases: ${PHASES.join(', ')})`);
const run = (p: Phase) => only.has(p);
const RESULTS = join(import.meta.dirname, 'results.json');
const results: Record<string, any> = args.only && existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
results.phaseDates ??= {};
// each phase's figures are saved as it ends: a later phase that fails does not lose them
const mark = (p: Phase) => {
  results.phaseDates[p] = new Date().toISOString();
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
};

const n = (x: number) => x.toLocaleString('en');
const OUT = join(import.meta.dirname, 'out');
mkdirSync(OUT, { recursive: true });
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const threads = availableParallelism();
const loadAtStart = loadavg();

const social = join(OUT, `social-${posts}.jsonl`);
const survey = join(OUT, `qualtrics-${posts / 10}.csv`);
const db = join(OUT, 'bench.duckdb');
// the API's database also holds surveys and focus groups (issue 5: about 3M segments in all)
const benchSurveyResponses = (posts * 3) / 10;
const benchSurvey = join(OUT, `qualtrics-${benchSurveyResponses}.csv`);
const FOCUS_SESSIONS = Math.max(2, Math.round(posts / 5_000));
const FOCUS_TURNS = 600;
// posts of the in-process ingest whose main-thread CPU is measured
const MAIN_THREAD_POSTS = 200_000;
// the city's brand values, set before its posts arrive (re-annotating 1.5M segments afterwards took 10 min)
const BRAND_VALUES = JSON.parse(readFileSync('data/demo/values/havenstad.json', 'utf8'));
const texts = postTexts();
if (!existsSync(social) || !existsSync(survey)) {
  log(`generating ${posts.toLocaleString('en')} posts and ${(posts / 10).toLocaleString('en')} survey responses…`);
  if (!existsSync(social)) await writeSocialJsonl(social, posts, texts);
  if (!existsSync(survey)) await writeQualtricsCsv(survey, posts / 10);
}
results.inputs = { posts, socialMb: Math.round(statSync(social).size / 2 ** 20), surveyResponses: posts / 10, surveyMb: Math.round(statSync(survey).size / 2 ** 20) };

if (run('nlp')) {
  log('bare wink-nlp loop (readDoc + sentiment)…');
  const allTexts = Array.from({ length: posts }, (_, i) => texts[i % texts.length]);
  results.bareNlp = { oneThread: await bareLoop(allTexts, 1), allThreads: await bareLoop(allTexts, threads) };
  mark('nlp');
}
if (run('stages')) {
  log('ingest stages (single thread, first 100,000 posts)…');
  results.stages = await stages(social, join(OUT, 'stages.duckdb'), Math.min(posts, 100_000));
  mark('stages');
}
if (run('ingest')) {
  log(`read+analysis alone, ${threads} worker threads (the same parts, nothing written)…`);
  results.readAnalysis = await readAnalysis(social, join(OUT, 'read-analysis.duckdb'), threads, BRAND_VALUES);
  log('ingest end to end, 1 worker thread…');
  const oneThread = await ingestChild(social, join(OUT, 'ingest-1.duckdb'), 1, BRAND_VALUES);
  log(`ingest end to end, ${threads} worker threads…`);
  const allThreads = await ingestChild(social, db, threads, BRAND_VALUES);
  log('ingest of the Qualtrics CSV…');
  results.ingest = { oneThread, allThreads, survey: await ingestChild(survey, join(OUT, 'survey.duckdb'), threads, BRAND_VALUES) };
  // the main thread's own CPU, in this process (a child's start-up would blur it); a smaller file suffices
  const mainPosts = Math.min(posts, MAIN_THREAD_POSTS);
  const mainFile = join(OUT, `social-${mainPosts}.jsonl`);
  if (!existsSync(mainFile)) await writeSocialJsonl(mainFile, mainPosts, texts);
  log(`main-thread CPU of an ingest of ${n(mainPosts)} posts, ${threads} worker threads…`);
  results.mainThread = await mainThreadCost(mainFile, join(OUT, 'main-thread.duckdb'), threads, BRAND_VALUES);
  // the database: a million posts plus surveys and focus groups, about 3M segments
  log(`adding ${n(benchSurveyResponses)} survey responses and ${n(FOCUS_SESSIONS)} focus groups to the benchmark database…`);
  if (!existsSync(benchSurvey)) await writeQualtricsCsv(benchSurvey, benchSurveyResponses);
  const store = await openStore(db);
  await ingestFile(store, benchSurvey, { city: 'Bench' });
  for (const file of writeFocusGroups(join(OUT, 'focus-groups'), FOCUS_SESSIONS, FOCUS_TURNS)) await ingestFile(store, file, { city: 'Bench' });
  const [{ segments }] = await store.all<{ segments: number }>(`select count(*)::INTEGER as segments from segments`);
  results.benchDb = { posts, surveyResponses: benchSurveyResponses, focusGroups: FOCUS_SESSIONS, segments };
  store.close();
  mark('ingest');
}
if (run('large')) {
  // a 1 GB NDJSON file: the same posts three times over, to show memory stays flat as files grow
  const big = join(OUT, `social-${posts * 3}.jsonl`);
  if (!existsSync(big)) { log(`generating ${n(posts * 3)} posts (≈ 1 GB at the default size)…`); await writeSocialJsonl(big, posts * 3, texts); }
  log(`ingest of ${Math.round(statSync(big).size / 2 ** 20)} MB, ${threads} worker threads…`);
  const largeDb = join(OUT, 'large.duckdb');
  results.largeFile = { fileMb: Math.round(statSync(big).size / 2 ** 20), ...(await ingestChild(big, largeDb, threads, BRAND_VALUES)) };
  rmSync(largeDb, { force: true });
  mark('large');
}
if (run('api')) {
  log('API under load (uncached, then cached)…');
  // the server's DuckDB memory as configured (BRANDGAP_DB_MEMORY_MB), as `npm start` would run
  results.api = await apiLatency(db, 'Bench', 10, Number(args.seconds), loadConfig(process.env).dbMemoryMb);
  mark('api');
}
if (run('cold')) {
  log('cold start of npm start…');
  results.coldStartMs = await coldStart(db);
  mark('cold');
}
if (run('web')) {
  log('web bundle and first chart…');
  const demoDb = 'data/demo.duckdb';
  if (!existsSync(demoDb)) await buildDemoDb(demoDb, { log: () => {} });
  results.web = { initialJs: initialJs(), firstChartMs: await firstChart(demoDb), interactions: await interactions(demoDb) };
  mark('web');
}
if (run('lake')) {
  log('Parquet lake of the demo database (full, then nothing changed)…');
  const demoDb = 'data/demo.duckdb';
  if (!existsSync(demoDb)) await buildDemoDb(demoDb, { log: () => {} });
  results.lake = await lakeTimes(demoDb);
  mark('lake');
}
if (run('queue')) {
  // a tenth of the posts (at most 100,000): the same file through two worker processes over Redis
  const qPosts = Math.min(100_000, Math.ceil(posts / 10));
  const qFile = join(OUT, `social-${qPosts}.jsonl`);
  if (!existsSync(qFile)) await writeSocialJsonl(qFile, qPosts, texts);
  log(`ingest of ${n(qPosts)} posts: ${threads} worker threads, then ${threads} npm run worker processes over Redis…`);
  results.queue = await queueVsThreads(qFile, OUT, threads);
  mark('queue');
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const ingest = results.ingest as { oneThread: IngestRun; allThreads: IngestRun; survey: IngestRun } | undefined;
const bare = results.bareNlp as { oneThread: { perSecond: number }; allThreads: { perSecond: number } } | undefined;
const readAlone = results.readAnalysis as { workers: number; perSecond: number } | undefined;
if (ingest && bare) {
  results.ratios = {
    ingestVsBareLoop: ratio(ingest.allThreads.docsPerSecond, bare.allThreads.perSecond),
    twoThreadsVsOne: ratio(ingest.allThreads.docsPerSecond, ingest.oneThread.docsPerSecond),
    ...(readAlone ? { ingestVsReadAnalysis: ratio(ingest.allThreads.docsPerSecond, readAlone.perSecond) } : {}),
  };
  if (results.stages?.load) {
    // the best these stage costs allow on this machine (bench/ceiling.ts), beside the targets
    const best = (workers: number) => ingestCeiling(results.stages, threads, workers);
    results.ratios.ceiling = {
      postsPerSecond: { oneWorker: Math.round(best(1)), allWorkers: Math.round(best(threads)) },
      ingestVsBareLoop: ratio(best(threads), bare.allThreads.perSecond),
      twoThreadsVsOne: ratio(best(threads), best(1)),
    };
  }
}
results.date = new Date().toISOString();
// the load average says whether other work shared the machine during the run
results.machine = { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAtStart, loadAtEnd: loadavg() };
results.versions = Object.fromEntries(['@duckdb/node-api', 'wink-nlp', 'hono', 'echarts', 'preact'].map((p) => [p, JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version]));
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');

const rows: [string, string, string][] = [];
if (bare) rows.push(['bare wink loop, 1 thread', `${n(bare.oneThread.perSecond)} posts/s`, ''], [`bare wink loop, ${threads} threads`, `${n(bare.allThreads.perSecond)} posts/s`, '']);
if (results.stages?.load) {
  const st = results.stages;
  rows.push(['stage: read/parse', `${n(st.read.perSecond)} posts/s`, ''],
    ['stage: analysis (1 thread)', `${n(st.analysis.perSecond)} posts/s`, bare ? `${ratio(st.analysis.perSecond, bare.oneThread.perSecond)} × bare 1-thread` : ''],
    ['stage: staging (rows → NDJSON, 1 thread)', `${n(st.staging.perSecond)} posts/s`, ''],
    ['stage: load (INSERT … SELECT FROM read_json)', `${n(st.load.perSecond)} posts/s`, '']);
  const c = results.ratios?.ceiling;
  if (c) rows.push([`ceiling from the stages, 1 / ${threads} workers`, `${n(c.postsPerSecond.oneWorker)} / ${n(c.postsPerSecond.allWorkers)} posts/s`,
    `${c.ingestVsBareLoop} × bare loop; ${c.twoThreadsVsOne} × 1 worker`]);
}
if (readAlone) rows.push([`read+analysis alone, ${readAlone.workers} workers`, `${n(readAlone.perSecond)} posts/s`, '']);
if (ingest) {
  const versusRead = results.ratios?.ingestVsReadAnalysis ? `; ${results.ratios.ingestVsReadAnalysis} × read+analysis (target ≥ 0.75)` : '';
  rows.push(['ingest, 1 worker', `${n(ingest.oneThread.docsPerSecond)} posts/s, ${ingest.oneThread.peakRssMb} MB peak`, ''],
    [`ingest, ${ingest.allThreads.threads} workers`, `${n(ingest.allThreads.docsPerSecond)} posts/s, ${n(ingest.allThreads.segmentsPerSecond)} segments/s, ${ingest.allThreads.peakRssMb} MB peak`,
      results.ratios ? `${results.ratios.ingestVsBareLoop} × bare loop; ${results.ratios.twoThreadsVsOne} × 1 worker${versusRead}` : ''],
    ['ingest Qualtrics CSV', `${n(ingest.survey.docsPerSecond)} responses/s, ${ingest.survey.peakRssMb} MB peak`, '']);
}
const main = results.mainThread as { posts: number; workers: number; mainThreadUsPerPost: number | null } | undefined;
if (main?.mainThreadUsPerPost != null) {
  rows.push([`main-thread CPU, ${n(main.posts)} posts, ${main.workers} workers`, `${main.mainThreadUsPerPost} µs a post`, 'the main thread only (bench/main-thread.ts); target ≤ 5']);
}
if (results.largeFile) {
  const l = results.largeFile as IngestRun & { fileMb: number };
  rows.push([`ingest of a ${l.fileMb} MB NDJSON file`, `${n(l.documents)} posts, ${n(l.docsPerSecond)} posts/s, ${l.peakRssMb} MB peak`, ingest ? `peak ${ratio(l.peakRssMb, ingest.allThreads.peakRssMb)} × the 1M-post run` : '']);
}
const api = results.api as ApiFigures | undefined;
const apiRow = (how: string) => (a: RouteFigure): [string, string, string] =>
  [`GET ${a.route} (${how}, ${a.views} views)`, `p50 ${a.p50} ms, p95 ${a.p95} ms, p99 ${a.p99} ms, ${a.rps} req/s`, `bare p50 ${a.bareP50} ms, p95 ${a.bareP95} ms; p95 ${ratio(a.p95, a.bareP95)} × bare`];
const apiLoadRow = (a: RouteFigure): [string, string, string] => {
  const [name, figures, versus] = apiRow(`uncached, ${api!.connections} clients`)(a);
  return a.bareLoadP95 ? [name, figures, `${versus}; bare under the same load p95 ${a.bareLoadP95} ms, ${ratio(a.p95, a.bareLoadP95)} × it`] : [name, figures, versus];
};
if (api?.uncached) rows.push(...api.uncached.map(apiLoadRow), ...(api.uncachedOneClient ?? []).map(apiRow('uncached, 1 client')), ...api.cached.map(apiRow(`cached, ${api.connections} clients`)));
if (results.coldStartMs) rows.push(['cold start (npm start → /api/health)', `${results.coldStartMs} ms`, '']);
if (results.web) rows.push(['initial JS (gzip)', `${results.web.initialJs.gzipKb} KB in ${results.web.initialJs.files} files`, ''],
  ['first overview chart drawn', `${results.web.firstChartMs.join(' / ')} ms`, '']);
for (const [k, name] of [['heatmapCell', 'Themes cell → drawer'], ['voicesFilter', 'Voices filter → list'], ['resonanceBubble', 'Resonance bubble → drawer']] as const) {
  const f = results.web?.interactions?.[k];
  if (f) rows.push([`${name} (p50 / max)`, `${f.p50} / ${f.max} ms`, `target < ${results.web.interactions.targetMs} ms`]);
}
const lake = results.lake as LakeFigures | undefined;
if (lake) rows.push(['Parquet lake of the demo database', `full ${n(lake.fullMs)} ms (${n(lake.rows)} rows, ${lake.partitions} partitions, ${lake.mb} MB), nothing changed ${n(lake.unchangedMs)} ms`, '']);
const queue = results.queue as QueueFigures | undefined;
if (queue) rows.push([`ingest of ${n(queue.posts)} posts, ${queue.queue.workers} npm run worker over Redis`, `${n(queue.queue.docsPerSecond)} posts/s, owner ${queue.queue.peakRssMb} MB peak`,
  `${ratio(queue.queue.docsPerSecond, queue.threads.docsPerSecond)} × ${queue.threads.threads} in-process threads (${n(queue.threads.docsPerSecond)} posts/s)`]);
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`).join('\n'));
console.log(`\nwritten bench/results.json (phases run now: ${[...only].join(', ')})`);
