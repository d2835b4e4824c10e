/**
 * Havenstad's international barometer: the same short Qualtrics survey asked in two waves (October
 * 2025, April 2026), closed items only, one per barometer theme. Housing top-2-box drops between the
 * waves (PLANTED.havenstadBarometerTop2); the other items hold steady.
 */
import type { CityProfile } from './cities.ts';
import { qualtricsTime } from './calendar.ts';
import { qualtricsCsv, SYSTEM_COLUMNS, type QualtricsColumn } from './qualtrics-csv.ts';
import { PLANTED } from './signals.ts';
import type { Rng } from './rng.ts';
import { LIKERT } from './survey-profile.ts';

/** The barometer's questions: their texts name housing, friends, careers and the welcome desk. */
export const BAROMETER_QUESTIONS = {
  housing: 'It is easy to find housing in {city}',
  social: 'I have made friends with locals in {city}',
  career: 'I have good career opportunities in {city}',
  welcome: 'The welcome desk helped me with my residence permit',
} as const;

export const BAROMETER_WAVES = ['2025-10', '2026-04'] as const;

/** One wave's CSV: `count` internationals answering the four items in the wave's first three weeks. */
export function buildBarometerWave(rng: Rng, city: CityProfile, wave: 0 | 1, count: number): string {
  const prefix = 'How much do you agree with the following statements? - ';
  const keys = Object.keys(BAROMETER_QUESTIONS) as (keyof typeof BAROMETER_QUESTIONS)[];
  const columns: QualtricsColumn[] = [
    ...SYSTEM_COLUMNS,
    ...keys.map((k, i) => ({ tag: `Q1_${i + 1}`, text: prefix + BAROMETER_QUESTIONS[k].replace('{city}', city.name), importId: `QID1_${i + 1}` })),
  ];
  const [y, m] = BAROMETER_WAVES[wave].split('-').map(Number);
  const rows: { date: number; cells: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const date = Date.UTC(y, m - 1, 2 + rng.int(0, 20), rng.int(8, 21), rng.int(0, 59));
    const answers = keys.map((k) => {
      const top2 = PLANTED.havenstadBarometerTop2[k][wave];
      // agree (4–5) with the planted share; otherwise 1–3
      return rng.chance(top2) ? rng.int(4, 5) : rng.int(1, 3);
    });
    rows.push({
      date,
      cells: [
        qualtricsTime(date - 300_000), qualtricsTime(date), 'IP Address', '', '100', '300', 'True', qualtricsTime(date),
        `R_bar${wave}${String(i).padStart(4, '0')}`, '', '', '', '', '', '', 'anonymous', 'EN',
        ...answers.map((v) => LIKERT[v - 1]),
      ],
    });
  }
  rows.sort((a, b) => a.date - b.date);
  return qualtricsCsv(columns, rows.map((r) => r.cells));
}
