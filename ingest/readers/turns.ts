/** Speaker turns in transcripts and notes: "Moderator:", "P3 (resident, 34, F):", "Anna:". */
import type { RawPart } from '../types.ts';
import { parseSpeakerAttrs } from './groups.ts';

const TURN = /^\s*(?:[-*]\s+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?(?:\*\*|__)?(\p{L}[\p{L}\p{M}\d.'’ -]{0,38}?)\s*(?:\*\*|__)?\s*(?:\(([^()]{0,100})\))?\s*(?:\*\*|__)?\s*:(?:\*\*|__)?(?:\s+(.*)|$)/u;

/** Keys that look like "Name:" but introduce metadata or notes, never a speaker. */
const NOT_SPEAKERS = /^(date|datum|time|tijd|city|stad|stadt|ville|città|group|groep|gruppe|participants?|deelnemers|teilnehmer|location|locatie|venue|place|language|taal|duration|session|topic|title|note|notes|nb|ps|source|url|https?|www|re|subject|tags?|keywords|summary|conclusion)$/i;
const MODERATOR = /^(moderator|mod|interviewer|facilitator|host|chair|gespreksleider|interviewerin|moderatorin|moderatore|modérateur|moderatrice|animateur|q|i)$/i;
const LABEL = /^((p|r|s|tn|participant|respondent|speaker|interviewee|deelnemer|teilnehmer|teilnehmerin|partecipante|participante|person)\s*\d{1,3}|[a-z]\d{0,3}|a|q)$/i;

export type Turn = { speaker: string; attrs?: Record<string, string>; moderator: boolean; text: string; named: boolean };

/** Matches a turn-opening line, or null for a continuation/other line. */
export function matchTurn(line: string): Turn | null {
  const m = TURN.exec(line);
  if (!m) return null;
  const speaker = m[1].trim();
  if (NOT_SPEAKERS.test(speaker) || speaker.split(/\s+/).length > 4) return null;
  const attrs = m[2] ? parseSpeakerAttrs(m[2]) : undefined;
  const moderator = MODERATOR.test(speaker);
  const named = !moderator && !LABEL.test(speaker);
  return { speaker, attrs, moderator, text: (m[3] ?? '').trim(), named };
}

/** True when a text reads as a transcript: labelled turns, or named speakers who speak repeatedly. */
export function looksLikeTurns(text: string): boolean {
  const counts = new Map<string, number>();
  let labelled = 0;
  for (const line of text.split(/\r?\n/).slice(0, 400)) {
    const t = matchTurn(line);
    if (!t || t.text === '' && !t.attrs) continue;
    if (!t.named) labelled++;
    counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  }
  if (labelled >= 2) return true;
  const repeat = [...counts.values()].some((n) => n >= 2);
  return counts.size >= 2 && repeat && [...counts.values()].reduce((a, b) => a + b, 0) >= 4;
}

/** Builds the stored part of a turn: full names become pseudonymised labels, never stored. */
export function turnPart(turn: Turn, text: string, pseudonymize: (h: string) => string): RawPart {
  const part: RawPart = { text, speaker: turn.named ? pseudonymize(turn.speaker) : turn.speaker };
  if (turn.attrs && Object.keys(turn.attrs).length > 0) part.speakerAttrs = turn.attrs;
  if (turn.moderator) part.moderator = true;
  return part;
}
