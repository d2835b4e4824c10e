import { GROUPS, type Group, type SourceKind } from '../data/types.ts';
import { scoreAuthenticity, type AuthenticityLabel } from './analysis/authenticity.ts';
import type { Analyzer } from './analysis/index.ts';
import { findStimulus } from './readers/stimulus.ts';
import type { RawDoc, SegmentAnalysis, TermMatch } from './types.ts';

/** One analysed segment of a document, with offsets into the document text. */
export type AnnotatedSegment = SegmentAnalysis & {
  question: string | null; speaker: string | null; speakerAttrs: Record<string, string> | null;
  moderator: boolean; group: Group | null;
  /** The stimulus the turn reacts to (code and name), and how authentic the segment finds the brand. */
  stimulus: string | null; stimulusLabel: string | null; authenticity: AuthenticityLabel | null;
};

/** A document ready to store: its joined text, language and analysed segments. */
export type AnnotatedDoc = { text: string; language: string | null; group: Group | null; segments: AnnotatedSegment[] };

/** Parts are joined with a blank line; segment offsets index into this text. */
export const PART_SEPARATOR = '\n\n';

const relative = (m: TermMatch, from: number): TermMatch => ({ id: m.id, term: m.term, start: m.start - from, end: m.end - from });

const isGroup = (g: unknown): g is Group => typeof g === 'string' && (GROUPS as readonly string[]).includes(g);

/** Analyses every part of a raw document. Pure: the same doc and analyzer give the same rows. */
export function annotateDoc(doc: RawDoc, kind: SourceKind, analyzer: Analyzer, defaultGroup: Group): AnnotatedDoc {
  const group: Group | null = kind === 'brand' ? null : isGroup(doc.group) ? doc.group : defaultGroup;
  const segments: AnnotatedSegment[] = [];
  const langCount = new Map<string, number>();
  let offset = 0;
  let text = '';
  for (const [i, part] of doc.parts.entries()) {
    if (i > 0) { text += PART_SEPARATOR; offset += PART_SEPARATOR.length; }
    text += part.text;
    const a = analyzer.analyze(part.text, { language: doc.language });
    const speakerGroup = part.speakerAttrs?.group;
    const question = part.question ?? null;
    const speaker = part.speaker ?? null;
    const speakerAttrs = part.speakerAttrs ?? null;
    const moderator = part.moderator ?? false;
    // a turn after a [Shown: …] marker, or an answer to a survey question that names one
    const shown = part.stimulus ?? (part.question ? findStimulus(part.question) : null);
    const stimulus = shown?.code ?? null;
    const stimulusLabel = shown?.label ?? null;
    const segGroup = group === null ? null : isGroup(speakerGroup) ? speakerGroup : group;
    for (const s of a.segments) {
      if (s.language) langCount.set(s.language, (langCount.get(s.language) ?? 0) + s.text.length);
      // Fields listed, not spread: this runs for every segment of an ingest, and a spread
      // object plus overwritten fields cost more than the rest of this function.
      segments.push({
        text: s.text, start: s.start + offset, end: s.end + offset, language: s.language,
        sentiment: s.sentiment, label: s.label,
        // theme/value offsets move from the part to the segment
        themes: s.themes.length === 0 ? s.themes : s.themes.map((m) => relative(m, s.start)),
        values: s.values.length === 0 ? s.values : s.values.map((m) => relative(m, s.start)),
        terms: s.terms, contributions: s.contributions,
        question, speaker, speakerAttrs, moderator, group: segGroup,
        stimulus, stimulusLabel, authenticity: scoreAuthenticity(s.text, s.language).label,
      });
    }
    offset += part.text.length;
  }
  const language = [...langCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? doc.language ?? null;
  return { text, language, group, segments };
}
