/** The readers' public API: detect a file's format and open it as a stream of RawDocs. */
import { basename } from 'node:path';
import { openByteSource, readHead } from './byte-source.ts';
import { looksBinary, sniffEncoding } from './decode.ts';
import { detectFormat, headText, sourceGuess, type SourceGuess } from './detect.ts';
import { isLineDelimited } from './json-input.ts';
import { reject } from './errors.ts';
import { formatNames, READERS, resolveFormat } from './formats.ts';
import { toSession, type ReadOptions, type ReadSession } from './session.ts';

export { detectFormat, sourceGuess, GUESSED_SOURCE_FORMATS, type SourceGuess } from './detect.ts';
export { FileRejected } from './errors.ts';
export { ColumnMappingSchema, parseColumnMapping, type ColumnMapping } from './mapping.ts';
export { formatNames } from './formats.ts';
export type { ReadOptions, ReadSession, ReadStats } from './session.ts';

/**
 * Opens a file for reading. Throws FileRejected for files that cannot be read at all (empty,
 * binary, unknown format, header only); problems found while iterating land in `stats.errors`.
 */
export async function openReader(path: string, opts: ReadOptions): Promise<ReadSession> {
  const src = await openByteSource(path, opts.limits?.maxRecordChars, opts.part ?? null);
  if (src.size === 0) throw reject('line 1', 'empty file');
  const head = await readHead(path);
  const fileName = basename(path);
  const format = pickFormat(head, fileName, opts.format, opts.mapping !== undefined);
  const encoding = sniffEncoding(head);
  const reader = READERS[format];
  const opened = await reader({ src, head, encoding, fileName, format, opts });
  return toSession(opened, src, opts.limits);
}

/** The source-kind guess for a file read as a generic table (null when its layout says the kind). */
export async function guessedSourceOf(path: string, format?: string): Promise<(SourceGuess & { format: string }) | null> {
  const head = await readHead(path);
  const f = format && format !== 'auto' ? resolveFormat(format) : detectFormat(head, basename(path));
  const guess = f ? sourceGuess(head, f) : null;
  return guess && f ? { ...guess, format: f } : null;
}

function pickFormat(head: Buffer, fileName: string, requested: string | undefined, mapped: boolean): string {
  if (requested && requested !== 'auto') {
    const resolved = resolveFormat(requested);
    if (!resolved) throw reject('file', `unknown format "${requested}"; known: ${formatNames().join(', ')}`);
    return resolved;
  }
  const detected = detectFormat(head, fileName);
  // A mapping says how to read the columns: it wins over any recognised layout.
  if (mapped && detected && /-(csv|tsv)$/.test(detected)) return 'generic-csv';
  if (detected && READERS[detected]) return detected;
  if (looksBinary(head, sniffEncoding(head))) {
    const nul = head.indexOf(0);
    const line = nul >= 0 ? head.subarray(0, nul).toString('latin1').split('\n').length : 1;
    throw reject(`line ${line}`, 'binary data: not a text file in a known format');
  }
  throw reject('file', detected ? `format "${detected}" is not supported yet` : 'unrecognised file format; pass --format');
}

/** Formats whose reader streams one JSON value a line (json-input.ts jsonLines) when the file is line-delimited. */
const LINE_FORMATS = new Set(['x-api-v2', 'pushshift-ndjson', 'mastodon-json', 'social-ndjson']);

/**
 * Whether a part of this file can be read on its own (only its lines, byte-source.ts lineRange):
 * a line-delimited JSON format in an 8-bit or UTF-8 encoding. Such a file is cheap to split in many
 * parts; any other is read from the start by every part. False for a file that cannot be opened.
 */
export async function readsInLineRanges(path: string, opts: Pick<ReadOptions, 'format' | 'mapping'> = {}): Promise<boolean> {
  try {
    const head = await readHead(path);
    const format = pickFormat(head, basename(path), opts.format, opts.mapping !== undefined);
    const encoding = sniffEncoding(head);
    return LINE_FORMATS.has(format) && encoding !== 'utf-16le' && encoding !== 'utf-16be' && isLineDelimited(headText(head));
  } catch {
    return false;
  }
}
