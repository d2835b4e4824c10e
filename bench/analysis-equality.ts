/**
 * The analysis's output over a fixed set of texts, as JSON, so a speed change can be shown to
 * change nothing: run it before and after, and compare the files byte for byte.
 * Texts: the training corpus (data/corpus/train, every language, with and without the language
 * hint), the demo files and the bench's generated posts, and the public fixtures
 * (../shared/fixtures/public), read through the real readers and annotated as ingest does.
 *
 *   npx tsx bench/analysis-equality.ts out.json
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoFiles } from '../data/demo/demo-files.ts';
import { annotateDoc } from '../ingest/annotate-doc.ts';
import { createAnalyzer } from '../ingest/analysis/index.ts';
import { openReader } from '../ingest/readers/index.ts';
import { postTexts } from './generate.ts';

const out = process.argv[2] ?? 'analysis-equality.json';
const values = JSON.parse(readFileSync('data/demo/values/havenstad.json', 'utf8'));
const analyzer = createAnalyzer({ values });
const results: Record<string, unknown[]> = {};

// the training corpus: each text alone, with its language as a hint and detected
const corpusDir = 'data/corpus/train';
for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const rows = readFileSync(join(corpusDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; lang: string; text: string });
  results[`corpus/${file}`] = rows.map((r) => ({
    id: r.id,
    hinted: annotateDoc({ externalId: r.id, attrs: {}, language: r.lang, parts: [{ text: r.text }] }, 'social', analyzer, 'resident'),
    detected: analyzer.analyze(r.text),
    values: analyzer.matchValues(r.text),
    span: spanInputsOf(r.text, r.lang),
  }));
}

// the bench's generated posts (the demo generator's phrase pools)
results['generated'] = postTexts(7, 3000).map((t) => annotateDoc({ externalId: null, attrs: {}, parts: [{ text: t }] }, 'social', analyzer, 'resident'));

// files read as ingest reads them: the demo files and the public fixtures
async function annotateFile(path: string): Promise<unknown[]> {
  try {
    const session = await openReader(path, { pseudonymize: (h) => `p-${h}` });
    const docs: unknown[] = [];
    for await (const d of session.docs) docs.push(annotateDoc(d, session.source, analyzer, 'unknown'));
    return docs;
  } catch (e) {
    return [`unreadable: ${(e as Error).message}`];
  }
}

const demoDir = mkdtempSync(join(tmpdir(), 'equality-demo-'));
const demo = buildDemoFiles({ seed: 1 });
for (const [name, body] of [...demo.files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const path = join(demoDir, name.replace(/[\\/]/g, '_'));
  writeFileSync(path, body);
  results[`demo/${name}`] = await annotateFile(path);
}
rmSync(demoDir, { recursive: true, force: true });

const fixtures = '../shared/fixtures/public';
const walk = (dir: string): string[] => readdirSync(dir).sort().flatMap((n) => statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]);
for (const path of walk(fixtures).filter((p) => !p.endsWith('README.md'))) results[`fixtures/${path.slice(fixtures.length + 1)}`] = await annotateFile(path);

/** spanInputs with its tokens cut to what the learned layer reads (the form memo is internal). */
function spanInputsOf(text: string, lang: string) {
  const s = analyzer.spanInputs(text, lang);
  return { tokens: s.tokens.map((t) => [t.value, t.norm, t.lemma, t.pos, t.type, t.stop, t.start, t.end]), lexicon: s.lexicon, hits: s.hits };
}

const json = JSON.stringify(results);
writeFileSync(out, json);
const counts = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.length]));
console.log(JSON.stringify(counts));
console.log(`${out}: ${json.length} chars, sha256 ${createHash('sha256').update(json).digest('hex')}`);
