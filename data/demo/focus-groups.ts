/** Focus-group sessions as Markdown notes: header lines, then moderator questions and participant turns. */
import type { ThemeId } from '../types.ts';
import type { CityProfile } from './cities.ts';
import { atTime, isoDate, PERIOD_DAYS } from './calendar.ts';
import { drawOpinion, weightsOf, type Speaker } from './audience.ts';
import type { Ledger } from './ledger.ts';
import { hashLabel, type Rng } from './rng.ts';
import { say } from './text/compose.ts';
import { fill } from './text/fill.ts';
import { SPOKEN_ECHO } from './text/registers.ts';
import { CLOSINGS, INTROS, OPENINGS, QUESTIONS, REACTIONS } from './focus-group-talk.ts';
import { stimulusLines } from './stimuli.ts';

export type SessionKind = 'resident' | 'international' | 'mixed';
type Participant = { label: string; group: Speaker; attrs: string; role: string; age: number };

/** Which sessions each city held (in date order they are spread over the 24 months). */
export const SESSIONS: Record<string, SessionKind[]> = {
  Havenstad: ['international', 'resident', 'international', 'resident', 'mixed', 'international', 'resident', 'international', 'resident'],
  Lindholm: ['resident', 'international', 'resident', 'resident', 'international', 'resident', 'resident', 'international', 'resident'],
  Marenburg: ['international', 'resident', 'international', 'resident', 'international', 'resident', 'international', 'resident', 'resident'],
};

/** Where the internationals of the sessions come from: half EU, half not. */
const COUNTRIES = ['Brazil', 'Spain', 'India', 'Italy', 'China', 'Poland', 'United States', 'Greece', 'Turkey', 'France'];

const ROLE_PLURAL: Record<string, string> = { student: 'students', professional: 'professionals', 'accompanying partner': 'accompanying partners', 'academic staff': 'academic staff', entrepreneur: 'entrepreneurs', retired: 'retired', other: 'other' };

function participants(rng: Rng, kind: SessionKind): Participant[] {
  const n = rng.int(5, 8);
  return Array.from({ length: n }, (_, i) => {
    const group: Speaker = kind === 'mixed' ? (i % 2 === 0 ? 'resident' : 'international') : kind;
    const role = group === 'international'
      ? rng.weighted({ student: 3, professional: 3, 'accompanying partner': 1.2, 'academic staff': 1, entrepreneur: 0.7 })
      : rng.weighted({ professional: 4, retired: 2, student: 1, entrepreneur: 1, other: 1 });
    const age = role === 'student' ? rng.int(19, 29) : role === 'retired' ? rng.int(63, 79) : rng.int(26, 61);
    const gender = rng.weighted({ F: 1, M: 1, X: 0.05 });
    const showRole = group === 'international' || rng.chance(0.35);
    // an international's label names their country (origin), chosen without a draw so the talk stays the same
    const from = group === 'international' ? [COUNTRIES[hashLabel(`${kind}/${i}/${age}/${gender}/${role}`) % COUNTRIES.length]] : [];
    return { label: `P${i + 1}`, group, role, age, attrs: [group, age, gender, ...(showRole ? [role] : []), ...from].join(', ') };
  });
}

function participantLine(ps: Participant[]): string {
  const counts = new Map<string, number>();
  for (const p of ps) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  const parts = [...counts].map(([role, k]) => `${k} ${k === 1 ? role : ROLE_PLURAL[role]}`);
  return `${ps.length} (${parts.join(', ')})`;
}

/** Writes one session and appends its opinion sentences to the ledger. */
export function buildSession(rng: Rng, city: CityProfile, kind: SessionKind, date: number, ledger: Ledger): string {
  const ctx = { city, rng, date };
  const ps = participants(rng, kind);
  const lines: string[] = [];
  const turn = (who: string, sentences: string[]): void => {
    // note-takers sometimes break a long turn over two lines
    if (sentences.length > 1 && rng.chance(0.2)) {
      const cut = rng.int(1, sentences.length - 1);
      lines.push(`${who}: ${sentences.slice(0, cut).join(' ')}`, sentences.slice(cut).join(' '));
    } else lines.push(`${who}: ${sentences.join(' ')}`);
  };
  const opinionTurn = (p: Participant, theme?: ThemeId): string[] => {
    const out: string[] = [];
    const k = rng.weighted({ 1: 0.55, 2: 0.35, 3: 0.1 });
    for (let i = 0; i < Number(k); i++) {
      // people mostly stay on the moderator's topic, and drift off it now and then
      const op = drawOpinion(rng, city.name, p.group, date, i === 0 || rng.chance(0.5) ? theme : undefined);
      const text = say(ctx, 'en', op, 'spoken', p.group);
      ledger.push({ city: city.name, source: 'focus-group', group: p.group, date, theme: op.theme, polarity: op.polarity, lang: 'en', text });
      out.push(text);
      if (op.polarity !== 'mix' && rng.chance(0.25)) out.push(rng.pick(SPOKEN_ECHO[op.polarity]));
    }
    return out;
  };
  turn('Moderator', [fill(rng.pick(OPENINGS[kind]), ctx)]);
  for (const p of ps) {
    const intro = fill(rng.pick(INTROS[p.group === 'international' ? 'international' : p.age < 30 ? 'young' : 'resident']), ctx);
    turn(`${p.label} (${p.attrs})`, [intro, ...(rng.chance(0.6) ? opinionTurn(p) : [])]);
  }
  const weights = { ...weightsOf(city.name, ps[0].group), ...(kind === 'mixed' ? weightsOf(city.name, 'international') : {}) };
  // the moderator's guide favours what the group talks about most, with some variety between sessions
  const topics = (Object.keys(weights) as ThemeId[])
    .map((t) => ({ t, score: (weights[t] ?? 0) * (0.3 + rng.next()) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, rng.int(3, 5))
    .map((x) => x.t);
  for (const theme of topics) {
    // keep sessions within the 20–40 turns of a 90-minute session
    if (lines.length > 32) break;
    turn('Moderator', [fill(rng.pick(QUESTIONS[theme]), ctx)]);
    for (const p of rng.sample(ps, rng.int(3, Math.min(6, ps.length)))) {
      const who = `${p.label} (${p.attrs})`;
      if (rng.chance(0.15)) turn(who, [rng.pick(REACTIONS)]);
      else turn(who, opinionTurn(p, theme));
    }
    if (rng.chance(0.3)) turn('Moderator', [rng.pick(['Interesting. Does anyone see it differently?', 'Can you give an example?', 'Thank you. Anyone else?', 'Others?'])]);
  }
  // campaign material, drawn from its own stream so that the draws above and below stay as they were
  const shown = stimulusLines(rng.fork(`stimuli/${date}`), city.name, ps.map((p) => ({ who: `${p.label} (${p.attrs})`, group: p.group === 'international' ? 'international' : 'resident' })));
  lines.push(...shown);
  turn('Moderator', [rng.pick(CLOSINGS)]);
  const title = kind === 'international' ? `Internationals in ${city.name}` : kind === 'resident' ? `Residents of ${city.name}` : `Residents and internationals in ${city.name}`;
  return [`# Focus group — ${title}`, `Date: ${isoDate(date)}`, `City: ${city.name}`, `Group: ${kind}`, `Participants: ${participantLine(ps)}`, '', ...lines, ''].join('\n');
}

/** All sessions of a city: [file name, markdown] pairs, spread evenly over the period. */
export function buildSessions(rng: Rng, city: CityProfile, scale: number, ledger: Ledger): [string, string][] {
  const kinds = SESSIONS[city.name];
  const n = Math.max(1, Math.round(kinds.length * scale));
  return Array.from({ length: n }, (_, i) => {
    const kind = kinds[i % kinds.length];
    const day = ((i + 0.5) / n) * PERIOD_DAYS + rng.int(-10, 10);
    const date = atTime(Math.max(0, day), 18.5 * 3600);
    const md = buildSession(rng, city, kind, date, ledger);
    return [`focus-groups/${city.slug}-${isoDate(date)}-${kind}.md`, md];
  });
}
