/** JSON inputs: NDJSON/JSONL streamed line by line, whole JSON documents with error line numbers. */
import { lineBatches, type ByteSource } from './byte-source.ts';
import type { Encoding } from './decode.ts';
import { reject } from './errors.ts';

export type JsonLine = { value: unknown; line: number };

/** Streams the JSON values of an NDJSON file; a bad or truncated line rejects the file. */
export async function* jsonLines(src: ByteSource, encoding: Encoding, sample = false): AsyncGenerator<JsonLine> {
  for await (const batch of lineBatches(src.text(encoding), src.maxRecordChars)) for (const l of batch) {
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

/** True when the first non-empty line is a complete JSON object: one record (or page) per line. */
export function isLineDelimited(head: string): boolean {
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  try {
    const v = JSON.parse(first);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** Streams JSON values: each line of an NDJSON file, or each element of a JSON array document. */
export async function* jsonRecords(src: ByteSource, encoding: Encoding, head: string, sample = false): AsyncGenerator<unknown> {
  if (isLineDelimited(head)) {
    for await (const { value } of jsonLines(src, encoding, sample)) yield value;
    return;
  }
  const doc = await readJsonDocument(src, encoding);
  if (Array.isArray(doc)) yield* doc;
  else yield doc;
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
