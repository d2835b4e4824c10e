/** X (Twitter) API v2 as saved by twarc2: one response page per line ({data, includes.users, meta}). */
import type { RawDoc } from '../types.ts';
import { headText } from './detect.ts';
import { jsonRecords } from './json-input.ts';
import { locate, type FormatReader, type ReadOptions, type ReaderContext, type Yielded } from './session.ts';
import { decodeEntities, handleFn, hashtags, hasOwnWords, listAttr, maskMentions, mentions, platformLanguage } from './social-common.ts';

type Tweet = {
  id?: string; text?: unknown; author_id?: string; created_at?: string; lang?: string; conversation_id?: string;
  referenced_tweets?: { type: string; id: string }[];
  public_metrics?: { like_count?: number; retweet_count?: number; reply_count?: number; quote_count?: number; impression_count?: number };
};
type Page = { data?: Tweet[] | Tweet; includes?: { users?: { id: string; username?: string }[] } };

/** User profile fields twarc saves next to tweets; never read. */
export const X_DROPPED = ['includes.users.name', 'includes.users.description', 'includes.users.location', 'includes.places', 'geo'];

/** Reads twarc2 JSONL pages (or one v2 tweet object per line). */
export const readXApi: FormatReader = async (ctx) => ({
  format: 'x-api-v2',
  source: 'social',
  dropped: X_DROPPED,
  records: pages(ctx),
});

async function* pages(ctx: ReaderContext): AsyncGenerator<Yielded> {
  const handle = handleFn(ctx.opts.keepHandles, ctx.opts.pseudonymize);
  for await (const { value, line } of jsonRecords(ctx.src, ctx.encoding, headText(ctx.head), ctx.opts.sample)) {
    const page = value as Page;
    if (!page || typeof page !== 'object') { yield { skip: 'not an object' }; continue; }
    const users = new Map((page.includes?.users ?? []).map((u) => [u.id, u.username ?? u.id]));
    const tweets = Array.isArray(page.data) ? page.data : page.data ? [page.data] : 'text' in page ? [page as Tweet] : [];
    for (const t of tweets) yield line ? locate(tweetDoc(t, users, handle, ctx.opts), `line ${line}`) : tweetDoc(t, users, handle, ctx.opts);
  }
}

/** One tweet → a document, or a skip for retweets and posts without words of their own. */
export function tweetDoc(t: Tweet, users: Map<string, string>, handle: (h: string) => string, opts: ReadOptions): Yielded {
  if (typeof t.text !== 'string') return { skip: 'text is not a string' };
  const refs = t.referenced_tweets ?? [];
  if (refs.some((r) => r.type === 'retweeted') || /^RT @\w+:/.test(t.text)) return { skip: 'retweet' };
  const text = decodeEntities(t.text);
  if (!hasOwnWords(text)) return { skip: 'no words of its own' };
  const attrs: RawDoc['attrs'] = { platform: 'x' };
  const m = t.public_metrics ?? {};
  if (m.like_count !== undefined) attrs.likes = m.like_count;
  if (m.retweet_count !== undefined) attrs.reposts = m.retweet_count;
  if (m.reply_count !== undefined) attrs.replies = m.reply_count;
  if (m.quote_count !== undefined) attrs.quotes = m.quote_count;
  const kind = refs.find((r) => r.type === 'quoted') ? 'quote' : refs.find((r) => r.type === 'replied_to') ? 'reply' : 'post';
  attrs.kind = kind;
  listAttr(attrs, 'hashtags', hashtags(text));
  listAttr(attrs, 'mentions', mentions(text).map(handle));
  const doc: RawDoc = { externalId: t.id ?? null, group: opts.group ?? 'unknown', attrs, parts: [{ text: maskMentions(text, handle) }] };
  if (opts.city) doc.city = opts.city;
  if (t.created_at) doc.date = t.created_at.replace('.000Z', 'Z');
  const lang = platformLanguage(t.lang);
  if (lang) doc.language = lang;
  const author = t.author_id ? users.get(t.author_id) ?? t.author_id : undefined;
  if (author) doc.author = handle(author);
  return doc;
}
