/** `npm run ingest -- <file>... [options]`: parses argv, runs the pipeline, maps results to exit codes. */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { loadConfig } from '../data/config.ts';
import { openStore, StoreLockedError, type Store } from '../data/db/store.ts';
import { parseIngestArgs, UsageError, type IngestArgs } from './args.ts';
import { ingestFile, type IngestSummary } from './pipeline.ts';
import { progressBar } from './progress.ts';
import { queueConfig } from './queue/config.ts';
import { queuePartRunner } from './queue/flow.ts';
import { recoverInterrupted } from './recover.ts';
import { ColumnMappingSchema, guessedSourceOf, type ColumnMapping } from './readers/index.ts';

const UPLOAD_HINT = `To add the file while the server runs, upload it (an analyst's token from \`npm run user -- token NAME\`):
  curl -H "Authorization: Bearer TOKEN" -F file=@FILE -F city=CITY http://localhost:8787/api/uploads
`;

async function main(argv: string[]): Promise<number> {
  let args: IngestArgs;
  try {
    args = parseIngestArgs(argv);
    for (const f of args.files) if (!existsSync(f)) throw new UsageError(`no such file: ${f}`);
    if (args.mapping && !existsSync(args.mapping)) throw new UsageError(`no such mapping file: ${args.mapping}`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`ingest: ${err.message}\nusage: npm run ingest -- <file>... [--city NAME] [--source survey|focus-group|social|brand] [--group resident|international|visitor|unknown] [--voice official|partner|user] [--format auto|FORMAT] [--date YYYY-MM-DD] [--wave WAVE] [--mapping FILE] [--db FILE] [--json] [--keep-handles] [--threads N]\n`);
    return 2;
  }
  let mapping: ColumnMapping | undefined;
  if (args.mapping) {
    const problem = readMapping(args.mapping);
    if (typeof problem === 'string') { process.stderr.write(`ingest: --mapping ${args.mapping}: ${problem}\n`); return 2; }
    mapping = problem;
  }
  // A generic table's kind (posts? survey answers?) is only guessed from its columns: the user says it.
  if (!args.source && !mapping) {
    for (const f of args.files) {
      const guess = await guessedSourceOf(f, args.format);
      if (guess) {
        process.stderr.write(`ingest: ${f} is a generic table (${guess.format}); say which kind of source it is with --source survey|focus-group|social|brand. It looks like ${guess.source} posts: ${guess.reason}. Nothing was stored.\n`);
        return 2;
      }
    }
  }
  let store: Store;
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
    store = await openStore(args.db ?? config.dbPath, { memoryMb: config.dbMemoryMb });
  } catch (err) {
    if (err instanceof StoreLockedError) { process.stderr.write(`ingest: ${err.message}\n${UPLOAD_HINT}`); return 1; }
    throw err;
  }
  let failed = false;
  const threads = args.threads ?? availableParallelism(); // one part per core for a large file
  // with BRANDGAP_REDIS_URL the parts go to `npm run worker` processes instead of this process's threads
  const qc = queueConfig(process.env);
  const queue = qc ? queuePartRunner(qc) : undefined;
  try {
    const recovered = await recoverInterrupted(store, queue);
    if (recovered.cleaned) process.stderr.write(`ingest: cleaned up ${recovered.cleaned} upload(s) interrupted by the last stop (staging files and queue jobs removed)\n`);
    if (recovered.pending.length) process.stderr.write(`ingest: a worker still stages a part of ${recovered.pending.join(', ')}; cleaned up at the next start\n`);
    if (queue && (await queue.workers()) === 0) {
      process.stderr.write(`ingest: no \`npm run worker\` is listening on BRANDGAP_REDIS_URL yet; the parts wait ${qc!.pickupMs / 1000} s for one (BRANDGAP_QUEUE_PICKUP_S)\n`);
    }
    for (const file of args.files) {
      const bar = args.json ? null : progressBar(file);
      const summary = await ingestFile(store, file, {
        city: args.city, source: args.source, group: args.group, voice: args.voice, format: args.format, date: args.date, wave: args.wave, mapping,
        keepHandles: args.keepHandles, actor: process.env.USER ?? 'cli', onProgress: bar?.update, threads, queue,
        isolate: true, limits: config.parseLimits,
      });
      bar?.done();
      if (summary.errors.length) failed = true;
      process.stdout.write(args.json ? JSON.stringify(summary) + '\n' : humanSummary(summary));
    }
  } finally {
    await queue?.close();
    store.close();
  }
  return failed ? 1 : 0;
}

/** The column mapping file, validated; a string says what is wrong with it. */
function readMapping(path: string): ColumnMapping | string {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return `not JSON: ${(err as Error).message}`;
  }
  const parsed = ColumnMappingSchema.safeParse(json);
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => `${i.path.join('.') || 'mapping'}: ${i.message}`).join('; ');
}

function humanSummary(s: IngestSummary): string {
  if (s.errors.length) {
    const errs = s.errors.slice(0, 20).map((e) => `  ${e.where}: ${e.message}`).join('\n');
    return `✗ ${s.file}: rejected, nothing stored (${s.format ?? 'unknown format'})\n${errs}\n`;
  }
  const dropped = s.dropped.length ? `\n  personal-data columns dropped: ${s.dropped.join(', ')}` : '';
  const found = Object.entries(s.redacted).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  const redacted = found.length ? `\n  contact details replaced in free text: ${found.join(', ')}` : '';
  return `✓ ${s.file}: ${s.format} → ${s.city} (${s.source}): ${s.documents} documents, ${s.segments} segments, ${s.skipped} skipped, ${s.duplicates} duplicates${dropped}${redacted}\n`;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`ingest: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
