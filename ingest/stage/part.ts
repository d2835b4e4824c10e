/**
 * The contract between the owner of the database and the workers that stage a file: a worker
 * takes one PART of one file (the records read in its byte range, split.ts), reads it with the normal
 * reader, pseudonymises, analyses and writes the rows it would store as NDJSON staging files;
 * the owner loads them in the file's single transaction (loadParts). Both types are JSON-safe:
 * a spec travels to worker threads and, with BullMQ, through Redis to other processes.
 */
import type { Group, SourceKind } from '../../data/types.ts';
import type { Voice } from '../../data/speaker.ts';
import type { CustomThemeTerm } from '../analysis/taxonomy.ts';
import type { ReadLimits } from '../../data/limits.ts';
import type { ColumnMapping } from '../readers/mapping.ts';
import type { RedactionCounts } from '../readers/redact.ts';
import type { RawItem, ReadError } from '../types.ts';

/** The tables a part stages, one NDJSON file each; `keys` (ordinal, city, dedup key, segment count) drives de-duplication and ids. */
import { STAGED_TABLES, type StagedTable } from '../../data/db/staged-schema.ts';
export { STAGED_TABLES, type StagedTable };

/** A city as the owner knew it when the file started; a city not listed is new (no values, no handles, no country). */
export type KnownCity = {
  name: string;
  /** brand values by id, in their stored order */
  values: { id: number; name: string; terms: string[]; exclusions: string[] }[];
  /** ISO code of the city's country (origin "local"), null when unknown */
  home: string | null;
  /** official/partner handles as listed (the worker adds their pseudonyms unless handles are kept) */
  handles: { handle: string; voice: Voice }[];
};

/** Everything a worker needs to stage one part of one file, with no database access. */
export type PartSpec = {
  /** the file, readable by the worker (a shared path when workers run elsewhere) */
  path: string;
  /** this part (0-based) of `parts`; part k keeps the records read in the k-th of `parts` equal byte ranges */
  part: number;
  parts: number;
  /** records between two writes of the staging files (and progress reports) */
  batch: number;
  /** staging root; files go to `<staging>/<uploadId>/part-<k>-<table>.ndjson` */
  staging: string;
  /** deterministic id of the upload: a retried part rewrites the same files */
  uploadId: string;
  read: { format?: string; city?: string; group?: Group; mapping?: ColumnMapping; keepHandles?: boolean };
  limits: ReadLimits;
  /** the database's pseudonymisation key (settings.pseudonym_key) */
  pseudonymKey: string;
  /** the file's source kind as asked (null: the reader's guess) */
  kind: SourceKind | null;
  defaultGroup: Group;
  /** date (YYYY-MM-DD) of records that carry none, null for none */
  date: string | null;
  /** the upload's voice option, null: from the source kind and the city's handles */
  voice: Voice | null;
  cities: KnownCity[];
  themeTerms: CustomThemeTerm[];
  /** the installation's active model file, null for the shipped one */
  modelFile: string | null;
  /** epoch ms after which reading stops and the file is rejected (parse timeout), null for none */
  deadline: number | null;
  /** the parse timeout the deadline came from, in ms (named in the refusal) */
  timeoutMs: number | null;
};

/** A record refused by the part: the file is rejected; across parts the lowest ordinal wins. */
export type PartRefusal = { ordinal: number; errors: ReadError[] };

/** What one part staged and what its reader saw. */
export type PartResult = {
  part: number;
  /** staged NDJSON files, complete (written under a temporary name, then renamed); null when the file could not be opened */
  files: Record<StagedTable, string> | null;
  /** null when the file could not be opened at all (then `refusal` says why) */
  format: string | null;
  source: SourceKind | null;
  /** the survey's closed items (the header's; the same in every part) */
  items: RawItem[];
  dropped: string[];
  /** rows staged: documents after de-duplication within the part, and their segments */
  documents: number;
  segments: number;
  /** records of this part dropped as duplicates of an earlier record of the same part */
  duplicates: number;
  /**
   * The reader's counts up to where this part stopped reading: the whole file's for the last part
   * of a part that is not `ranged` (it reads from the start to the end); errors non-empty → the file is rejected.
   */
  read: { records: number; skipped: number; errors: ReadError[]; redacted: RedactionCounts };
  /** cities named by this part's documents, each with the ordinal of its first document */
  cities: { name: string; first: number }[];
  refusal: PartRefusal | null;
  /** the longest staged line in bytes when over SHORT_LINE_BYTES (4 MB), else 0 (the loader's maximum_object_size) */
  maxLineBytes: number;
  /**
   * The part read only its own lines (a line-based format): its reader counts are its own (the
   * owner adds them up), its ordinals start at part × RANGED_ORDINALS, and a refusal names the
   * record by its number within the part (the owner renumbers it). False: it read the file from
   * the start, so the last part's counts are the whole file's.
   */
  ranged?: boolean;
};

/** Progress of a part: records read, bytes read of the total. */
export type PartProgress = { part: number; records: number; bytes: number; total: number | null };

export { stagePart } from './stage-part.ts';

/** What the owner knows of the file when it loads the parts, and what it stored (defined by the database layer). */
export type { LoadResult, LoadSpec } from '../../data/db/staged-load.ts';

/**
 * Loads staged parts inside the caller's open transaction: ensures the cities, de-duplicates
 * against stored documents and within the file (first ordinal wins), assigns ids in file order,
 * inserts every table with one INSERT … SELECT FROM read_json, then the survey items, roles,
 * corrections, facts and wave. The caller commits, or rolls back on any error.
 */
export { loadParts } from './load.ts';
