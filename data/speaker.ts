/** Speaker fields of a segment (DOMAIN.md "Speaker fields") and the breakdown axes. Declared once. */

export const ORIGINS = ['eu', 'non_eu', 'local', 'unknown'] as const;
export type Origin = (typeof ORIGINS)[number];

export const ROLES = ['student', 'researcher', 'professional', 'entrepreneur', 'partner', 'refugee', 'other', 'unknown'] as const;
export type Role = (typeof ROLES)[number];

export const STAYS = ['lt1', '1_2', '3_5', 'gt5', 'born_here', 'unknown'] as const;
export type Stay = (typeof STAYS)[number];

export const STAGES = ['before_arrival', 'first_year', 'settled', 'left', 'unknown'] as const;
export type Stage = (typeof STAGES)[number];

export const VOICES = ['official', 'partner', 'user'] as const;
export type Voice = (typeof VOICES)[number];

/** The breakdown axes of the figure routes (`by=`); `group` is the audience group. */
export const AXES = ['group', 'origin', 'role', 'stay', 'stage', 'voice'] as const;
export type Axis = (typeof AXES)[number];

/** Human labels of the stable ids, for pages and the report. */
export const SPEAKER_LABELS: Record<string, string> = {
  eu: 'EU', non_eu: 'Non-EU', local: 'Local', unknown: 'Unknown',
  student: 'Student', researcher: 'Researcher / academic', professional: 'Professional (highly skilled)',
  entrepreneur: 'Entrepreneur', partner: 'Accompanying partner', refugee: 'Refugee / asylum', other: 'Other',
  lt1: '< 1 year', '1_2': '1–2 years', '3_5': '3–5 years', gt5: '> 5 years', born_here: 'Born here',
  before_arrival: 'Before arrival', first_year: 'First year', settled: 'Settled', left: 'Left',
  official: 'Official (city and agencies)', user: 'Users (residents, visitors)',
  resident: 'Residents', international: 'Internationals', visitor: 'Visitors',
};

export const AXIS_LABELS: Record<Axis, string> = {
  group: 'Audience group', origin: 'Origin', role: 'Role', stay: 'Length of stay', stage: 'Journey stage', voice: 'Voice',
};

/** A label for an axis value: `partner` reads differently as a role and as a voice. */
export function axisValueLabel(axis: Axis, value: string): string {
  if (axis === 'voice' && value === 'partner') return 'Partner (universities, employers, welcome centres)';
  return SPEAKER_LABELS[value] ?? value;
}

/**
 * One row of a breakdown: the axis value, n, net sentiment with its 95% interval, the low-n flag
 * and the quotes behind it. `key` is what the row breaks down (a theme, a value, a period, an
 * item) or null for the whole figure.
 */
export type BreakdownRow = {
  key: string | null; value: string; n: number; scored: number; net: number | null; low: number | null;
  high: number | null; low_n: boolean; quotes: string;
};
export type Breakdown = { by: Axis; rows: BreakdownRow[] };

/** A free-text role answer the mapping does not cover, with how many segments carry it. */
export type UnmappedRole = { answer: string; segments: number; documents: number };
export type RoleTerm = { term: string; role: Role };
export type RoleMappingResponse = { terms: RoleTerm[]; unmapped: UnmappedRole[] };
