/** A city's X/Twitter search as twarc2 saves it: JSONL, one API response page (≤ 100 tweets) per line. */
import type { CityProfile } from './cities.ts';
import { atTime, clampToPeriod, PERIOD_DAYS } from './calendar.ts';
import { drawOpinion, type Speaker } from './audience.ts';
import type { Ledger } from './ledger.ts';
import { fakeHandle, fakePerson } from './people.ts';
import type { Rng } from './rng.ts';
import { canSay, type Lang } from './text/compose.ts';
import { fill } from './text/fill.ts';
import { linkOnly, OFFICIAL_POSTS, tco, tweetText } from './tweet-text.ts';
import { REACTIONS } from './focus-group-talk.ts';
import { twarcPages, type Account, type Tweet } from './twarc-pages.ts';

const BIOS = ['Coffee, bikes and bad puns.', 'Urbanist. Opinions my own.', 'she/her · designer', 'Dad of two, runner, foodie', 'PhD student at {uni}', 'Local since forever', 'Expat life 🌍', 'Photographer 📷', 'Retired teacher', 'Software dev @ a start-up', ''];

function accounts(rng: Rng, city: CityProfile, n: number): Account[] {
  return Array.from({ length: n }, (_, i) => {
    const group = rng.weighted({ resident: 0.6, international: 0.22, visitor: 0.18 }) as Speaker;
    const p = fakePerson(rng);
    const location = group === 'visitor' ? rng.pick(['London', 'Paris', 'Berlin', 'New York', 'Madrid', '']) : rng.pick([city.name, `${city.name}, ${city.country.replace('the ', '')}`, rng.pick(city.hoods), '']);
    // activity follows a power law: a loud few post a large share (the "loud few" figure needs this)
    return { id: String(rng.int(100000, 999999999) * 1000 + i), username: `${fakeHandle(rng, city)}${i % 7 === 0 ? '_' : ''}`, name: rng.chance(0.7) ? `${p.first} ${p.last}` : p.first, location, description: fill(rng.pick(BIOS), { city, rng, date: 0 }), group, weight: 1 / (i + 1) ** 1.05 };
  });
}

function localLang(rng: Rng, city: CityProfile, group: Speaker): Lang {
  if (group !== 'resident') return 'en';
  const share = city.name === 'Havenstad' ? 0.1 : 0.25;
  return rng.chance(share) ? city.local : 'en';
}

function metrics(rng: Rng): Tweet['metrics'] {
  const big = rng.chance(0.05);
  return { retweet_count: big ? rng.int(10, 400) : rng.int(0, 3), reply_count: rng.int(0, big ? 40 : 2), like_count: big ? rng.int(50, 3000) : rng.int(0, 25), quote_count: big ? rng.int(0, 20) : 0 };
}

/** Builds the tweets of a city: originals, replies, quotes, link-only posts, and ≈ 30% retweets. */
export function buildTweets(rng: Rng, city: CityProfile, count: number, ledger: Ledger): string {
  const people = accounts(rng, city, Math.max(20, Math.round(count / 4)));
  const weights = Object.fromEntries(people.map((a, i) => [String(i), a.weight]));
  const official: Account = { id: '2000000001', username: city.officialAccount, name: `${city.name} (official)`, location: city.name, description: `The official account of ${city.name}.`, group: 'resident', weight: 0 };
  const originals: Tweet[] = [];
  const nOriginal = Math.round(count * 0.7);
  for (let i = 0; i < nOriginal; i++) {
    const ms = atTime(rng.next() * PERIOD_DAYS, rng.int(6 * 3600, 86_000));
    if (rng.chance(0.012)) {
      originals.push({ ms, author: official, text: fill(rng.pick(OFFICIAL_POSTS[city.name]), { city, rng, date: ms }), lang: 'en', mentions: [], metrics: metrics(rng) });
      continue;
    }
    const author = people[Number(rng.weighted(weights))];
    if (rng.chance(0.015)) {
      originals.push({ ms, author, text: linkOnly(rng, city), lang: 'zxx', mentions: [], metrics: metrics(rng) });
      continue;
    }
    const op = drawOpinion(rng, city.name, author.group, ms);
    const wanted = localLang(rng, city, author.group);
    const lang = canSay(wanted, op, author.group) ? wanted : 'en';
    let text = tweetText(rng, city, author.group, lang, op, ms);
    const tweet: Tweet = { ms, author, text, lang, mentions: [], metrics: metrics(rng) };
    const earlier = originals.length > 20 ? originals[rng.int(0, originals.length - 1)] : null;
    if (earlier && earlier.ms < ms && earlier.lang !== 'zxx' && rng.chance(0.12)) {
      const reply = rng.chance(0.7);
      tweet.ref = { type: reply ? 'replied_to' : 'quoted', to: earlier };
      if (reply) {
        tweet.mentions.push(earlier.author.username);
        text = `@${earlier.author.username} ${rng.chance(0.3) ? rng.pick(REACTIONS) + ' ' : ''}${text}`;
      } else text = `${text} ${tco(rng)}`;
      tweet.text = text;
    }
    ledger.push({ city: city.name, source: 'social', group: author.group, date: ms, theme: op.theme, polarity: op.polarity, lang, text });
    originals.push(tweet);
  }
  const all = [...originals];
  const nRetweet = count - nOriginal;
  // popular posts get retweeted more; link-only posts are retweeted too, as in real searches
  const rtWeights = Object.fromEntries(originals.map((t, k) => [String(k), 1 + Math.sqrt(t.metrics.retweet_count)]));
  for (let i = 0; i < nRetweet; i++) {
    const orig = originals[Number(rng.weighted(rtWeights))];
    const author = people[Number(rng.weighted(weights))];
    const ms = clampToPeriod(orig.ms + rng.int(60, 3 * 86400) * 1000);
    const full = `RT @${orig.author.username}: ${orig.text}`;
    const text = full.length > 140 ? `${full.slice(0, 139)}…` : full;
    all.push({ ms, author, text, lang: orig.lang, ref: { type: 'retweeted', to: orig }, mentions: [orig.author.username], metrics: { ...orig.metrics, like_count: 0, reply_count: 0, quote_count: 0 } });
  }
  return twarcPages(rng, city, all);
}
