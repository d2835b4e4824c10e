/**
 * `npm run bench [-- --posts N]`: generates deterministic inputs, measures ingest, its bare limits,
 * the API under load, cold start and the web bundle, prints a table and writes bench/results.json.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemoDb } from '../data/demo/build.ts';
import { openStore } from '../server/db/store.ts';
import { setCityValues } from '../ingest/reannotate.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import { apiLatency, coldStart } from './api.ts';
import { postTexts, writeQualtricsCsv, writeSocialJsonl } from './generate.ts';
import { ingestChild, stages } from './ingest.ts';
import { bareLoop } from './nlp.ts';
import { firstChart, initialJs } from './web.ts';

const { values: args } = parseArgs({ options: { posts: { type: 'string', default: '1000000' }, seconds: { type: 'string', default: '8' } } });
const posts = Number(args.posts);
const OUT = join(import.meta.dirname, 'out');
mkdirSync(OUT, { recursive: true });
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const threads = availableParallelism();
const loadAtStart = loadavg();

log(`generating ${posts.toLocaleString('en')} posts and ${(posts / 10).toLocaleString('en')} survey responses…`);
const social = join(OUT, `social-${posts}.jsonl`);
const survey = join(OUT, `qualtrics-${posts / 10}.csv`);
const texts = postTexts();
if (!existsSync(social)) await writeSocialJsonl(social, posts, texts);
if (!existsSync(survey)) await writeQualtricsCsv(survey, posts / 10);

log('bare wink-nlp loop (readDoc + sentiment)…');
const allTexts = Array.from({ length: posts }, (_, i) => texts[i % texts.length]);
const bare1 = await bareLoop(allTexts, 1);
const bareN = await bareLoop(allTexts, threads);

log('ingest stages (single thread, first 100,000 posts)…');
const stage = await stages(social, join(OUT, 'stages.duckdb'), Math.min(posts, 100_000));

log('ingest end to end, 1 worker thread…');
const ingest1 = await ingestChild(social, join(OUT, 'ingest-1.duckdb'), 1);
log(`ingest end to end, ${threads} worker threads…`);
const db = join(OUT, 'bench.duckdb');
const ingestN = await ingestChild(social, db, threads);
log('ingest of the Qualtrics CSV…');
const surveyRun = await ingestChild(survey, join(OUT, 'survey.duckdb'), threads);

log('adding surveys, focus groups and brand values to the benchmark database…');
{
  const store = await openStore(db);
  const values = JSON.parse(readFileSync('data/demo/values/havenstad.json', 'utf8'));
  await setCityValues(store, 'Bench', values, 'bench');
  await ingestFile(store, survey, { city: 'Bench' });
  store.close();
}

log('API under load…');
const api = await apiLatency(db, 'Bench', 10, Number(args.seconds));
log('cold start of npm start…');
const cold = await coldStart(db);

log('web bundle and first chart…');
const js = initialJs();
const demoDb = 'data/demo.duckdb';
if (!existsSync(demoDb)) await buildDemoDb(demoDb, { log: () => {} });
const chart = await firstChart(demoDb);

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const results = {
  date: new Date().toISOString(),
  // the load average says whether other work shared the machine during the run
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAtStart, loadAtEnd: loadavg() },
  versions: Object.fromEntries(['@duckdb/node-api', 'wink-nlp', 'hono', 'echarts', 'preact'].map((p) => [p, JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version])),
  inputs: { posts, socialMb: Math.round(statSync(social).size / 2 ** 20), surveyResponses: posts / 10, surveyMb: Math.round(statSync(survey).size / 2 ** 20) },
  bareNlp: { oneThread: bare1, allThreads: bareN },
  stages: stage,
  ingest: { oneThread: ingest1, allThreads: ingestN, survey: surveyRun },
  ratios: {
    ingestVsBareLoop: ratio(ingestN.docsPerSecond, bareN.perSecond),
    twoThreadsVsOne: ratio(ingestN.docsPerSecond, ingest1.docsPerSecond),
  },
  api,
  coldStartMs: cold,
  web: { initialJs: js, firstChartMs: chart },
};
writeFileSync(join(import.meta.dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');

const rows: [string, string, string][] = [
  ['bare wink loop, 1 thread', `${bare1.perSecond.toLocaleString('en')} posts/s`, ''],
  [`bare wink loop, ${threads} threads`, `${bareN.perSecond.toLocaleString('en')} posts/s`, ''],
  ['stage: read/parse', `${stage.read.perSecond.toLocaleString('en')} posts/s`, ''],
  ['stage: analysis (1 thread)', `${stage.analysis.perSecond.toLocaleString('en')} posts/s`, `${ratio(stage.analysis.perSecond, bare1.perSecond)} × bare 1-thread`],
  ['stage: store (Appender)', `${stage.store.perSecond.toLocaleString('en')} posts/s`, ''],
  ['ingest, 1 worker', `${ingest1.docsPerSecond.toLocaleString('en')} posts/s, ${ingest1.peakRssMb} MB peak`, ''],
  [`ingest, ${threads} workers`, `${ingestN.docsPerSecond.toLocaleString('en')} posts/s, ${ingestN.segmentsPerSecond.toLocaleString('en')} segments/s, ${ingestN.peakRssMb} MB peak`, `${results.ratios.ingestVsBareLoop} × bare loop; ${results.ratios.twoThreadsVsOne} × 1 worker`],
  ['ingest Qualtrics CSV', `${surveyRun.docsPerSecond.toLocaleString('en')} responses/s, ${surveyRun.peakRssMb} MB peak`, ''],
  ...api.map((a): [string, string, string] => [`GET ${a.route}`, `p50 ${a.p50} ms, p95 ${a.p95} ms, p99 ${a.p99} ms, ${a.rps} req/s`, `bare p50 ${a.bareP50} ms (${ratio(a.p50, a.bareP50)} ×)`]),
  ['cold start (npm start → /api/health)', `${cold} ms`, ''],
  ['initial JS (gzip)', `${js.gzipKb} KB in ${js.files} files`, ''],
  ['first overview chart drawn', `${chart.join(' / ')} ms`, ''],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`).join('\n'));
console.log('\nwritten bench/results.json');
