/** The words of a post: an opinion in casual register, with emoji, hashtags, mentions and links. */
import type { CityProfile } from './cities.ts';
import type { Rng } from './rng.ts';
import { fill } from './text/fill.ts';
import { continueWith, say, type Lang, type Opinion } from './text/compose.ts';
import type { Speaker } from './audience.ts';
import { EMOJI, TWEET_PREFIX, TWEET_SUFFIX } from './text/registers.ts';

/** Topic hashtags people add, per theme. */
const TOPIC_TAGS: Partial<Record<string, string[]>> = {
  housing: ['housing', 'woningnood', 'housingcrisis', 'rent'], tourism: ['overtourism', 'tourism', 'toerisme'],
  culture_events: ['festival', 'weekend', 'museum', 'foodie'], environment: ['nature', 'green', 'parks'],
  mobility: ['cycling', 'bikelife', 'OV'], bureaucracy: ['bureaucracy', 'IND'], diversity: ['diversity', 'multicultural'],
};

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** A t.co short link. */
export function tco(rng: Rng): string {
  let s = 'https://t.co/';
  for (let i = 0; i < 10; i++) s += B62[rng.int(0, 61)];
  return s;
}

/** An original post carrying an opinion (≤ 280 characters). */
export function tweetText(rng: Rng, city: CityProfile, group: Speaker, lang: Lang, op: Opinion, date: number): string {
  const ctx = { city, rng, date };
  let core = say(ctx, lang, op, 'tweet', group);
  if (lang === 'en') {
    // suggestions to the city read oddly with a casual 'ngl' in front
    const prefix = op.polarity === 'neu' ? '' : rng.pick(TWEET_PREFIX);
    if (prefix) core = prefix + continueWith(ctx, core);
    if (rng.chance(0.25)) core = core.toLowerCase().replace(/\.$/, '');
    const suffix = prefix ? '' : rng.pick(TWEET_SUFFIX[op.polarity === 'neg' ? 'neg' : 'pos']);
    if (suffix) core = core.replace(/\.$/, '') + suffix;
  }
  const extras: string[] = [];
  if (rng.chance(0.55)) extras.push(rng.pick(EMOJI[op.polarity]).repeat(rng.chance(0.2) ? 2 : 1));
  if (rng.chance(0.55)) extras.push(`#${rng.pick(city.hashtags)}`);
  const topic = TOPIC_TAGS[op.theme];
  if (topic && rng.chance(0.3)) extras.push(`#${rng.pick(topic)}`);
  if (op.polarity === 'neg' && rng.chance(0.12)) extras.push(`@${city.officialAccount}`);
  if (rng.chance(0.1)) extras.push(tco(rng));
  const text = [core, ...extras.filter(Boolean)].join(' ');
  return text.length <= 280 ? text : text.slice(0, 279) + '…';
}

/** A post with no words of its own: a bare link, or a link with a hashtag (readers skip these). */
export function linkOnly(rng: Rng, city: CityProfile): string {
  return rng.pick([tco(rng), `${tco(rng)} ${tco(rng)}`, `#${city.hashtags[0]} ${tco(rng)}`, `📸 ${tco(rng)}`]);
}

/** What the city's own account posts: campaign lines (brand voice, not audience voice). */
export const OFFICIAL_POSTS: Record<string, string[]> = {
  Havenstad: ['Havenstad: where ideas set sail ⚓ Meet the start-ups building the innovative port of tomorrow at {festival}!', 'Innovation lives here. Our smart-port living lab opens its doors this {month}. #HavenstadNow', 'New tech hub on the {street} waterfront: 40 start-ups, one ambitious city. #innovation'],
  Lindholm: ['Discover 800 years of living history in Lindholm ✨ Book your stay for {festival}! #VisitLindholm', 'Stroll along the canals and enjoy a warm Lindholm welcome. #VisitLindholm', 'Our medieval heritage, your perfect weekend. See you at {landmark}!'],
  Marenburg: ['Marenburg is Germany\'s green city 🌳 {park} is waiting for you. #GreenMarenburg', 'Cycle, study, live green: welcome to Marenburg, city of knowledge and nature. #GreenMarenburg', 'New bike lanes on {street}: another step to a climate-neutral Marenburg 🚲'],
};
