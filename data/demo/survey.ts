/** The survey of one city: respondents, their closed answers and open texts, as a Qualtrics CSV. */
import type { CityProfile } from './cities.ts';
import { atTime, qualtricsTime } from './calendar.ts';
import { drawOpinion, type Speaker } from './audience.ts';
import type { Ledger } from './ledger.ts';
import { fakeEmail, fakeIp, fakeLocation, fakePerson, responseId } from './people.ts';
import { PLANTED } from './signals.ts';
import type { Rng } from './rng.ts';
import { drawProfile, GROUP_SHARE, LIKERT, MATRIX, Q1_LABELS, STAY, ROLES, AGES } from './survey-profile.ts';
import { qualtricsCsv, SYSTEM_COLUMNS, type QualtricsColumn } from './qualtrics-csv.ts';
import { answerTexts } from './survey-texts.ts';
import type { Lang } from './text/compose.ts';

/** The question columns after the system columns, with the city's name filled in. */
export function questionColumns(city: CityProfile): QualtricsColumn[] {
  const c = (tag: string, text: string, importId: string): QualtricsColumn => ({ tag, text: text.replace(/\{city\}/g, city.name), importId });
  return [
    c('Q1', 'Which best describes you?', 'QID1'),
    c('Q2', 'How long have you lived in {city}?', 'QID2'),
    c('Q3', 'What is your main role?', 'QID3'),
    c('Q4', 'Where are you from?', 'QID4'),
    c('Q5', 'Age', 'QID5'),
    ...MATRIX.map((s, i) => c(`Q6_${i + 1}`, `How much do you agree? - ${s}`, `QID6_${i + 1}`)),
    c('Q7', 'How likely are you to recommend {city} as a place to live to a friend?', 'QID7'),
    c('Q8_TEXT', 'What do you like most about {city}?', 'QID8_TEXT'),
    c('Q9_TEXT', 'What is the biggest challenge of living in (or visiting) {city}?', 'QID9_TEXT'),
    c('Q10_TEXT', 'Anything else you want to tell the city?', 'QID10_TEXT'),
    c('Q11', 'Your email address, if you want to receive the results', 'QID11_TEXT'),
  ];
}

/** Response date: eight quarterly waves, each open for about two months, most answers early in a wave. */
function waveDate(rng: Rng): number {
  const wave = rng.int(0, 7);
  const day = wave * 91.25 + 4 + 62 * rng.next() ** 1.7;
  return atTime(day, rng.int(7 * 3600, 23 * 3600));
}

function localLanguageShare(city: CityProfile): number {
  const overall = city.name === 'Lindholm' ? PLANTED.lindholmDutchShare : city.name === 'Marenburg' ? PLANTED.marenburgGermanShare : 0.04;
  return overall / GROUP_SHARE[city.name].resident;
}

/** Builds the CSV text for a city and appends every opinion sentence to the ledger. */
export function buildSurvey(rng: Rng, city: CityProfile, count: number, ledger: Ledger): string {
  const columns = [...SYSTEM_COLUMNS, ...questionColumns(city)];
  const rows: { date: number; cells: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const group = rng.weighted(GROUP_SHARE[city.name]) as Speaker;
    const lang: Lang = group === 'resident' && rng.chance(localLanguageShare(city)) ? city.local : 'en';
    const date = waveDate(rng);
    const kind = rng.weighted({ full: 0.965, empty: 0.025, preview: 0.01 });
    const n = Number(rng.weighted({ 1: 0.25, 2: 0.4, 3: 0.25, 4: 0.1 }));
    const ops = Array.from({ length: n }, () => drawOpinion(rng, city.name, group, date));
    const texts = kind === 'empty' ? ['', '', ''] : answerTexts(rng, city, group, lang, date, ops, kind === 'preview' ? [] : ledger);
    const p = drawProfile(rng, city, group, date, ops);
    const duration = kind === 'empty' ? rng.int(4, 60) : rng.int(150, 420) + texts.join(' ').length * rng.int(1, 3) / 5;
    const person = fakePerson(rng);
    const byEmail = kind === 'full' && rng.chance(0.25);
    const [lat, lon] = fakeLocation(rng, city);
    const answered = kind !== 'empty';
    const cells = [
      qualtricsTime(date - Math.round(duration) * 1000), qualtricsTime(date),
      kind === 'preview' ? 'Survey Preview' : 'IP Address',
      kind === 'preview' ? '' : fakeIp(rng, city),
      answered ? '100' : String(rng.int(3, 25)), String(Math.round(duration)), answered ? 'True' : 'False', qualtricsTime(date),
      responseId(rng),
      byEmail ? person.last : '', byEmail ? person.first : '', byEmail ? fakeEmail(rng, person) : '',
      byEmail ? `PANEL-${city.slug.slice(0, 3).toUpperCase()}-${rng.int(10000, 99999)}` : '',
      kind === 'preview' ? '' : lat, kind === 'preview' ? '' : lon,
      kind === 'preview' ? 'preview' : byEmail ? 'email' : 'anonymous',
      lang.toUpperCase(),
      Q1_LABELS[group],
      answered ? p.stay : '', answered ? p.role : '', answered ? p.origin : '', answered ? p.age : '',
      ...p.likert.map((v) => (answered && v ? LIKERT[v - 1] : '')),
      answered && p.recommend !== null ? String(p.recommend) : '',
      ...texts,
      answered && rng.chance(0.3) ? fakeEmail(rng, rng.chance(0.6) ? person : fakePerson(rng)) : '',
    ];
    rows.push({ date, cells });
  }
  // Qualtrics lists responses in the order they were recorded.
  rows.sort((a, b) => a.date - b.date);
  return qualtricsCsv(columns, rows.map((r) => r.cells));
}

/** The answer options, exported for tests and the README. */
export const OPTIONS = { Q1: Object.values(Q1_LABELS), Q2: STAY, Q3: ROLES, Q5: AGES, Q6: LIKERT };
