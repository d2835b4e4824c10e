/** The sender-centred index (issue 18 item 5): who speaks in each channel and about each theme and value. */
import type { SourceKind } from './types.ts';
import type { Voice } from './speaker.ts';

/** One voice's share of a channel, theme or value: n of total segments, its 95% Wilson interval, its quotes. */
export type SenderShare = {
  voice: Voice; n: number; share: number | null; low: number | null; high: number | null; quotes: string;
};

/** A channel, theme or brand value: its segments (n), the low-n flag, and the share of each voice. */
export type SenderRow<K extends string = string> = { key: K; n: number; low_n: boolean; voices: SenderShare[] };

/** A brand value said mostly (more than MOSTLY_OFFICIAL of its segments) in the city's own voice. */
export type CityVoiced = { value: string; share: number; n: number; low_n: boolean };

/** More than two thirds official: "said mostly by the city itself". */
export const MOSTLY_OFFICIAL = 2 / 3;

/** GET /api/senders?city= */
export type SendersResponse = {
  city: string;
  minN: number;
  /** 'all' first, then survey, focus-group, social, brand. */
  channels: SenderRow<'all' | SourceKind>[];
  /** Themes by how many segments name them, most first. */
  themes: SenderRow[];
  /** Brand values in the brand's order. */
  values: SenderRow[];
  cityVoiced: CityVoiced[];
};
