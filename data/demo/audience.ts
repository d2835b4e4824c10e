/** Who talks about what, and how they feel: theme weights and moods per city and group, signals applied. */
import type { ThemeId } from '../types.ts';
import { periodFraction } from './calendar.ts';
import type { Rng } from './rng.ts';
import { PLANTED } from './signals.ts';
import type { Opinion } from './text/compose.ts';
import type { Polarity } from './text/pool.ts';

export type Speaker = 'resident' | 'international' | 'visitor';
export type Mood = Record<Polarity, number>;
type Weights = Partial<Record<ThemeId, number>>;

/** How often each group brings up each theme (relative weights). */
const WEIGHTS: Record<string, Record<Speaker, Weights>> = {
  Havenstad: {
    resident: { diversity: 15, housing: 10, culture_events: 9, city_image: 7, mobility: 6, cost_of_living: 6, safety: 5, environment: 4, economy: 3, governance: 4, social_life: 4, work_career: 3, family: 3, healthcare: 2, discrimination: 2, tourism: 1, information: 1 },
    international: { diversity: 13, housing: 14, culture_events: 12, bureaucracy: 6, language: 5, social_life: 6, work_career: 5, cost_of_living: 4, mobility: 4, healthcare: 3, information: 2, city_image: 4, discrimination: 2, family: 2, education: 3, environment: 2, safety: 1 },
    visitor: { culture_events: 12, city_image: 10, diversity: 6, mobility: 4, tourism: 2, cost_of_living: 3, safety: 2, environment: 2 },
  },
  Lindholm: {
    resident: { tourism: 18, housing: 8, city_image: 8, culture_events: 5, mobility: 5, governance: 5, cost_of_living: 4, environment: 3, social_life: 3, safety: 2, economy: 3, family: 2, healthcare: 1 },
    international: { city_image: 8, housing: 8, social_life: 8, language: 6, work_career: 5, culture_events: 6, tourism: 4, bureaucracy: 4, mobility: 3, cost_of_living: 3, family: 2, healthcare: 2 },
    visitor: { city_image: 12, culture_events: 10, tourism: 5, cost_of_living: 4, mobility: 3, safety: 1 },
  },
  Marenburg: {
    resident: { environment: 15, mobility: 9, housing: 8, culture_events: 5, education: 5, city_image: 6, cost_of_living: 4, governance: 3, social_life: 3, safety: 2, family: 3, tourism: 1 },
    international: { language: 10, bureaucracy: 10, environment: 9, housing: 8, education: 6, social_life: 6, work_career: 5, mobility: 5, culture_events: 4, information: 3, healthcare: 2, family: 2 },
    visitor: { environment: 9, city_image: 10, culture_events: 8, mobility: 4, education: 2 },
  },
};

/** Default mood per theme: the share of positive, negative, neutral and mixed sentences. */
const BASE: Record<ThemeId, Mood> = {
  housing: m(0.15, 0.65, 0.1, 0.1), cost_of_living: m(0.15, 0.65, 0.1, 0.1), bureaucracy: m(0.25, 0.55, 0.1, 0.1),
  healthcare: m(0.4, 0.45, 0.1, 0.05), information: m(0.35, 0.5, 0.1, 0.05), mobility: m(0.5, 0.35, 0.1, 0.05),
  safety: m(0.6, 0.3, 0.1, 0), language: m(0.45, 0.4, 0.1, 0.05), work_career: m(0.5, 0.35, 0.1, 0.05),
  education: m(0.65, 0.2, 0.15, 0), family: m(0.55, 0.35, 0.05, 0.05), social_life: m(0.5, 0.35, 0.1, 0.05),
  discrimination: m(0.15, 0.85, 0, 0), diversity: m(0.8, 0.08, 0.08, 0.04), culture_events: m(0.65, 0.2, 0.1, 0.05),
  environment: m(0.55, 0.3, 0.15, 0), economy: m(0.4, 0.4, 0.2, 0), city_image: m(0.6, 0.25, 0.1, 0.05),
  tourism: m(0.35, 0.4, 0.15, 0.1), governance: m(0.3, 0.6, 0.1, 0), retention: m(0.4, 0.4, 0.15, 0.05),
};

function m(pos: number, neg: number, neu: number, mix: number): Mood {
  return { pos, neg, neu, mix };
}

/** Mood with a planted negative share; the rest keeps the base proportions of the other polarities. */
function withNeg(base: Mood, neg: number): Mood {
  const rest = 1 - base.neg;
  const k = (1 - neg) / (rest || 1);
  return { pos: base.pos * k, neg, neu: base.neu * k, mix: base.mix * k };
}

/** The mood of a group about a theme at a moment, with the planted signals applied. */
export function moodOf(city: string, group: Speaker, theme: ThemeId, date: number): Mood {
  const base = BASE[theme];
  if (city === 'Havenstad' && group === 'international') {
    if (theme === 'housing') return m(0.08, PLANTED.havenstadIntlHousingNeg, 0.04, 0.08);
    if (theme === 'culture_events') return m(PLANTED.havenstadIntlCulturePos, 0.12, 0.08, 0.05);
  }
  if (city === 'Lindholm' && theme === 'tourism') {
    if (group === 'resident') {
      const { start, end } = PLANTED.lindholmResidentTourismNeg;
      const neg = start + (end - start) * periodFraction(date);
      return { pos: (1 - neg) * 0.75, neg, neu: (1 - neg) * 0.2, mix: (1 - neg) * 0.05 };
    }
    if (group === 'visitor') return m(0.55, 0.25, 0.1, 0.1);
  }
  if (city === 'Marenburg') {
    if (theme === 'environment' || theme === 'mobility') return m(PLANTED.marenburgGreenPos, 0.1, 0.08, 0.02);
    if (group === 'international' && theme === 'language') return withNeg(base, PLANTED.marenburgIntlLanguageNeg);
    if (group === 'international' && theme === 'bureaucracy') return withNeg(base, PLANTED.marenburgIntlBureaucracyNeg);
  }
  return base;
}

/** Theme weights of a group in a city. */
export function weightsOf(city: string, group: Speaker): Weights {
  return WEIGHTS[city][group];
}

/** Draws what a person says next: a theme by the group's weights, a polarity by its mood. */
export function drawOpinion(rng: Rng, city: string, group: Speaker, date: number, theme?: ThemeId): Opinion {
  const t = theme ?? rng.weighted(weightsOf(city, group));
  return { theme: t, polarity: rng.weighted(moodOf(city, group, t, date)) };
}
