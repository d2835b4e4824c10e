/**
 * The owner's half of a staged file, on the ingest side: gathers what the parts staged (files per
 * table in part order, cities in file order, the longest line) and hands it to the database layer
 * (data/db/staged-load.ts), which numbers and inserts the rows, a part at a time or all at once.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadStaged, StagedLoader, type LoadResult, type LoadSpec, type Staged } from '../../data/db/staged-load.ts';
import type { PartResult, StagedTable } from './part.ts';
import { SHORT_LINE_BYTES } from './staging-files.ts';

/** Loads staged parts inside the caller's open transaction; the caller commits or rolls back. */
export async function loadParts(conn: DuckDBConnection, load: LoadSpec, results: PartResult[]): Promise<LoadResult> {
  return loadStaged(conn, load, stagedFile(results));
}

/**
 * Loads a file's parts as they are staged, in part order, inside the caller's open transaction:
 * `add` takes parts in any order and loads each once every earlier part is loaded. The first
 * failure stops the loading and is thrown by `finish` (the caller rolls back).
 */
export class PartsInOrder {
  private waiting = new Map<number, PartResult>();
  private next = 0;
  private loader: Promise<StagedLoader> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private failed: { err: unknown } | null = null;
  private done = 0;

  /** `loadable` says whether a part may be loaded (a refused or unopened part stops the loading). */
  constructor(private conn: DuckDBConnection, private spec: (first: PartResult) => LoadSpec, private loadable: (r: PartResult) => boolean) {}

  add(result: PartResult): void {
    this.waiting.set(result.part, result);
    while (this.waiting.has(this.next)) {
      const r = this.waiting.get(this.next)!;
      this.waiting.delete(this.next);
      this.next++;
      this.chain = this.chain.then(() => this.loadOne(r));
    }
  }

  /** Parts whose load has completed, in part order. */
  get loaded(): number { return this.done; }

  private async loadOne(r: PartResult): Promise<void> {
    if (this.failed) return;
    try {
      if (!this.loadable(r)) throw new StopLoading();
      this.loader ??= StagedLoader.begin(this.conn, this.spec(r), r.items);
      await (await this.loader).part(stagedFile([r]));
      this.done++;
    } catch (err) {
      this.failed = { err };
    }
  }

  /** Waits for the loads under way (always call it before a rollback: a query may still run). */
  async settle(): Promise<void> {
    await this.chain;
  }

  /** Completes the file after its last part; throws the first failure. */
  async finish(parts: number): Promise<LoadResult> {
    await this.chain;
    if (this.failed) throw this.failed.err;
    if (this.next !== parts || !this.loader) throw new Error(`only ${this.next} of ${parts} parts were staged`);
    return (await this.loader).finish();
  }
}

/** A part that must not be loaded (the file is refused): the refusal itself is the owner's to report. */
export class StopLoading extends Error {
  constructor() { super('the file is refused'); }
}

function stagedFile(results: PartResult[]): Staged {
  const files = {} as Record<StagedTable, string[]>;
  for (const r of results) {
    if (!r.files) throw new Error(`part ${r.part} staged no files`);
    for (const [table, path] of Object.entries(r.files) as [StagedTable, string][]) (files[table] ??= []).push(path);
  }
  return {
    files,
    maxObject: Math.max(SHORT_LINE_BYTES, ...results.map((r) => r.maxLineBytes + 1024)),
    cities: citiesInFileOrder(results),
    items: results[0].items,
    documentsRead: results.reduce((n, r) => n + r.documents + r.duplicates, 0),
  };
}

/** Each city once, in the order the file first names it (the first city names the file). */
export function citiesInFileOrder(results: PartResult[]): string[] {
  const firsts = new Map<string, { name: string; first: number }>();
  for (const c of results.flatMap((r) => r.cities)) {
    const seen = firsts.get(c.name.toLowerCase());
    if (!seen || c.first < seen.first) firsts.set(c.name.toLowerCase(), c);
  }
  return [...firsts.values()].sort((a, b) => a.first - b.first).map((c) => c.name);
}
