import { GROUPS, type Group, type SourceKind } from '../data/types.ts';
import type { Analyzer } from './analysis/index.ts';
import type { RawDoc, SegmentAnalysis } from './types.ts';

/** One analysed segment of a document, with offsets into the document text. */
export type AnnotatedSegment = SegmentAnalysis & {
  question: string | null; speaker: string | null; speakerAttrs: Record<string, string> | null;
  moderator: boolean; group: Group | null;
};

/** A document ready to store: its joined text, language and analysed segments. */
export type AnnotatedDoc = { text: string; language: string | null; group: Group | null; segments: AnnotatedSegment[] };

/** Parts are joined with a blank line; segment offsets index into this text. */
export const PART_SEPARATOR = '\n\n';

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
    for (const s of a.segments) {
      if (s.language) langCount.set(s.language, (langCount.get(s.language) ?? 0) + s.text.length);
      segments.push({
        ...s,
        start: s.start + offset, end: s.end + offset,
        // theme/value offsets move from the part to the segment
        themes: s.themes.map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start })),
        values: s.values.map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start })),
        question: part.question ?? null, speaker: part.speaker ?? null,
        speakerAttrs: part.speakerAttrs ?? null, moderator: part.moderator ?? false,
        group: group === null ? null : isGroup(speakerGroup) ? speakerGroup : group,
      });
    }
    offset += part.text.length;
  }
  const language = [...langCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? doc.language ?? null;
  return { text, language, group, segments };
}
