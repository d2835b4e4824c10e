import type { ThemeId } from './types.ts';

/** Groupings of the default themes into external frameworks (DOMAIN.md), for /api/compare. */
export const PRESETS = {
  /** Anholt City Brands Index hexagon. */
  anholt: {
    Presence: ['city_image', 'tourism'],
    Place: ['environment', 'mobility', 'safety'],
    Prerequisites: ['housing', 'cost_of_living', 'healthcare', 'bureaucracy', 'information'],
    People: ['social_life', 'diversity', 'discrimination', 'language'],
    Pulse: ['culture_events'],
    Potential: ['work_career', 'economy', 'education', 'family'],
  },
  /** Expat Insider indices. */
  expat: {
    'Quality of Life': ['culture_events', 'environment', 'mobility', 'safety', 'healthcare'],
    'Ease of Settling In': ['social_life', 'language', 'diversity', 'discrimination'],
    'Working Abroad': ['work_career', 'economy', 'education'],
    'Personal Finance': ['cost_of_living', 'housing'],
    'Expat Essentials': ['bureaucracy', 'information', 'family'],
  },
} as const satisfies Record<string, Record<string, readonly ThemeId[]>>;

export type PresetId = keyof typeof PRESETS;

/** The (theme, dimension) pairs of a preset, as two parallel lists for a bound SQL parameter. */
export function presetPairs(id: PresetId): { themes: string[]; dimensions: string[] } {
  const themes: string[] = [];
  const dimensions: string[] = [];
  for (const [dimension, ids] of Object.entries(PRESETS[id])) for (const t of ids) { themes.push(t); dimensions.push(dimension); }
  return { themes, dimensions };
}
