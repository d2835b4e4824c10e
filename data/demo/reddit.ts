/** Lindholm's local subreddit: threads saved as Reddit's own JSON, [Listing(t3 post), Listing(t1 comments)]. */
import type { ThemeId } from '../types.ts';
import type { CityProfile } from './cities.ts';
import { atTime, clampToPeriod, PERIOD_DAYS } from './calendar.ts';
import { drawOpinion } from './audience.ts';
import type { Ledger } from './ledger.ts';
import { fakeHandle } from './people.ts';
import type { Rng } from './rng.ts';
import { say, canSay, type Lang } from './text/compose.ts';
import { fill } from './text/fill.ts';
import { REACTIONS } from './focus-group-talk.ts';

const TITLES: Partial<Record<ThemeId, string[]>> = {
  tourism: ['Is it just me or is the centre unbearable this summer?', 'Another cruise ship day. {street} was packed at 9am', 'Council wants even MORE visitors?!', 'Airbnb in {hood}: our street lost five families', 'Honest question: what do tourists still bring us locals?', 'Tourist tax for day-trippers, yes or no?', 'Light festival crowds & local life'],
  housing: ['Apartment under €1,000: is it hopeless?', 'Rent went up again, anyone else?'],
  culture_events: ['Best concerts this month?', 'Anything fun to do on a Sunday that is not full of tourists?'],
  mobility: ['Bus 1 delays again', 'New bike lanes on the Kruisvest: thoughts?'],
  governance: ['Did anyone go to the participation evening at the town hall?', 'Council budget: millions for city marketing'],
  city_image: ['New city campaign video just dropped', 'What do you love about living here?'],
};

const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';
function rid(rng: Rng, n = 7): string {
  let s = '';
  for (let i = 0; i < n; i++) s += B36[rng.int(0, 35)];
  return s;
}

/** Reddit's JSON still escapes &, < and > in bodies and titles. */
function legacyEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Ctx = { rng: Rng; city: CityProfile; ledger: Ledger; postId: string; slug: string; authors: string[] };

function comment(c: Ctx, theme: ThemeId, ms: number, parent: string, depth: number, parentText: string): Record<string, unknown> {
  const { rng, city } = c;
  const id = rid(rng);
  const author = rng.pick(c.authors);
  let body: string;
  let own = '';
  if (rng.chance(0.04)) body = '[deleted]';
  else if (depth > 0 && rng.chance(0.15)) body = rng.pick(REACTIONS);
  else {
    const op = drawOpinion(rng, city.name, 'resident', ms, rng.chance(0.7) ? theme : undefined);
    const lang: Lang = rng.chance(0.2) && canSay('nl', op) ? 'nl' : 'en';
    own = say({ city, rng, date: ms }, lang, op, 'forum', 'resident');
    c.ledger.push({ city: city.name, source: 'social', group: 'resident', date: ms, theme: op.theme, polarity: op.polarity, lang, text: own });
    const quote = depth > 0 && parentText && rng.chance(0.2) ? `> ${parentText.split(/(?<=[.!?])\s/)[0]}\n\n` : '';
    body = quote + (rng.chance(0.1) ? `**${own}**` : own);
  }
  const ts = Math.floor(ms / 1000);
  const kids = depth < 4 && rng.chance(0.45 - depth * 0.1) ? rng.int(1, 3) : 0;
  const replies = Array.from({ length: kids }, () => comment(c, theme, clampToPeriod(ms + rng.int(300, 20000) * 1000), `t1_${id}`, depth + 1, own));
  const score = rng.int(-3, 40);
  return {
    kind: 't1',
    data: {
      subreddit_id: 't5_2r8lh', subreddit: city.slug, author_flair_text: null, author, body: legacyEscape(body), edited: false, gilded: 0,
      link_id: `t3_${c.postId}`, parent_id: parent, id, name: `t1_${id}`, score, ups: score, downs: 0, depth,
      is_submitter: false, stickied: false, collapsed: false, controversiality: score < 0 ? 1 : 0, created: ts, created_utc: ts,
      permalink: `/r/${city.slug}/comments/${c.postId}/${c.slug}/${id}/`, subreddit_name_prefixed: `r/${city.slug}`,
      replies: replies.length ? { kind: 'Listing', data: { modhash: '', dist: null, children: replies, after: null, before: null } } : '',
    },
  };
}

/** Builds `count` threads spread over the period: [file name, JSON text] pairs. */
export function buildRedditThreads(rng: Rng, city: CityProfile, count: number, ledger: Ledger): [string, string][] {
  const authors = Array.from({ length: 80 }, () => fakeHandle(rng, city).replace(/^the/, 'The_'));
  return Array.from({ length: count }, (_, i) => {
    const theme = rng.weighted({ tourism: 5, housing: 1.5, culture_events: 1, mobility: 1, governance: 1, city_image: 0.5 }) as ThemeId;
    const ms = atTime(((i + rng.next()) / count) * PERIOD_DAYS - 2, rng.int(7, 22) * 3600);
    const title = fill(rng.pick(TITLES[theme] ?? ['Thoughts?']), { city, rng, date: ms });
    const postId = rid(rng, 6);
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 50);
    const c: Ctx = { rng, city, ledger, postId, slug, authors };
    const op = drawOpinion(rng, city.name, 'resident', ms, theme);
    const selftext = rng.chance(0.85) ? say({ city, rng, date: ms }, 'en', op, 'forum', 'resident') + rng.pick(['', ' What do you think?', ' Am I the only one?', ' Curious how others feel.']) : '';
    if (selftext) ledger.push({ city: city.name, source: 'social', group: 'resident', date: ms, theme: op.theme, polarity: op.polarity, lang: 'en', text: selftext });
    const top = rng.int(6, 14);
    const children: Record<string, unknown>[] = Array.from({ length: top }, () => comment(c, theme, clampToPeriod(ms + rng.int(600, 36 * 3600) * 1000), `t3_${postId}`, 0, selftext));
    if (rng.chance(0.6)) {
      const ids = Array.from({ length: rng.int(2, 9) }, () => rid(rng));
      children.push({ kind: 'more', data: { count: ids.length, name: `t1_${ids[0]}`, id: ids[0], parent_id: `t3_${postId}`, depth: 0, children: ids } });
    }
    const ts = Math.floor(ms / 1000);
    const score = rng.int(5, 250);
    const post = {
      kind: 't3',
      data: {
        subreddit: city.slug, selftext: legacyEscape(selftext), author: rng.pick(authors), title: legacyEscape(title), name: `t3_${postId}`, id: postId,
        subreddit_name_prefixed: `r/${city.slug}`, score, ups: score, downs: 0, upvote_ratio: Number((0.6 + rng.next() * 0.38).toFixed(2)),
        num_comments: JSON.stringify(children).split('"kind":"t1"').length - 1, is_self: true, over_18: false, link_flair_text: rng.pick(['Discussion', 'Question', 'Rant', null]),
        created: ts, created_utc: ts, permalink: `/r/${city.slug}/comments/${postId}/${slug}/`, url: `https://www.reddit.com/r/${city.slug}/comments/${postId}/${slug}/`, domain: `self.${city.slug}`,
      },
    };
    const listing = (kids: unknown[], dist: number | null) => ({ kind: 'Listing', data: { modhash: '', dist, children: kids, after: null, before: null } });
    return [`social/${city.slug}-reddit-${postId}.json`, JSON.stringify([listing([post], 1), listing(children, null)])];
  });
}
