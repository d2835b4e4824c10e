/** One survey respondent's closed answers: who they are (Q1–Q5), the Likert matrix (Q6) and recommend (Q7). */
import type { CityProfile } from './cities.ts';
import { periodFraction } from './calendar.ts';
import type { Speaker } from './audience.ts';
import type { Rng } from './rng.ts';
import type { Opinion } from './text/compose.ts';
import { PLANTED } from './signals.ts';

export const Q1_LABELS: Record<Speaker, string> = {
  resident: 'I live here (resident)',
  international: 'I moved here from abroad (international)',
  visitor: "I'm visiting",
};
export const STAY = ['Less than a year', '1–2 years', '3–5 years', 'More than 5 years', 'I was born here', "I don't live here"];
export const ROLES = ['Student', 'Academic staff', 'Professional', 'Accompanying partner', 'Entrepreneur', 'Retired', 'Other'];
export const AGES = ['18–24', '25–34', '35–44', '45–54', '55–64', '65+'];
export const LIKERT = ['Strongly disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Strongly agree'];
export const MATRIX = ['I feel welcome in {city}', 'It is easy to find housing', 'I can get by without speaking the local language', "The city's campaigns reflect what it is really like", 'I see myself living here in five years'];

/** Share of respondents per group in each city's survey. */
export const GROUP_SHARE: Record<string, Record<Speaker, number>> = {
  Havenstad: { resident: 0.5, international: 0.38, visitor: 0.12 },
  Lindholm: { resident: 0.62, international: 0.13, visitor: 0.25 },
  Marenburg: { resident: 0.5, international: 0.35, visitor: 0.15 },
};

/** Mean agreement (1–5) per city, group and matrix statement, before a respondent's own opinions move it. */
const MEANS: Record<string, Record<Speaker, number[]>> = {
  Havenstad: { resident: [4.0, 2.2, 3.0, 2.5, 3.9], international: [3.9, 1.5, 3.8, 2.5, 3.0], visitor: [4.2, 3.0, 4.1, 3.4, 2.4] },
  Lindholm: { resident: [3.8, 2.6, 3.0, 3.2, 3.7], international: [3.2, 2.7, 2.7, 3.0, 2.9], visitor: [4.3, 3.0, 3.9, 3.9, 2.6] },
  Marenburg: { resident: [4.0, 2.4, 3.0, 3.8, 4.1], international: [2.9, 2.1, 1.6, 3.2, 2.8], visitor: [4.2, 3.0, 3.4, 3.9, 2.8] },
};
const NPS_MEAN: Record<string, Record<Speaker, number>> = {
  Havenstad: { resident: 7.2, international: 6.4, visitor: 8.0 },
  Lindholm: { resident: 7.6, international: 6.8, visitor: 8.4 },
  Marenburg: { resident: 8.3, international: 6.3, visitor: 8.3 },
};

export type Profile = { stay: string; role: string; origin: string; age: string; likert: (number | null)[]; recommend: number | null };

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** Which matrix statement an opinion pulls down or up (housing → Q6_2, language → Q6_3, image → Q6_4). */
const ITEM_OF: Partial<Record<string, number>> = { housing: 1, language: 2, city_image: 3, discrimination: 0, social_life: 0 };

function likert(rng: Rng, city: string, group: Speaker, date: number, ops: Opinion[]): (number | null)[] {
  const means = MEANS[city][group].slice();
  // Lindholm residents lose faith in the tourism-first campaigns as the two years go by.
  if (city === 'Lindholm' && group === 'resident') means[3] -= 1.0 * periodFraction(date);
  for (const op of ops) {
    const i = ITEM_OF[op.theme];
    if (i !== undefined) means[i] += op.polarity === 'neg' ? -0.6 : op.polarity === 'pos' ? 0.4 : 0;
  }
  return means.map((mu, i) => {
    if (rng.chance(0.03) || (group === 'visitor' && i === 1 && rng.chance(0.5))) return null;
    return Math.min(5, Math.max(1, Math.round(mu + normal(rng) * 0.85)));
  });
}

function recommend(rng: Rng, city: string, group: Speaker, date: number, ops: Opinion[]): number | null {
  if (rng.chance(0.04)) return null;
  let mu = NPS_MEAN[city][group];
  if (city === 'Lindholm' && group === 'resident') mu -= 2.2 * periodFraction(date);
  for (const op of ops) mu += op.polarity === 'neg' ? -0.5 : op.polarity === 'pos' ? 0.35 : 0;
  return Math.min(10, Math.max(0, Math.round(mu + normal(rng) * 1.7)));
}

function role(rng: Rng, city: CityProfile, group: Speaker): string {
  if (group === 'international') {
    const uni = city.name === 'Marenburg' ? 2 : 1;
    return rng.weighted({ Student: 3 * uni, 'Academic staff': 1.5 * uni, Professional: 4, 'Accompanying partner': 1.5, Entrepreneur: 1, Other: 0.5 });
  }
  if (group === 'visitor') return rng.weighted({ Professional: 3, Student: 2, Retired: 2, Other: 2 });
  return rng.weighted({ Professional: 5, Student: city.name === 'Marenburg' ? 3 : 1.5, Retired: 2.5, Entrepreneur: 1, 'Academic staff': 0.5, Other: 1.5 });
}

/**
 * Where an international respondent is from, given what they said (one draw, as before the signal):
 * those who complained about bureaucracy are mostly from outside the EU (permits, visas), those who
 * praised it mostly EU citizens — non-EU internationals are more negative about bureaucracy.
 */
function internationalOrigin(ops: Opinion[]): Record<string, number> {
  const said = ops.filter((o) => o.theme === 'bureaucracy').map((o) => o.polarity);
  const { nonEuIfNegative, nonEuIfPositive } = PLANTED.bureaucracyOrigin;
  if (said.includes('neg')) return { 'Another EU country': 1 - nonEuIfNegative, 'Outside the EU': nonEuIfNegative };
  if (said.includes('pos')) return { 'Another EU country': 1 - nonEuIfPositive, 'Outside the EU': nonEuIfPositive };
  return { 'Another EU country': 4.5, 'Outside the EU': 5.5 };
}

/** Draws the closed answers of one respondent, consistent with their group and with what they wrote. */
export function drawProfile(rng: Rng, city: CityProfile, group: Speaker, date: number, ops: Opinion[]): Profile {
  const r = role(rng, city, group);
  const age = r === 'Student' ? rng.weighted({ '18–24': 6, '25–34': 3, '35–44': 0.3 })
    : r === 'Retired' ? rng.weighted({ '55–64': 2, '65+': 6 })
    : rng.weighted({ '25–34': 4, '35–44': 4, '45–54': 3, '55–64': 2, '18–24': 0.5 });
  const home = city.country.replace(/^the /, 'The ');
  const drawnStay = group === 'visitor' ? STAY[5]
    : group === 'international' ? rng.weighted({ 'Less than a year': 3, '1–2 years': 4, '3–5 years': 2.5, 'More than 5 years': 0.5 })
    : rng.weighted({ 'Less than a year': 0.3, '1–2 years': 1, '3–5 years': 3, 'More than 5 years': 6 });
  const origin = group === 'resident' ? rng.weighted({ [home]: 8.5, 'Another EU country': 1, 'Outside the EU': 0.5 })
    : group === 'international' ? rng.weighted(internationalOrigin(ops))
    : rng.weighted({ [home]: 3, 'Another EU country': 5, 'Outside the EU': 2 });
  // residents from the city's own country who have lived here longest were born here (no extra draw)
  const stay = group === 'resident' && origin === home && drawnStay === 'More than 5 years' ? 'I was born here' : drawnStay;
  return { stay, role: r, origin, age, likert: likert(rng, city.name, group, date, ops), recommend: recommend(rng, city.name, group, date, ops) };
}
