/**
 * The speaker fields of a segment or a respondent, from what the reader found (a focus-group
 * speaker's label, a survey respondent's answers) and where the text came from. role is left to
 * the database's editable mapping (role_terms, migration 014): only the answer is carried here.
 */
import type { SourceKind } from '../../data/types.ts';
import type { Origin, Stage, Stay, Voice } from '../../data/speaker.ts';
import { normalizeOrigin } from './origin.ts';
import { stageOf, stayBand } from './stay.ts';

export type SpeakerFields = { roleRaw: string | null; origin: Origin; stay: Stay; stage: Stage; voice: Voice };

/** Where a text came from: its source kind, the upload's voice option, and whether its author is a listed handle. */
export type VoiceContext = { kind: SourceKind; option: Voice | null; handleVoice: Voice | null };

/** official for brand texts and the city's listed handles, partner for partner handles, else the upload's option or user. */
export function voiceOf(v: VoiceContext): Voice {
  if (v.handleVoice) return v.handleVoice;
  if (v.option) return v.option;
  return v.kind === 'brand' ? 'official' : 'user';
}

type Attrs = Record<string, unknown> | null | undefined;

const pick = (key: string, ...sources: Attrs[]): string | null => {
  for (const s of sources) {
    const v = s?.[key];
    if (v !== undefined && v !== null && String(v).trim() !== '') return String(v);
  }
  return null;
};

/** The speaker fields from a speaker's attributes (first) and the document's (then). */
export function speakerFields(
  speaker: Attrs, doc: Attrs, ctx: { home: string | null; voice: VoiceContext },
): SpeakerFields {
  const stay = stayBand(pick('stay', speaker, doc) ?? pick('lengthOfStay', speaker, doc));
  let origin = normalizeOrigin(pick('origin', speaker, doc) ?? pick('nationality', speaker, doc) ?? pick('country', speaker, doc), ctx.home);
  // someone born in the city is local whatever the origin question said
  if (origin === 'unknown' && stay === 'born_here') origin = 'local';
  return {
    roleRaw: pick('role', speaker, doc),
    origin,
    stay,
    stage: stageOf(pick('stage', speaker, doc), stay),
    voice: voiceOf(ctx.voice),
  };
}
