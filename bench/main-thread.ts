/**
 * The main thread's CPU time a post during an ingest. Linux keeps each thread's user+system time
 * in /proc/self/task/<tid>/stat, and the main thread's tid is the process id: the staging worker
 * threads, DuckDB's threads and libuv's pool have their own tids and are not counted (whereas
 * process.cpuUsage() sums every thread, and the event loop's utilisation counts wall time, not CPU).
 */
import { readFileSync, rmSync } from 'node:fs';
import { openStore } from '../data/db/store.ts';
import type { BrandValueInput } from '../data/types.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import { setCityValues } from '../ingest/reannotate.ts';

// the kernel reports thread times in clock ticks of 1/100 s (USER_HZ on Linux)
const TICK_MS = 10;

/** CPU ms of this process's main thread so far; null where /proc is missing. */
export function mainThreadCpuMs(): number | null {
  try {
    // fields after the parenthesised command name: utime and stime are the 12th and 13th
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** Ingests `file` in this process with `workers` staging threads and measures the main thread only. */
export async function mainThreadCost(file: string, db: string, workers: number, values: BrandValueInput[], city = 'Bench') {
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  const store = await openStore(db);
  await setCityValues(store, city, values, 'bench');
  const cpu0 = mainThreadCpuMs();
  const t0 = performance.now();
  const s = await ingestFile(store, file, { city, threads: workers, isolate: true });
  const wallMs = performance.now() - t0;
  const cpu1 = mainThreadCpuMs();
  store.close();
  rmSync(db, { force: true });
  const perPost = (ms: number) => Math.round((ms * 1000 / s.documents) * 100) / 100;
  return {
    workers, posts: s.documents, wallMs: Math.round(wallMs),
    mainThreadCpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
    mainThreadUsPerPost: cpu0 === null || cpu1 === null ? null : perPost(cpu1 - cpu0),
  };
}
