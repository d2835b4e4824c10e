/** The contract between readers (files → RawDoc), analysis (text → Analysis) and the loader. */
import type { Group, Label, SourceKind, ThemeId } from '../data/types.ts';

/** One piece of a document's text: an open answer, a speaker turn, a post body, a brand paragraph. */
export type RawPart = {
  text: string;
  /** Survey: the question this text answers, as its text (its export tag / id when the export carries no text). */
  question?: string;
  /** Focus groups: the speaker's label as written ("P3", "Moderator"); never a full name. */
  speaker?: string;
  /** Focus groups: the speaker's attributes ("group", "age", "gender", ...). */
  speakerAttrs?: Record<string, string>;
  /** Moderator/interviewer turns: stored, never counted as audience voice. */
  moderator?: boolean;
  /** Focus groups: what was shown when this turn was said (the last `[Shown: …]` marker before it). */
  stimulus?: RawStimulus;
};

/** A stimulus shown to a focus group: its code ("S2") and name ("Harbour poster"). */
export type RawStimulus = { code: string; label: string };

/** A closed survey item (question) as detected in an export. */
export type RawItem = {
  key: string;
  text: string;
  kind: 'likert' | 'nps' | 'single' | 'multi' | 'numeric';
  /** Likert / NPS scale bounds; labels in order from low to high when known. */
  scale?: { min: number; max: number; labels?: string[] };
};

/** A closed answer of one response. `num` is the scale position when the item is ordinal. */
export type RawAnswer = { item: string; value: string; num: number | null };

/** One record: a survey response, a session, a post, a brand text. No personal data. */
export type RawDoc = {
  /** The platform's record id when there is one (ResponseId, tweet id); else null (content hash is used). */
  externalId: string | null;
  city?: string;
  group?: Group;
  /** ISO date or date-time. */
  date?: string;
  language?: string;
  /** Pseudonymous author key (hashed handle, respondent id), used for the "loud few" share. */
  author?: string;
  attrs: Record<string, string | number | boolean>;
  parts: RawPart[];
  answers?: RawAnswer[];
};

export type { ReadError } from '../data/types.ts';
import type { ReadError } from '../data/types.ts';

export type ReadResult = {
  format: string;
  source: SourceKind;
  items: RawItem[];
  docs: RawDoc[];
  /** Records left out on purpose (empty, spam, retweets, non-text). */
  skipped: number;
  /** Columns/fields dropped because they hold personal data. */
  dropped: string[];
  /** Fatal problems: when non-empty the file is rejected and nothing is stored. */
  errors: ReadError[];
};

/** A matched lexicon term: `id` is a theme id or a brand value name; offsets into the analysed text. */
export type TermMatch = { id: string; term: string; start: number; end: number };

/** A word that moved the sentiment score, for explanations. */
export type ScoreContribution = { word: string; start: number; end: number; score: number };

export type SegmentAnalysis = {
  text: string;
  start: number;
  end: number;
  language: string | null;
  /** null when the language has no lexicon: unscored, never silently neutral. */
  sentiment: number | null;
  label: Label | null;
  themes: TermMatch[];
  values: TermMatch[];
  terms: string[];
  contributions: ScoreContribution[];
};

export type DocAnalysis = {
  language: string | null;
  sentiment: number | null;
  label: Label | null;
  segments: SegmentAnalysis[];
  themes: ThemeId[];
};

/** A city's brand value lexicon as the analysis needs it (defined beside the stored rows). */
export type { ValueLexicon } from '../data/types.ts';
