/**
 * Campaign material shown in the Havenstad focus groups (issue 19), and the reactions to it. The
 * planted signal: residents read the skyline poster as fake ("too polished", "not my city") and
 * recognise themselves in the market video; internationals like the poster more. Drawn from a
 * stream forked per session, so the rest of every session stays byte for byte as it was.
 */
import type { Rng } from './rng.ts';
import { PLANTED } from './signals.ts';

type Reaction = 'inauthentic' | 'authentic' | 'neutral';
type Stimulus = { code: string; label: string; prompt: string; odds: Record<'resident' | 'international', Record<Reaction, number>> };

/** The two stimuli each Havenstad session is shown, with the odds of each kind of reaction per group. */
export const STIMULI: Record<string, Stimulus[]> = {
  Havenstad: [
    { code: 'S1', label: 'Skyline at sunset poster', prompt: 'This is the poster of the new campaign. What is your first reaction?', odds: PLANTED.havenstadPosterReactions },
    { code: 'S2', label: 'Saturday market video', prompt: 'And this is a short video from the same campaign. How does it strike you?', odds: PLANTED.havenstadVideoReactions },
  ],
};

/** Reactions in the words focus groups use: mostly English, now and then Dutch, German or French. */
const SAY: Record<Reaction, string[]> = {
  inauthentic: [
    'Way too polished, nobody I know looks like that.',
    'It looks fake, like a stock photo.',
    'Honestly, that is not my city.',
    'Glossy and elite, it is marketing for people who do not live here.',
    'Too polished. Where are the people who actually live here?',
    'It looks unrealistic, the sky is never that colour.',
    'Dat is nep, zo ziet het er hier nooit uit.',
    'Veel te gepolijst, dat is niet mijn stad.',
    'Das wirkt total aufgesetzt, so sieht es hier nicht aus.',
    "C'est bidon, ce n'est pas ma ville.",
  ],
  authentic: [
    'That is us, I recognise the corner where I buy my bread.',
    'This feels real, so recognisable.',
    'It is not fake at all, that is what a Saturday looks like here.',
    'Finally something genuine, those are real neighbours.',
    'Echt, heel herkenbaar, dat zijn wij.',
    'Das sind wir, ganz typisch für hier.',
    "C'est nous, c'est authentique.",
  ],
  neutral: [
    'I did not notice the text at first.',
    'Is that the view from the bridge?',
    'Hard to say, I only saw it for a second.',
    'I would have to see it again.',
  ],
};

/** The lines of a session's stimulus block ([] for a city without stimuli). */
export function stimulusLines(rng: Rng, city: string, speakers: { who: string; group: 'resident' | 'international' }[]): string[] {
  const lines: string[] = [];
  for (const s of STIMULI[city] ?? []) {
    lines.push(`[Shown: ${s.code} "${s.label}"]`, `Moderator: ${s.prompt}`);
    for (const p of rng.sample(speakers, rng.int(4, Math.min(5, speakers.length)))) {
      lines.push(`${p.who}: ${rng.pick(SAY[rng.weighted(s.odds[p.group])])}`);
    }
  }
  return lines;
}
