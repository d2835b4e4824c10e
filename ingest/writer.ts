import { DuckDBTimestampValue, INTEGER, LIST, VARCHAR, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';

const VARCHAR_LIST = LIST(VARCHAR);
const INTEGER_LIST = LIST(INTEGER);

/** A document row as stored. */
export type DocumentRow = {
  id: number; sourceId: number; cityId: number; kind: string; dedupKey: string; group: string | null;
  date: Date | null; language: string | null; authorKey: string | null; attrs: object; text: string;
  /** fingerprint(dedupKey) */
  dedupFp: bigint;
};
/** A segment row as stored; offsets into the document text. */
export type SegmentRow = {
  id: number; documentId: number; cityId: number; kind: string; group: string | null; date: Date | null;
  position: number; start: number; end: number; text: string; question: string | null; speaker: string | null;
  speakerAttrs: object | null; moderator: boolean; language: string | null; sentiment: number | null;
  label: string | null; contributions: object[];
  themes: string[]; valueIds: number[]; role: string | null; origin: string | null; ageBand: string | null;
  /** fingerprint(author key) of the document, null without an author */
  authorFp: bigint | null;
};
/** A term match; offsets into the segment text. */
export type MatchRow = { segmentId: number; key: string | number; term: string; start: number; end: number };

const ts = (d: Date | null) => (d ? new DuckDBTimestampValue(BigInt(d.getTime()) * 1000n) : null);

function put(a: DuckDBAppender, v: string | number | boolean | null, kind: 'int' | 'big' | 'dbl' | 'str' | 'bool'): void {
  if (v === null) return a.appendNull();
  if (kind === 'int') return a.appendInteger(v as number);
  if (kind === 'big') return a.appendBigInt(BigInt(v as number));
  if (kind === 'dbl') return a.appendDouble(v as number);
  if (kind === 'bool') return a.appendBoolean(v as boolean);
  return a.appendVarchar(String(v));
}

/** Bulk writer over DuckDB appenders; rows become visible in the connection's transaction on flush. */
export class RowWriter {
  private constructor(private a: Record<string, DuckDBAppender>) {}

  static async open(conn: DuckDBConnection): Promise<RowWriter> {
    const names = ['documents', 'segments', 'segment_themes', 'segment_values', 'segment_terms', 'survey_answers'];
    const a: Record<string, DuckDBAppender> = {};
    for (const n of names) a[n] = await conn.createAppender(n);
    return new RowWriter(a);
  }

  document(r: DocumentRow): void {
    const a = this.a.documents;
    put(a, r.id, 'big'); put(a, r.sourceId, 'int'); put(a, r.cityId, 'int'); put(a, r.kind, 'str');
    put(a, r.dedupKey, 'str'); put(a, r.group, 'str');
    const t = ts(r.date); if (t) a.appendTimestamp(t); else a.appendNull();
    put(a, r.language, 'str'); put(a, r.authorKey, 'str'); put(a, JSON.stringify(r.attrs), 'str'); put(a, r.text, 'str');
    a.appendUBigInt(r.dedupFp);
    a.endRow();
  }

  segment(r: SegmentRow): void {
    const a = this.a.segments;
    put(a, r.id, 'big'); put(a, r.documentId, 'big'); put(a, r.cityId, 'int'); put(a, r.kind, 'str'); put(a, r.group, 'str');
    const t = ts(r.date); if (t) a.appendTimestamp(t); else a.appendNull();
    put(a, r.position, 'int'); put(a, r.start, 'int'); put(a, r.end, 'int'); put(a, r.text, 'str');
    put(a, r.question, 'str'); put(a, r.speaker, 'str');
    put(a, r.speakerAttrs ? JSON.stringify(r.speakerAttrs) : null, 'str'); put(a, r.moderator, 'bool');
    put(a, r.language, 'str'); put(a, r.sentiment, 'dbl'); put(a, r.label, 'str');
    put(a, r.contributions.length ? JSON.stringify(r.contributions) : null, 'str');
    a.appendList(r.themes, VARCHAR_LIST); a.appendList(r.valueIds, INTEGER_LIST);
    put(a, r.role, 'str'); put(a, r.origin, 'str'); put(a, r.ageBand, 'str');
    if (r.authorFp === null) a.appendNull(); else a.appendUBigInt(r.authorFp);
    a.endRow();
  }

  theme(m: MatchRow): void { this.match('segment_themes', m, 'str'); }
  value(m: MatchRow): void { this.match('segment_values', m, 'int'); }

  term(segmentId: number, term: string): void {
    const a = this.a.segment_terms;
    put(a, segmentId, 'big'); put(a, term, 'str'); a.endRow();
  }

  answer(documentId: number, itemId: number, value: string, num: number | null): void {
    const a = this.a.survey_answers;
    put(a, documentId, 'big'); put(a, itemId, 'int'); put(a, value, 'str'); put(a, num, 'dbl'); a.endRow();
  }

  private match(table: string, m: MatchRow, keyKind: 'str' | 'int'): void {
    const a = this.a[table];
    put(a, m.segmentId, 'big'); put(a, m.key, keyKind); put(a, m.term, 'str'); put(a, m.start, 'int'); put(a, m.end, 'int');
    a.endRow();
  }

  flush(): void { for (const a of Object.values(this.a)) a.flushSync(); }
  close(): void { for (const a of Object.values(this.a)) a.closeSync(); }
}
