/**
 * `npm run worker [-- --concurrency N] [--lock-ms MS]`: one process that pulls parts of ingested
 * files from BullMQ (BRANDGAP_REDIS_URL) and stages them in BRANDGAP_STAGING, the folder shared
 * with the database's owner. Run one per core, on this machine or any other sharing the folder.
 */
import { parseArgs } from 'node:util';
import { queueConfig } from './config.ts';
import { startPartWorker } from './worker.ts';

const USAGE = 'usage: BRANDGAP_REDIS_URL=redis://HOST:6379 [BRANDGAP_STAGING=DIR] npm run worker [-- --concurrency N] [--lock-ms MS]\n';

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, got "${raw}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  let concurrency: number;
  let lockMs: number;
  try {
    const { values } = parseArgs({ args: argv, options: { concurrency: { type: 'string' }, 'lock-ms': { type: 'string' } }, strict: true });
    concurrency = positiveInt('concurrency', values.concurrency, 1);
    lockMs = positiveInt('lock-ms', values['lock-ms'], 30_000);
  } catch (err) {
    process.stderr.write(`worker: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const cfg = queueConfig(process.env);
  if (!cfg) { process.stderr.write(`worker: BRANDGAP_REDIS_URL is not set\n${USAGE}`); return 2; }

  const log = (line: string) => process.stderr.write(`[${new Date().toISOString()}] ${line}\n`);
  // a dead worker's part goes back to the queue within about two lock periods
  const worker = startPartWorker(cfg, { concurrency, lockDuration: lockMs, stalledInterval: lockMs, log });
  worker.on('error', (err) => log(`queue error: ${err.message}`));
  // listening for the signals before saying "ready": whoever waits for that line may stop us at once
  const stopped = new Promise<void>((resolve) => {
    const stop = (sig: string) => { log(`${sig}: finishing the parts in hand, then stopping`); resolve(); };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await worker.waitUntilReady();
  log(`worker ${process.pid} ready: ${concurrency} part(s) at a time, staging in ${cfg.staging}`);
  await stopped;
  await worker.close();
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`worker: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
