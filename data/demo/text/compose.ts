/** Turns an opinion (theme + polarity) into a sentence in a language and a register. */
import type { Group, ThemeId } from '../../types.ts';
import { capitalize, decapitalize, fill, properNames, type FillContext } from './fill.ts';
import type { CityProfile } from '../cities.ts';
import { EN_PRACTICAL } from './en-practical.ts';
import { EN_SOCIAL } from './en-social.ts';
import { EN_PLACE } from './en-place.ts';
import { EN_MORE } from './en-more.ts';
import { EN_TWEETS } from './en-tweets.ts';
import { EN_REQUESTS } from './en-requests.ts';
import { EN_HARD } from './en-hard.ts';
import { NL, NL_HARD, SHORT_NL } from './nl.ts';
import { DE, DE_HARD, SHORT_DE } from './de.ts';
import { mergePools, templatesFor, type Polarity, type Pool } from './pool.ts';
import { MIX_OPENERS, SHORT_EN, SPOKEN_OPENERS, WRITTEN_OPENERS } from './registers.ts';

export type Lang = 'en' | 'nl' | 'de';
export type Register = 'survey' | 'spoken' | 'tweet' | 'forum';
/** What one sentence says: a theme and how the writer feels about it. */
export type Opinion = { theme: ThemeId; polarity: Polarity };

const FULL: Record<Lang, Pool> = {
  en: mergePools(EN_PRACTICAL, EN_SOCIAL, EN_PLACE, EN_MORE, EN_TWEETS, EN_REQUESTS, EN_HARD),
  nl: mergePools(NL, NL_HARD),
  de: mergePools(DE, DE_HARD),
};
const SHORT: Record<Lang, Pool> = { en: SHORT_EN, nl: SHORT_NL, de: SHORT_DE };

/** True when the language has templates for this opinion (mixed needs a negative template or a mix one). */
export function canSay(lang: Lang, op: Opinion, group?: Group): boolean {
  const pool = FULL[lang];
  if (op.polarity === 'mix') return templatesFor(pool, op.theme, 'mix', group).length > 0 || templatesFor(pool, op.theme, 'neg', group).length > 0;
  return templatesFor(pool, op.theme, op.polarity, group).length > 0;
}

const NAMES = new WeakMap<CityProfile, Set<string>>();
/** The city's proper names, computed once per profile. */
function namesOf(city: CityProfile): Set<string> {
  let names = NAMES.get(city);
  if (!names) {
    names = properNames(Object.values(city).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [])));
    NAMES.set(city, names);
  }
  return names;
}

/** Lower-cases a sentence start so it can follow an opener or a "but", keeping names capitalised. */
export function continueWith(ctx: FillContext, sentence: string): string {
  return decapitalize(sentence, namesOf(ctx.city));
}

function mixed(ctx: FillContext, lang: Lang, op: Opinion, group?: Group): string {
  const own = templatesFor(FULL[lang], op.theme, 'mix', group);
  if (own.length > 0 && ctx.rng.chance(0.5)) return fill(ctx.rng.pick(own), ctx);
  const neg = fill(ctx.rng.pick(templatesFor(FULL[lang], op.theme, 'neg', group)), ctx);
  return `${fill(ctx.rng.pick(MIX_OPENERS[lang]), ctx)} ${continueWith(ctx, neg)}`;
}

/** One sentence carrying the opinion, shaped for the register (terse survey answer, spoken turn, post). */
export function say(ctx: FillContext, lang: Lang, op: Opinion, register: Register, group?: Group): string {
  const { rng } = ctx;
  if (op.polarity === 'mix') return mixed(ctx, lang, op, group);
  const short = SHORT[lang][`${op.theme}/${op.polarity}`];
  if (register === 'survey' && short && rng.chance(0.22)) return fill(rng.pick(short), ctx);
  const casual = FULL[lang][`${op.theme}/${op.polarity}/tweet`];
  if (register === 'tweet' && casual && rng.chance(0.45)) return fill(rng.pick(casual), ctx);
  const sentence = fill(rng.pick(templatesFor(FULL[lang], op.theme, op.polarity, group)), ctx);
  if (lang !== 'en') return capitalize(sentence);
  const openers = register === 'spoken' ? SPOKEN_OPENERS : register === 'survey' ? WRITTEN_OPENERS : [''];
  const opener = rng.pick(openers);
  const main = opener ? opener + continueWith(ctx, sentence) : capitalize(sentence);
  // a follow-up in the same mood adds a concrete detail, as people do when something matters to them
  const more = FULL[lang][`${op.theme}/${op.polarity}/more`];
  if (more && register !== 'tweet' && rng.chance(0.3)) return `${main} ${fill(rng.pick(more), ctx)}`;
  return main;
}
