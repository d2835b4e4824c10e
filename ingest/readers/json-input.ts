/** JSON inputs: NDJSON/JSONL streamed line by line, whole JSON documents with error line numbers. */
import { lineBatches, lineRange, type ByteSource } from './byte-source.ts';
import type { Encoding } from './decode.ts';
import { FileRejected, reject } from './errors.ts';

export type JsonLine = { value: unknown; line: number };

/** Streams the JSON values of an NDJSON file; a bad or truncated line rejects the file. */
export async function* jsonLines(src: ByteSource, encoding: Encoding, sample = false): AsyncGenerator<JsonLine> {
  // a part of a file staged in parts reads only its own lines (byte-source.ts)
  const range = sample ? null : await lineRange(src, encoding);
  for await (const batch of lineBatches(src.text(encoding), src.maxRecordChars, range?.linesBefore)) for (const l of batch) {
    const text = l.text.trim();
    if (text === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const truncated = l.last && !l.terminated;
      if (truncated && sample) return; // a head sample ends mid-line
      throw reject(`line ${l.line}`, truncated ? 'truncated JSON: the last line ends mid-record' : `invalid JSON: ${(err as Error).message}`);
    }
    yield { value, line: l.line };
  }
}

/** True when `line` is one complete JSON object. */
function isObjectLine(line: string): boolean {
  try {
    const v = JSON.parse(line);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** True when the first non-empty line is a complete JSON object: one record (or page) per line. */
export function isLineDelimited(head: string): boolean {
  return isObjectLine(head.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '');
}

/**
 * Whether a file holds one JSON object per line, decided from its whole first line: a twarc page
 * of 500 posts is a line of ~105 KB, far beyond the sniffed head. A first line past the record
 * cap is taken as one JSON document (a minified array may be as long as it likes).
 */
export async function fileIsLineDelimited(src: ByteSource, encoding: Encoding, head: string): Promise<boolean> {
  const text = head.replace(/^\uFEFF/, '');
  const firstEnd = text.search(/\S[^\r\n]*[\r\n]/);
  // the head holds the whole first line (or the whole file): it decides
  if (firstEnd >= 0) return isLineDelimited(head);
  if (!text.trimStart().startsWith('{')) return false;
  try {
    for await (const batch of lineBatches(src.text(encoding), src.maxRecordChars)) {
      for (const l of batch) if (l.text.trim() !== '') return isObjectLine(l.text.replace(/^\uFEFF/, '').trim());
    }
  } catch (err) {
    if (err instanceof FileRejected) return false;
    throw err;
  }
  return false;
}

/** Streams JSON values: each line of an NDJSON file, or each element of a JSON array document. */
export async function* jsonRecords(src: ByteSource, encoding: Encoding, head: string, sample = false): AsyncGenerator<JsonLine> {
  if (await fileIsLineDelimited(src, encoding, head)) {
    yield* jsonLines(src, encoding, sample);
    return;
  }
  const doc = await readJsonDocument(src, encoding);
  if (Array.isArray(doc)) for (const value of doc) yield { value, line: 0 };
  else yield { value: doc, line: 0 };
}

/** Whole JSON documents are parsed in memory; beyond this size we ask for NDJSON instead. */
export const MAX_JSON_DOCUMENT = 512 * 1024 * 1024;

/** Parses a whole JSON file; a syntax error is reported with its line number. */
export async function readJsonDocument(src: ByteSource, encoding: Encoding): Promise<unknown> {
  if (src.size > MAX_JSON_DOCUMENT) {
    throw reject('file', `a single JSON document of ${Math.round(src.size / 1e6)} MB is too large to read at once; export it as NDJSON (one record per line)`);
  }
  let text = '';
  for await (const chunk of src.text(encoding)) text += chunk;
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = Number(message.match(/position (\d+)/)?.[1] ?? NaN);
    const at = Number.isFinite(pos) ? pos : text.length;
    const line = text.slice(0, at).split('\n').length;
    const truncated = /end of JSON input|Unterminated|Unexpected end/i.test(message);
    throw reject(`line ${line}`, truncated ? 'truncated JSON: the file ends mid-value' : `invalid JSON: ${message}`);
  }
}
