/** Mastodon statuses (REST API JSON array, or one status per line): HTML content → text. */
import type { RawDoc } from '../types.ts';
import { toIsoDate } from './dates.ts';
import { headText } from './detect.ts';
import { jsonRecords } from './json-input.ts';
import type { FormatReader, ReadOptions, Yielded } from './session.ts';
import { handleFn, hasOwnWords, htmlToText, listAttr, maskMentions, platformLanguage, type HandleFn } from './social-common.ts';

type Status = {
  id?: string; uri?: string; created_at?: string; language?: string | null; content?: unknown; spoiler_text?: string;
  reblog?: unknown; in_reply_to_id?: string | null;
  account?: { acct?: string; username?: string };
  mentions?: { acct?: string; username?: string }[];
  tags?: { name?: string }[];
  favourites_count?: number; reblogs_count?: number; replies_count?: number;
};

/** Account fields that describe a person; never read. */
export const MASTODON_DROPPED = ['account.display_name', 'account.note', 'account.avatar', 'account.header', 'account.fields', 'account.url'];

/** Reads a JSON array of statuses, or NDJSON statuses. */
export const readMastodon: FormatReader = async (ctx) => {
  const handle = handleFn(ctx.opts.keepHandles, ctx.opts.pseudonymize);
  async function* records(): AsyncGenerator<Yielded> {
    for await (const { value } of jsonRecords(ctx.src, ctx.encoding, headText(ctx.head), ctx.opts.sample)) yield statusDoc(value as Status, handle, ctx.opts);
  }
  return { format: 'mastodon-json', source: 'social', dropped: MASTODON_DROPPED, records: records() };
};

/** One status → a document; reblogs and statuses without words of their own are skipped. */
export function statusDoc(s: Status, handle: HandleFn, opts: ReadOptions): Yielded {
  if (!s || typeof s !== 'object') return { skip: 'not an object' };
  if (s.reblog) return { skip: 'reblog' };
  if (typeof s.content !== 'string') return { skip: 'text is not a string' };
  const text = htmlToText(s.content);
  if (!hasOwnWords(text)) return { skip: 'no words of its own' };
  // In the HTML a mention shows the local name (@anna); the mention list gives the full acct.
  const accts = new Map((s.mentions ?? []).map((m) => [(m.username ?? '').toLowerCase(), m.acct ?? m.username ?? '']));
  const resolve = (h: string) => accts.get(h.toLowerCase()) ?? h;
  const attrs: RawDoc['attrs'] = { platform: 'mastodon', kind: s.in_reply_to_id ? 'reply' : 'post' };
  if (typeof s.favourites_count === 'number') attrs.likes = s.favourites_count;
  if (typeof s.reblogs_count === 'number') attrs.reposts = s.reblogs_count;
  if (typeof s.replies_count === 'number') attrs.replies = s.replies_count;
  listAttr(attrs, 'hashtags', (s.tags ?? []).map((t) => (t.name ?? '').toLowerCase()).filter(Boolean));
  listAttr(attrs, 'mentions', [...new Set((s.mentions ?? []).map((m) => handle(m.acct ?? m.username ?? '')))]);
  if (s.spoiler_text) attrs.contentWarning = s.spoiler_text;
  const doc: RawDoc = { externalId: s.uri ?? s.id ?? null, group: opts.group ?? 'unknown', attrs, parts: [{ text: maskMentions(text, handle, resolve) }] };
  if (opts.city) doc.city = opts.city;
  const date = toIsoDate(s.created_at);
  if (date) doc.date = date;
  const lang = platformLanguage(s.language);
  if (lang) doc.language = lang;
  const acct = s.account?.acct ?? s.account?.username;
  if (acct) doc.author = handle(acct);
  return doc;
}
