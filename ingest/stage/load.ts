/**
 * The owner's half of a staged file, on the ingest side: gathers what the parts staged (files per
 * table in part order, cities in file order, the longest line) and hands it to the database layer
 * (data/db/staged-load.ts), which numbers and inserts the rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadStaged, type LoadResult, type LoadSpec, type Staged } from '../../data/db/staged-load.ts';
import type { PartResult, StagedTable } from './part.ts';
import { SHORT_LINE_BYTES } from './staging-files.ts';

/** Loads staged parts inside the caller's open transaction; the caller commits or rolls back. */
export async function loadParts(conn: DuckDBConnection, load: LoadSpec, results: PartResult[]): Promise<LoadResult> {
  return loadStaged(conn, load, stagedFile(results));
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
