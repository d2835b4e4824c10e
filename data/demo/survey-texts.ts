/** The open answers of one respondent: likes (Q8), challenges (Q9), anything else (Q10). */
import type { CityProfile } from './cities.ts';
import type { Speaker } from './audience.ts';
import type { Ledger } from './ledger.ts';
import type { Rng } from './rng.ts';
import { canSay, say, type Lang, type Opinion } from './text/compose.ts';
import { NOTHING_LIKED, NOTHING_WRONG, SPOKEN_ECHO, THEMELESS } from './text/registers.ts';
import { fill } from './text/fill.ts';

const THEMELESS_LOCAL: Record<'nl' | 'de', string[]> = {
  nl: ['Bedankt voor deze enquête.', 'Verder niets.', 'Succes ermee!', 'Ik hoop dat er iets mee gedaan wordt.'],
  de: ['Danke für die Umfrage.', 'Sonst nichts.', 'Viel Erfolg!', 'Ich hoffe, es ändert sich etwas.'],
};
const NOTHING_LOCAL: Record<'nl' | 'de', [string[], string[]]> = {
  nl: [['Moeilijk te zeggen.', 'Weet ik niet.'], ['Niets eigenlijk.', 'Geen idee.']],
  de: [['Schwer zu sagen.', 'Weiß nicht.'], ['Eigentlich nichts.', 'Keine Ahnung.']],
};

/**
 * Writes the three open answers. Every opinion is said exactly once (positive ones in Q8, negative and
 * mixed ones in Q9, neutral ones as context), so the planted proportions hold sentence by sentence.
 */
export function answerTexts(rng: Rng, city: CityProfile, group: Speaker, lang: Lang, date: number, ops: Opinion[], ledger: Ledger): [string, string, string] {
  const ctx = { city, rng, date };
  const said = (op: Opinion): string => {
    const l: Lang = canSay(lang, op, group) ? lang : 'en';
    const text = say(ctx, l, op, 'survey', group);
    ledger.push({ city: city.name, source: 'survey', group, date, theme: op.theme, polarity: op.polarity, lang: l, text });
    // a few writers keep going in the same mood, in sentences that name no theme
    if (l === 'en' && op.polarity !== 'mix' && rng.chance(0.12)) return `${text} ${rng.pick(SPOKEN_ECHO[op.polarity])}`;
    return text;
  };
  const join = (parts: string[]): string => parts.filter(Boolean).join(rng.chance(0.85) ? ' ' : '\n');
  const likes = ops.filter((o) => o.polarity === 'pos').map(said);
  const pains = ops.filter((o) => o.polarity === 'neg' || o.polarity === 'mix').map(said);
  const context = ops.filter((o) => o.polarity === 'neu').map(said);
  const local = lang === 'en' ? null : lang;
  if (likes.length === 0 && rng.chance(0.6)) likes.push(rng.pick(local ? NOTHING_LOCAL[local][0] : NOTHING_LIKED));
  if (pains.length === 0 && rng.chance(0.6)) pains.push(rng.pick(local ? NOTHING_LOCAL[local][1] : NOTHING_WRONG));
  if (pains.length > 0) pains.unshift(...context.splice(0));
  else likes.unshift(...context.splice(0));
  const extra: string[] = [];
  if (rng.chance(0.3)) {
    const mood = rng.weighted({ pos: 1, neg: 1, neu: 2 }) as 'pos' | 'neg' | 'neu';
    extra.push(fill(rng.pick(local ? THEMELESS_LOCAL[local] : THEMELESS[mood]), ctx));
  }
  return [join(likes), join(pains), join([...context, ...extra])];
}
