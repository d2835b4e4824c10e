/** Splits a quote into plain and highlighted parts from the API's highlight offsets (text only, never HTML). */
import type { Highlight } from '../../../data/types.ts';

/** A run of the quote: plain text, or a matched term with the highlight it comes from. */
export type TextPart = { text: string; mark: Highlight | null };

/**
 * The quote as consecutive parts. Offsets are UTF-16 indexes into `text`; highlights that run
 * past the text are clipped, overlapping ones keep the earlier (longer on ties) and drop the rest.
 */
export function splitHighlights(text: string, highlights: readonly Highlight[]): TextPart[] {
  const marks = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: TextPart[] = [];
  let at = 0;
  for (const h of marks) {
    if (h.start < at) continue;
    if (h.start > at) parts.push({ text: text.slice(at, h.start), mark: null });
    parts.push({ text: text.slice(h.start, h.end), mark: h });
    at = h.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), mark: null });
  return parts;
}
