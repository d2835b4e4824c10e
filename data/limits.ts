/**
 * The limits a file is read under, and the settings that raise them. Every refusal names both,
 * so an analyst whose legitimate file hits one knows what to ask the administrator for.
 */

/** Caps the readers apply themselves (pure: no threads, no timers). */
export type ReadLimits = {
  /** Bytes all of a file's compressed containers may expand to: ZIP entries (XLSX, DOCX), PDF streams. */
  maxExpandedBytes: number;
  /** Characters in one record: a CSV record, a line, a spreadsheet cell, a paragraph. */
  maxRecordChars: number;
  /** Characters of one text (an answer, a post, a paragraph) without a sentence end: beyond it there is no sentence to analyse. */
  maxTextChars: number;
  /** Parts (answers, speaker turns, paragraphs) in one document. */
  maxSegments: number;
};

/** The read limits plus what the isolated reader enforces: the worker's heap and a deadline. */
export type ParseLimits = ReadLimits & {
  /** Old-generation heap of the thread that reads the file, in MB. */
  memoryMb: number;
  /** The reading is stopped after this long (ms); none when undefined. */
  timeoutMs?: number;
};

export const READ_LIMITS: ReadLimits = { maxExpandedBytes: 256 * 2 ** 20, maxRecordChars: 1024 * 1024, maxTextChars: 20_000, maxSegments: 10_000 };
export const PARSE_MEMORY_MB = 512;

/** The environment variable behind each limit (named in every refusal). */
export const LIMIT_SETTINGS = {
  maxExpandedBytes: 'BRANDGAP_MAX_EXPANDED_MB',
  maxRecordChars: 'BRANDGAP_MAX_RECORD_KB',
  maxTextChars: 'BRANDGAP_MAX_TEXT_CHARS',
  maxSegments: 'BRANDGAP_MAX_SEGMENTS',
  memoryMb: 'BRANDGAP_PARSE_MEMORY_MB',
  timeoutMs: 'BRANDGAP_PARSE_TIMEOUT_MIN',
} as const;

const mb = (bytes: number) => `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`;

/** "the limit is 256 MB of expanded data (BRANDGAP_MAX_EXPANDED_MB raises it)" */
export function limitText(limit: keyof typeof LIMIT_SETTINGS, value: number): string {
  const shown = limit === 'maxExpandedBytes' ? `${mb(value)} of expanded data`
    : limit === 'maxRecordChars' ? `${Math.round(value / 1024)} KB of text per record`
    : limit === 'maxTextChars' ? `${value} characters of text without a sentence end`
    : limit === 'maxSegments' ? `${value} parts per document`
    : limit === 'memoryMb' ? `${value} MB of memory for reading a file`
    : `${Math.round(value / 60_000 * 10) / 10} min of reading`;
  return `the limit is ${shown} (${LIMIT_SETTINGS[limit]} raises it); nothing was stored`;
}
