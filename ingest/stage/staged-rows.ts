/**
 * The rows a part stages for one document: the same values the Appender writer stored, keyed by the
 * record's ordinal in the file (and a segment's position) instead of ids, and naming the city
 * instead of its id (a new city has none yet). Short keys keep the NDJSON small; STAGED_COLUMNS (data/db/staged-schema.ts)
 * gives the loader each key's type, so read_json never guesses.
 */
import type { SourceKind } from '../../data/types.ts';
import type { Voice } from '../../data/speaker.ts';
import type { AnnotatedDoc } from '../annotate-doc.ts';
import { speakerFields } from '../speaker/fields.ts';
import type { RawDoc } from '../types.ts';
import type { StagedTable } from '../../data/db/staged-schema.ts';


/** What a document's rows need to know of its city, as the owner knew it at the start. */
export type CityRows = {
  name: string;
  /** value id by lower-case value name */
  valueIds: Map<string, number>;
  home: string | null;
  /** official/partner voice by normalised author key */
  handles: Map<string, Voice>;
};

/** The file-wide facts every row of a part shares. */
export type FileRows = { kind: SourceKind; voice: Voice | null };

/** Receives staged rows, one object per line of a table's file. */
export type RowSink = (table: StagedTable, row: object) => void;

/** Emits every staged row of one analysed document; returns its segment count. */
export function stageDoc(
  sink: RowSink, ordinal: number, doc: RawDoc, key: string, a: AnnotatedDoc, city: CityRows, file: FileRows,
  normalHandle: (h: string) => string,
): number {
  const d = epochMs(doc.date);
  const ctx = {
    home: city.home,
    voice: { kind: file.kind, option: file.voice, handleVoice: doc.author ? city.handles.get(normalHandle(doc.author)) ?? null : null },
  };
  const docFields = speakerFields(null, doc.attrs, ctx);
  const author = doc.author ?? null;
  // fingerprints of the dedup and author keys are computed by the loader (md5_number_lower, as fingerprint())
  sink('keys', { o: ordinal, c: city.name, k: key, n: a.segments.length, a: author });
  sink('documents', { o: ordinal, k: key, g: a.group, d, l: a.language, a: author, attrs: doc.attrs, x: a.text, ...fieldKeys(docFields) });
  for (const [p, s] of a.segments.entries()) {
    const valueIds = s.values.map((m) => city.valueIds.get(m.id.toLowerCase()));
    sink('segments', {
      o: ordinal, p, g: s.group, d, s: s.start, e: s.end, x: s.text, q: s.question, sp: s.speaker, sa: s.speakerAttrs,
      m: s.moderator, l: s.language, sn: s.sentiment, lb: s.label, cn: s.contributions.length ? s.contributions : null,
      th: [...new Set(s.themes.map((m) => m.id))], vi: [...new Set(valueIds.filter((id) => id !== undefined))],
      ab: ageBandOf(s.speakerAttrs, doc.attrs), ...fieldKeys(speakerFields(s.speakerAttrs, doc.attrs, ctx)),
      sm: s.stimulus, sl: s.stimulusLabel, au: s.authenticity,
    });
    for (const m of s.themes) sink('segment_themes', { o: ordinal, p, t: m.id, w: m.term, s: m.start, e: m.end });
    for (const [j, m] of s.values.entries()) {
      if (valueIds[j] !== undefined) sink('segment_values', { o: ordinal, p, i: valueIds[j], w: m.term, s: m.start, e: m.end });
    }
    if (s.terms.length) sink('segment_terms', { o: ordinal, p, w: [...new Set(s.terms)] });
  }
  // answers to items the header does not list are dropped by the loader's join, as before
  for (const ans of doc.answers ?? []) sink('survey_answers', { o: ordinal, i: ans.item, v: ans.value, n: ans.num });
  return a.segments.length;
}

const fieldKeys = (f: ReturnType<typeof speakerFields>) => ({ rr: f.roleRaw, og: f.origin, st: f.stay, sg: f.stage, v: f.voice });

/** The age band of a segment: the speaker's in a focus group, else the document's. */
function ageBandOf(speaker: Record<string, string> | null, doc: RawDoc['attrs']): string | null {
  const v = speaker?.ageBand ?? doc.ageBand;
  return v === undefined || v === null || v === '' ? null : String(v);
}

/** A record's date as epoch ms (JSON-safe; the loader turns it into a TIMESTAMP), null when absent or invalid. */
function epochMs(s: string | undefined): number | null {
  if (!s) return null;
  const t = new Date(s).getTime();
  return Number.isNaN(t) ? null : t;
}
