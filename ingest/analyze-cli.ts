/** `npm run --silent analyze`: JSON lines {"id","text"} on stdin → one analysis JSON line each on stdout. */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { DocAnalysis, ValueLexicon } from './types.ts';
import { createAnalyzer } from './analysis/index.ts';

/** The output line of one input, as CONTRACT.md describes it (plus per-segment explanations). */
export function toOutputLine(id: string, a: DocAnalysis) {
  return {
    id,
    language: a.language,
    sentiment: a.sentiment,
    label: a.label,
    segments: a.segments.map((s) => ({
      text: s.text,
      start: s.start,
      end: s.end,
      language: s.language,
      sentiment: s.sentiment,
      label: s.label,
      themes: [...new Set(s.themes.map((m) => m.id))],
      values: [...new Set(s.values.map((m) => m.id))],
      matches: [
        ...s.themes.map((m) => ({ kind: 'theme' as const, ...m })),
        ...s.values.map((m) => ({ kind: 'value' as const, ...m })),
      ].sort((x, y) => x.start - y.start),
      terms: s.terms,
      contributions: s.contributions,
    })),
    themes: a.themes,
  };
}

/** Validates one input line; returns the record or an error message. */
export function parseInputLine(line: string): { id: string; text: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `invalid JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected an object {"id","text"}' };
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { error: '"id" must be a string' };
  if (typeof text !== 'string') return { error: '"text" must be a string' };
  return { id: String(id), text };
}

async function loadValues(city: string | undefined, db: string | undefined): Promise<ValueLexicon[]> {
  if (!city) return [];
  const { loadValueLexicons } = await import('../data/db/brand-values.ts');
  const values = await loadValueLexicons(db ?? process.env.BRANDGAP_DB ?? 'data/brandgap.duckdb', city);
  return values.map((v) => ({ name: v.name, terms: v.terms, exclusions: v.exclusions }));
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { city: { type: 'string' }, db: { type: 'string' } }, strict: true });
  } catch (e) {
    process.stderr.write(`analyze: ${(e as Error).message}\nusage: npm run --silent analyze [-- --city NAME --db FILE] < in.jsonl\n`);
    return 2;
  }
  let values: ValueLexicon[];
  try {
    values = await loadValues(args.values.city, args.values.db);
  } catch (e) {
    process.stderr.write(`analyze: cannot load the brand values of "${args.values.city}": ${(e as Error).message}\n`);
    return 2;
  }
  const analyzer = createAnalyzer({ values });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let buffer: string[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const ok = process.stdout.write(buffer.join(''));
    buffer = [];
    if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
  };
  for await (const line of lines) {
    n += 1;
    if (line.trim() === '') continue;
    const input = parseInputLine(line);
    let out: unknown;
    if ('error' in input) out = { id: null, error: `line ${n}: ${input.error}` };
    else {
      try {
        out = toOutputLine(input.id, analyzer.analyze(input.text));
      } catch (e) {
        out = { id: input.id, error: `line ${n}: ${(e as Error).message}` };
      }
    }
    buffer.push(JSON.stringify(out) + '\n');
    if (buffer.length >= 256) await flush();
  }
  await flush();
  return 0;
}

process.exitCode = await main();
