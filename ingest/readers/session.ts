/** What every format reader hands back, and the wrapper that turns it into a ReadSession. */
import type { SourceKind, Group } from '../../data/types.ts';
import type { RawDoc, RawItem, ReadError } from '../types.ts';
import type { ByteSource, PartOfFile } from './byte-source.ts';
import type { Encoding } from './decode.ts';
import { FileRejected } from './errors.ts';
import type { ColumnMapping } from './mapping.ts';
import { LIMIT_SETTINGS, READ_LIMITS, type ReadLimits } from '../../data/limits.ts';
import { noRedactions, redactDoc, type RedactionCounts } from './redact.ts';

export type ReadOptions = {
  /** Override auto-detection ('auto' or undefined = detect). */
  format?: string;
  /** Default city for records that do not name one. */
  city?: string;
  /** Default audience group for records that do not say. */
  group?: Group;
  /** Column mapping for generic CSV/XLSX. */
  mapping?: ColumnMapping;
  /** Keep social handles as-is (default: pseudonymise). */
  keepHandles?: boolean;
  /** Keyed hash given by the pipeline. */
  pseudonymize: (handle: string) => string;
  /** The file is only the head of a larger one (upload preview): an unfinished last record is dropped, not fatal. */
  sample?: boolean;
  /** Caps on expanded bytes, record length and parts per document (default READ_LIMITS). */
  limits?: ReadLimits;
  /** Read only this part of the file, where the format allows it (line-based JSON): see ReadSession.ranged. */
  part?: PartOfFile;
};

export type ReadStats = { records: number; skipped: number; errors: ReadError[] };

export type ReadSession = {
  format: string;
  source: SourceKind;
  items: RawItem[];
  dropped: string[];
  docs: AsyncIterable<RawDoc>;
  /** Filled while docs are consumed; final once iteration ends. errors non-empty → file rejected. */
  stats: ReadStats;
  /** Contact details replaced by placeholders in the documents read so far, by kind. */
  redacted: RedactionCounts;
  /** Bytes read so far and total, for a progress bar (total null when unknown). */
  progress: () => { bytes: number; total: number | null };
  /**
   * True once the reader reads only the lines of ReadOptions.part: its records and stats are that
   * part's alone. False: the reader reads the whole file (the caller tells the part's records).
   */
  ranged: () => boolean;
};

/** What a format reader receives. */
export type ReaderContext = {
  src: ByteSource;
  head: Buffer;
  encoding: Encoding;
  fileName: string;
  format: string;
  opts: ReadOptions;
};

/** A record as a reader yields it: a document, or a skip with a reason (counted, not stored). */
export type Yielded = RawDoc | { skip: string };

/** What a format reader returns; `records` is iterated once. */
export type Opened = {
  format: string;
  source: SourceKind;
  items?: RawItem[];
  dropped?: string[];
  records: AsyncIterable<Yielded>;
  /** Where to point when the file holds no record at all ("row 2", "line 1"). */
  emptyWhere?: string;
};

/** A format's reader: header work happens here, records stream later. */
export type FormatReader = (ctx: ReaderContext) => Promise<Opened>;

/** Wraps a reader's records: counts, catches fatal errors into stats, flags a file with no records. */
export function toSession(opened: Opened, src: ByteSource, limits: ReadLimits = READ_LIMITS): ReadSession {
  const stats: ReadStats = { records: 0, skipped: 0, errors: [] };
  const redacted = noRedactions();
  async function* docs(): AsyncGenerator<RawDoc> {
    try {
      for await (const rec of opened.records) {
        stats.records++;
        if ('skip' in rec) stats.skipped++;
        // contact details typed into free text never leave the reader
        else yield redactDoc(checkSize(rec, stats.records, limits), redacted);
      }
    } catch (err) {
      if (!(err instanceof FileRejected)) throw err;
      stats.errors.push(...err.errors);
      return;
    }
    // a later part of a file read in parts may hold no record; the first part speaks for the file
    if (stats.records === 0 && stats.errors.length === 0 && !(src.range && src.part && src.part.part > 0)) {
      stats.errors.push({ where: opened.emptyWhere ?? 'line 1', message: 'no records: the file is empty or has only a header' });
    }
  }
  return {
    format: opened.format,
    source: opened.source,
    items: opened.items ?? [],
    dropped: opened.dropped ?? [],
    docs: docs(),
    stats,
    redacted,
    progress: () => ({ bytes: Math.min(src.bytes, src.size), total: src.size }),
    ranged: () => src.range !== null,
  };
}

const docWhere = new WeakMap<object, string>();
const partWhere = new WeakMap<object, string>();

/** Notes where a document (or, for a part, that part) starts in the file ("line 3", "row 12"), for refusals. */
export function locate<T extends object>(rec: T, where: string): T {
  if (!('skip' in rec)) docWhere.set(rec, where);
  return rec;
}
export function locatePart<T extends object>(part: T, where: string): T {
  partWhere.set(part, where);
  return part;
}

// A sentence ends at . ! ? … (closing quotes or brackets allowed) before a space, at a CJK stop, or at a line break.
const SENTENCE_END = /[.!?\u2026]+['"\u2019\u201d)\]]*(?=\s|$)|[\u3002\uff01\uff1f]|\r\n|\n|\r/g;

/** The longest stretch of `text` between sentence ends, in characters. */
export function longestSentence(text: string): number {
  let longest = 0;
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    longest = Math.max(longest, m.index - from);
    from = m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  return Math.max(longest, text.length - from);
}

/** A document within the record-length, text and parts caps, or a rejection naming the cap. */
function checkSize(doc: RawDoc, record: number, limits: ReadLimits): RawDoc {
  const where = docWhere.get(doc) ?? `record ${record}`;
  const maxText = limits.maxTextChars ?? READ_LIMITS.maxTextChars;
  for (const p of doc.parts) {
    // a text without sentence ends would be stored and analysed as one sentence of that length
    if (p.text.length > maxText && longestSentence(p.text) > maxText) {
      throw new FileRejected([{ where: partWhere.get(p) ?? where, message: `a text of ${p.text.length} characters with no sentence end in ${longestSentence(p.text)} of them; at most ${maxText} characters are accepted without a sentence end (${LIMIT_SETTINGS.maxTextChars} raises it); nothing was stored` }]);
    }
  }
  if (doc.parts.length > limits.maxSegments) {
    throw new FileRejected([{ where, message: `the record holds ${doc.parts.length} parts; at most ${limits.maxSegments} are accepted per document (${LIMIT_SETTINGS.maxSegments} raises it); nothing was stored` }]);
  }
  for (const p of doc.parts) {
    if (p.text.length > limits.maxRecordChars) {
      throw new FileRejected([{ where: partWhere.get(p) ?? where, message: `a text of ${Math.ceil(p.text.length / 1024)} KB; at most ${Math.round(limits.maxRecordChars / 1024)} KB are accepted per record (${LIMIT_SETTINGS.maxRecordChars} raises it); nothing was stored` }]);
    }
  }
  return doc;
}
