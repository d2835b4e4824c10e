/** The city checklist (issue 19 item 5): types shared by the server and the web app. */
import type { Group, SourceKind, ThemeId } from '../types.ts';

export const STAGES = ['before', 'here', 'after'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = { before: 'Before arrival', here: 'While here', after: 'After they leave' };

export const STATUSES = ['green', 'amber', 'red', 'no_data'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * How an item's evidence is read:
 * - `net`: net sentiment (% positive − % negative, points) of the audience segments about any of
 *   `themes`, of `group` (and `role`, `source`) where given;
 * - `voice_share`: the share of segments about `theme` (every channel) spoken by `voice`;
 * - `survey`: the pooled top-2-box share of the Likert items whose question text matches `match`
 *   (a case-insensitive regular expression);
 * - `nps`: the pooled NPS (% promoters 9–10 − % detractors 0–6, points) of the 0–10 items whose
 *   question text matches `match`, rated as net sentiment.
 */
export type EvidenceRule =
  | { kind: 'net'; label: string; themes: ThemeId[]; group?: Group; role?: string; source?: SourceKind }
  | { kind: 'voice_share'; label: string; theme: ThemeId; voice: 'official' | 'partner' | 'user' }
  | { kind: 'survey'; label: string; match: string; group?: Group }
  | { kind: 'nps'; label: string; match: string; group?: Group };

export type ChecklistItemDef = { id: string; stage: Stage; text: string; evidence: EvidenceRule[] };

/** One evidence figure of an item, with its n, its own status and the quotes behind it. */
export type EvidenceFigure = {
  kind: EvidenceRule['kind']; label: string;
  /** net and nps: points (−100…100); voice_share and survey: a share 0–1; null with no data. */
  value: number | null; low: number | null; high: number | null;
  n: number; low_n: boolean; status: Status;
  /** /api/quotes link of the segments behind the figure (survey: the open answers of its respondents), or null. */
  quotes: string | null;
};

export type Assessment = { status: Status | null; note: string; edited_by: string | null; edited_at: string | null };

export type ChecklistItem = {
  id: string; stage: Stage; text: string;
  /** The status the evidence gives (the worst of its figures with data; no_data when none has). */
  evidence_status: Status;
  /** The status shown: the analyst's override where set, else the evidence's. */
  status: Status;
  evidence: EvidenceFigure[];
  assessment: Assessment | null;
};

export type ChecklistResponse = { city: string; minN: number; thresholds: typeof THRESHOLDS; items: ChecklistItem[] };

/**
 * The status thresholds (documented in README): green at or above `green`, red at or below `red`
 * (net) or below `red` (shares), amber between; fewer than minN segments / answers: no data.
 */
export const THRESHOLDS = {
  net: { green: 10, red: -10 },
  voice_share: { green: 0.3, red: 0.1 },
  survey: { green: 0.6, red: 0.4 },
} as const;
