/**
 * The analysis stage alone on one thread, as bench/ingest.ts `stages` times it (annotateDoc per
 * post, authenticity included; the posts' language 'en' as the X reader gives it) but without
 * reading a file: generated posts, CPU time per round.
 * For comparing variants back to back on a shared machine (wall clock is noisy there).
 *
 *   npx tsx bench/analysis-speed.ts [posts=20000] [rounds=3]
 */
import { readFileSync } from 'node:fs';
import { annotateDoc } from '../ingest/annotate-doc.ts';
import { createAnalyzer } from '../ingest/analysis/index.ts';
import { postTexts } from './generate.ts';

const posts = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 3);
const values = JSON.parse(readFileSync('data/demo/values/havenstad.json', 'utf8'));
const analyzer = createAnalyzer({ values });
const texts = postTexts(7, posts);
// warm-up: the JIT and wink's vocabulary caches, as a worker has them after its first records
for (const t of texts.slice(0, 2000)) annotateDoc({ externalId: null, attrs: {}, language: 'en', parts: [{ text: t }] }, 'social', analyzer, 'unknown');
for (let r = 0; r < rounds; r += 1) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) annotateDoc({ externalId: null, attrs: {}, language: 'en', parts: [{ text: t }] }, 'social', analyzer, 'unknown');
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`round ${r + 1}: ${Math.round(posts / (cpuMs / 1000))} posts/s CPU (${Math.round(cpuMs)} ms), ${Math.round(posts / (wall / 1000))} posts/s wall`);
}
