/** Serialises tweets as twarc2 saves X API v2 search results: one response page (≤ 100 tweets) per line. */
import type { CityProfile } from './cities.ts';
import type { Speaker } from './audience.ts';
import { isoTime, PERIOD_END } from './calendar.ts';
import type { Rng } from './rng.ts';

export type Account = { id: string; username: string; name: string; location: string; description: string; group: Speaker; weight: number };
export type Tweet = {
  ms: number; author: Account; text: string; lang: string; mentions: string[];
  metrics: { retweet_count: number; reply_count: number; like_count: number; quote_count: number };
  ref?: { type: 'retweeted' | 'quoted' | 'replied_to'; to: Tweet };
  id?: string;
};

const TWITTER_EPOCH = 1288834974657n;

/** A snowflake id for a moment: ids grow with time, as the real ones do. */
function snowflake(ms: number, seq: number): string {
  return ((BigInt(ms) - TWITTER_EPOCH) << 22n | BigInt(seq & 0x3fffff)).toString();
}

/** Hashtag entities with code-point offsets, as the API reports them. */
function hashtags(text: string): { start: number; end: number; tag: string }[] {
  const cps = Array.from(text);
  const out: { start: number; end: number; tag: string }[] = [];
  const re = /#([\p{L}\p{N}_]+)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = Array.from(text.slice(0, m.index)).length;
    out.push({ start, end: start + 1 + Array.from(m[1]).length, tag: m[1] });
  }
  return cps.length ? out : [];
}

function tweetJson(t: Tweet, byName: Map<string, Account>): Record<string, unknown> {
  const tags = hashtags(t.text);
  const mentions = t.mentions.map((username) => {
    const start = Array.from(t.text.slice(0, Math.max(0, t.text.indexOf(`@${username}`)))).length;
    return { start, end: start + 1 + username.length, username, id: byName.get(username)?.id ?? '0' };
  });
  const entities: Record<string, unknown> = {};
  if (tags.length) entities.hashtags = tags;
  if (mentions.length) entities.mentions = mentions;
  return {
    author_id: t.author.id,
    text: t.text,
    ...(Object.keys(entities).length ? { entities } : {}),
    ...(t.ref ? { referenced_tweets: [{ type: t.ref.type, id: t.ref.to.id }] } : {}),
    ...(t.ref?.type === 'replied_to' ? { in_reply_to_user_id: t.ref.to.author.id } : {}),
    conversation_id: t.ref?.type === 'replied_to' ? t.ref.to.id : t.id,
    reply_settings: 'everyone',
    possibly_sensitive: false,
    public_metrics: t.metrics,
    lang: t.lang,
    id: t.id,
    created_at: isoTime(t.ms),
  };
}

/** All tweets as JSONL pages, newest first like the search endpoint returns them. */
export function twarcPages(rng: Rng, city: CityProfile, tweets: Tweet[]): string {
  tweets.sort((a, b) => a.ms - b.ms);
  tweets.forEach((t, i) => { t.id = snowflake(t.ms, i * 37 + rng.int(0, 36)); });
  const byName = new Map(tweets.map((t) => [t.author.username, t.author]));
  const newestFirst = tweets.slice().reverse();
  const lines: string[] = [];
  const query = encodeURIComponent(`#${city.name} OR ${city.name} lang:en OR lang:nl OR lang:de`);
  for (let i = 0; i < newestFirst.length; i += 100) {
    const page = newestFirst.slice(i, i + 100);
    const users = [...new Map(page.flatMap((t) => [t.author, ...t.mentions.map((m) => byName.get(m)).filter((a): a is Account => !!a)]).map((a) => [a.id, a])).values()];
    const last = i + 100 >= newestFirst.length;
    lines.push(JSON.stringify({
      data: page.map((t) => tweetJson(t, byName)),
      includes: { users: users.map((u) => ({ id: u.id, username: u.username, name: u.name, location: u.location, description: u.description, verified: false, protected: false })) },
      meta: { newest_id: page[0].id, oldest_id: page[page.length - 1].id, result_count: page.length, ...(last ? {} : { next_token: `b26v89c19zqg8o3f${String(i / 100).padStart(4, '0')}${rng.int(100000, 999999)}` }) },
      __twarc: { url: `https://api.twitter.com/2/tweets/search/all?query=${query}&max_results=100&tweet.fields=author_id%2Ccreated_at%2Centities%2Clang%2Cpublic_metrics%2Creferenced_tweets`, version: '2.14.0', retrieved_at: isoTime(PERIOD_END + 3600_000).replace('.000Z', '+00:00') },
    }));
  }
  return lines.join('\n') + '\n';
}
