/** Stimulus markers: `[Shown: S2 "Harbour poster"]` in focus-group notes and transcripts, and in survey questions. */
import type { RawStimulus } from '../types.ts';

// [Shown: …] in English, Dutch, German, French; Markdown emphasis around it is allowed
const MARKER = /^\s*(?:\*\*|__|\*|_)?\[\s*(?:shown|stimulus|getoond|gezeigt|montré|montre)\s*:\s*([^\]]{1,200}?)\s*\](?:\*\*|__|\*|_)?\s*$/iu;
const INLINE = /\[\s*(?:shown|stimulus|getoond|gezeigt|montré|montre)\s*:\s*[^\]]{1,200}?\s*\]/iu;
const CODE = /^([\p{L}]{0,3}\d{1,3})\b\s*[-–—:.]?\s*(.*)$/u;

/**
 * The stimulus a marker line names, or null for any other line. `S2 "Harbour poster"` gives code
 * S2 and label Harbour poster; a marker without a code (`[Shown: Harbour poster]`) uses the label
 * as its code.
 */
export function matchStimulus(line: string): RawStimulus | null {
  const m = MARKER.exec(line);
  if (!m) return null;
  const body = m[1].trim();
  const coded = CODE.exec(body);
  const unquote = (s: string) => s.trim().replace(/^["“'‘](.*)["”'’]$/u, '$1').trim();
  if (coded) {
    const label = unquote(coded[2]);
    return { code: coded[1].toUpperCase(), label: label || coded[1].toUpperCase() };
  }
  const label = unquote(body);
  return label ? { code: label, label } : null;
}

/**
 * The stimulus a survey question names anywhere in its text ("[Shown: S2 "Harbour poster"] What do
 * you think of this image?"): its open answers react to it. Null when the question names none.
 */
export function findStimulus(text: string): RawStimulus | null {
  const m = INLINE.exec(text);
  return m ? matchStimulus(m[0]) : null;
}
