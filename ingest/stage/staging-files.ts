/**
 * A part's NDJSON staging files: `<staging>/<uploadId>/part-<k>-<table>.ndjson`. Lines are
 * buffered and written a batch at a time to a temporary name; `finish` renames them, so a part
 * killed or retried never leaves a half-written file under the final name.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STAGED_TABLES, type StagedTable } from './part.ts';

/** The staging root: BRANDGAP_STAGING when set (shared by workers on other machines), else the system's temp dir. */
export const defaultStaging = (env: NodeJS.ProcessEnv = process.env): string => env.BRANDGAP_STAGING || join(tmpdir(), 'brandgap-staging');

/** The directory of one upload's staging files. */
export const uploadDir = (staging: string, uploadId: string): string => join(staging, uploadId);

/** The final path of a part's staged table. */
export const stagedPath = (staging: string, uploadId: string, part: number, table: StagedTable): string =>
  join(uploadDir(staging, uploadId), `part-${part}-${table}.ndjson`);

/** Removes an upload's staging files (after loading, and after a failure). */
export function removeStaging(staging: string, uploadId: string): void {
  rmSync(uploadDir(staging, uploadId), { recursive: true, force: true });
}

type Open = { fd: number; tmp: string; final: string; lines: string[]; chars: number };

/**
 * Lines up to this many bytes need no measuring: the loader accepts objects this large anyway.
 * DuckDB's JSON reader holds buffers of twice its maximum object size per file and thread, so the
 * loader asks for no more than the longest line needs (its 16 MB default took 32 MB buffers).
 */
export const SHORT_LINE_BYTES = 4 * 2 ** 20;

/**
 * A table's queued lines are written once they hold this many characters: lines queued for a whole
 * batch of records outlived the young generation and were copied and promoted by every scavenge.
 */
const FLUSH_CHARS = 64 * 1024;

function write(f: Open): void {
  writeSync(f.fd, f.lines.join('\n') + '\n');
  f.lines.length = 0;
  f.chars = 0;
}

/** The open staging files of one part. */
export class StagingFiles {
  private files = {} as Record<StagedTable, Open>;
  /** the longest line so far, in bytes (measured only for lines that could pass the loader's default) */
  private longest = 0;

  constructor(staging: string, uploadId: string, part: number) {
    mkdirSync(uploadDir(staging, uploadId), { recursive: true });
    // a unique temporary name: a retry of the same part may run while a killed one's file lingers
    const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    for (const table of STAGED_TABLES) {
      const final = stagedPath(staging, uploadId, part, table);
      const tmp = `${final}.${unique}.tmp`;
      this.files[table] = { fd: openSync(tmp, 'w'), tmp, final, lines: [], chars: 0 };
    }
  }

  /** Queues one row (written at the next flush). */
  add(table: StagedTable, row: object): void {
    const line = JSON.stringify(row);
    // UTF-8 takes at most 3 bytes per UTF-16 unit: only a line that might be long is measured
    if (line.length * 3 > this.longest && line.length * 3 > SHORT_LINE_BYTES) this.longest = Math.max(this.longest, Buffer.byteLength(line));
    const f = this.files[table];
    f.lines.push(line);
    f.chars += line.length;
    if (f.chars >= FLUSH_CHARS) write(f);
  }

  /** Writes the queued rows. */
  flush(): void {
    for (const f of Object.values(this.files)) if (f.lines.length) write(f);
  }

  /** Flushes, closes and moves every file to its final name; returns the paths. */
  finish(): Record<StagedTable, string> {
    this.flush();
    const paths = {} as Record<StagedTable, string>;
    for (const table of STAGED_TABLES) {
      const f = this.files[table];
      closeSync(f.fd);
      renameSync(f.tmp, f.final);
      paths[table] = f.final;
    }
    return paths;
  }

  /** Closes and deletes the temporary files (a part that failed). */
  abort(): void {
    for (const f of Object.values(this.files)) {
      try { closeSync(f.fd); } catch { /* already closed */ }
      rmSync(f.tmp, { force: true });
    }
  }

  /** The longest line in bytes, or 0 when every line is shorter than SHORT_LINE_BYTES. */
  get maxLineBytes(): number { return this.longest; }
}
