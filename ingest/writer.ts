import type { SpeakerFields } from './speaker/fields.ts';
import { DuckDBDataChunkWriter, DuckDBTimestampValue, listValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';

/** A document row as stored. */
export type DocumentRow = {
  id: number; sourceId: number; cityId: number; kind: string; dedupKey: string; group: string | null;
  date: Date | null; language: string | null; authorKey: string | null; attrs: object; text: string;
  /** fingerprint(dedupKey) */
  dedupFp: bigint;
  /** the respondent's speaker fields (migration 014); role is filled from roleRaw by the mapping in SQL */
  fields: SpeakerFields;
};
/** A segment row as stored; offsets into the document text. */
export type SegmentRow = {
  id: number; documentId: number; cityId: number; kind: string; group: string | null; date: Date | null;
  position: number; start: number; end: number; text: string; question: string | null; speaker: string | null;
  speakerAttrs: object | null; moderator: boolean; language: string | null; sentiment: number | null;
  label: string | null; contributions: object[];
  themes: string[]; valueIds: number[]; ageBand: string | null;
  /** fingerprint(author key) of the document, null without an author */
  authorFp: bigint | null;
  fields: SpeakerFields;
  /** migration 015: the stimulus code and name a focus-group turn reacts to; the authenticity label */
  stimulus: string | null; stimulusLabel: string | null; authenticity: string | null;
};
/** A term match; offsets into the segment text. */
export type MatchRow = { segmentId: number; key: string | number; term: string; start: number; end: number };

const ts = (d: Date | null) => (d ? new DuckDBTimestampValue(BigInt(d.getTime()) * 1000n) : null);
const json = (v: object | null) => (v ? JSON.stringify(v) : null);

const TABLES = ['documents', 'segments', 'segment_themes', 'segment_values', 'segment_terms', 'survey_answers'] as const;
type Table = (typeof TABLES)[number];

/**
 * Bulk writer over DuckDB appenders; rows become visible in the connection's transaction on flush.
 * Rows are buffered per table and appended a data chunk (2,048 rows) at a time: filling a chunk's
 * column vectors costs about a quarter of one native Appender call per value.
 */
export class RowWriter {
  private constructor(
    private appenders: Record<Table, DuckDBAppender>,
    private chunks: Record<Table, DuckDBDataChunkWriter>,
  ) {}

  static async open(conn: DuckDBConnection): Promise<RowWriter> {
    const appenders = {} as Record<Table, DuckDBAppender>;
    const chunks = {} as Record<Table, DuckDBDataChunkWriter>;
    for (const table of TABLES) {
      appenders[table] = await conn.createAppender(table);
      chunks[table] = DuckDBDataChunkWriter.forAppender(appenders[table]);
    }
    return new RowWriter(appenders, chunks);
  }

  // Each row lists the table's columns in their order (migrations 001, 006, 009, 014, 015).
  document(r: DocumentRow): void {
    this.chunks.documents.appendRow([
      BigInt(r.id), r.sourceId, r.cityId, r.kind, r.dedupKey, r.group, ts(r.date), r.language, r.authorKey,
      JSON.stringify(r.attrs), r.text, r.dedupFp,
      'unknown', r.fields.roleRaw, r.fields.origin, r.fields.stay, r.fields.stage, r.fields.voice,
    ]);
  }

  segment(r: SegmentRow): void {
    this.chunks.segments.appendRow([
      BigInt(r.id), BigInt(r.documentId), r.cityId, r.kind, r.group, ts(r.date), r.position, r.start, r.end, r.text,
      r.question, r.speaker, json(r.speakerAttrs), r.moderator, r.language, r.sentiment, r.label,
      r.contributions.length ? JSON.stringify(r.contributions) : null,
      listValue(r.themes), listValue(r.valueIds), 'unknown', r.fields.origin, r.ageBand, r.authorFp,
      r.fields.roleRaw, r.fields.stay, r.fields.stage, r.fields.voice,
      r.stimulus, r.stimulusLabel, r.authenticity,
    ]);
  }

  theme(m: MatchRow): void { this.match('segment_themes', m); }
  value(m: MatchRow): void { this.match('segment_values', m); }

  term(segmentId: number, term: string): void {
    this.chunks.segment_terms.appendRow([BigInt(segmentId), term]);
  }

  answer(documentId: number, itemId: number, value: string, num: number | null): void {
    this.chunks.survey_answers.appendRow([BigInt(documentId), itemId, value, num]);
  }

  private match(table: 'segment_themes' | 'segment_values', m: MatchRow): void {
    this.chunks[table].appendRow([BigInt(m.segmentId), m.key, m.term, m.start, m.end]);
  }

  flush(): void {
    for (const table of TABLES) {
      this.chunks[table].flush();
      this.appenders[table].flushSync();
    }
  }

  close(): void { for (const table of TABLES) this.appenders[table].closeSync(); }
}
