/**
 * The lake's files: partitions are `TABLE/city=…/month=…/data_N.parquet`. A partition is written
 * by DuckDB into a staging folder beside the tables, then renamed into place file by file (a
 * rename within one file system is atomic), so a reader never sees a half-written file.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LOCK = '_lake.lock';
/** Staging folders start with a dot: readers globbing TABLE/** and Spark's discovery skip them. */
export const STAGING_PREFIX = '.staging-';

const parquetIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.parquet')).sort() : []);

/** Whether a partition folder holds data. */
export function hasData(partDir: string): boolean {
  return parquetIn(partDir).length > 0;
}

/** The partitions (`city=…/month=…`) found under a table's folder. */
export function partitionsOnDisk(tableDir: string): string[] {
  if (!existsSync(tableDir)) return [];
  const parts: string[] = [];
  for (const city of readdirSync(tableDir).filter((d) => d.startsWith('city='))) {
    for (const month of readdirSync(join(tableDir, city)).filter((d) => d.startsWith('month='))) parts.push(`${city}/${month}`);
  }
  return parts;
}

/** Moves a staged partition's files into its place, replacing the old files, and drops leftovers. */
export function installPartition(stagedDir: string, partDir: string): void {
  mkdirSync(partDir, { recursive: true });
  const staged = parquetIn(stagedDir);
  const names = staged.map((_, i) => `data_${i}.parquet`);
  staged.forEach((f, i) => renameSync(join(stagedDir, f), join(partDir, names[i])));
  // an old version may have had more files than the new one
  for (const old of parquetIn(partDir)) if (!names.includes(old)) rmSync(join(partDir, old));
}

/** Deletes a partition folder, and its city folder once empty. */
export function removePartition(partDir: string): void {
  rmSync(partDir, { recursive: true, force: true });
  const cityDir = dirname(partDir);
  if (existsSync(cityDir) && readdirSync(cityDir).length === 0) rmdirSync(cityDir);
}

/** Removes staging folders a killed run left behind. */
export function removeStaging(dir: string): void {
  for (const f of readdirSync(dir)) if (f.startsWith(STAGING_PREFIX)) rmSync(join(dir, f), { recursive: true, force: true });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the folder's lock (one writer at a time); a lock whose process is gone is taken over. */
export function lockLake(dir: string): () => void {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new Error(`another lake run (process ${pid}) is writing ${dir}`);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock ${dir}`);
}
