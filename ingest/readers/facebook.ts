/** Facebook "Download your information" JSON: posts and comments, with the export's mojibake repaired. */
import type { RawDoc } from '../types.ts';
import { toIsoDate } from './dates.ts';
import { readJsonDocument } from './json-input.ts';
import type { FormatReader, ReadOptions, Yielded } from './session.ts';
import { handleFn, hashtags, hasOwnWords, listAttr, type HandleFn } from './social-common.ts';

type Entry = { timestamp?: number; data?: { post?: unknown; comment?: { comment?: unknown; author?: string; timestamp?: number } }[]; title?: string; attachments?: unknown[]; tags?: unknown[] };

/** Fields of the export that name people or places; never read. */
export const FACEBOOK_DROPPED = ['title', 'author', 'tags', 'attachments.place', 'attachments.external_context'];

/**
 * Facebook writes UTF-8 bytes as if each were a Latin-1 character ("CafÃ©" for "Café").
 * Re-reading such a string's code units as bytes gives back the text; other strings stay as they are.
 */
export function repairMojibake(s: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const fixed = Buffer.from(s, 'latin1').toString('utf8');
  return fixed.includes('\uFFFD') ? s : fixed;
}

/** Reads posts (`[ … ]`, `status_updates_v2`, posts in groups `group_posts_v2`) and comments (`comments_v2`). */
export const readFacebook: FormatReader = async (ctx) => {
  const value = await readJsonDocument(ctx.src, ctx.encoding);
  const handle = handleFn(ctx.opts.keepHandles, ctx.opts.pseudonymize);
  const o = value as Record<string, unknown>;
  const entries = (Array.isArray(value) ? value : (o.status_updates_v2 ?? o.status_updates ?? o.group_posts_v2 ?? o.group_posts ?? o.comments_v2 ?? o.comments ?? o.posts ?? [])) as Entry[];
  async function* records(): AsyncGenerator<Yielded> {
    for (const e of entries) yield entryDoc(e, handle, ctx.opts);
  }
  return { format: 'facebook-json', source: 'social', dropped: FACEBOOK_DROPPED, records: records() };
};

function entryDoc(e: Entry, handle: HandleFn, opts: ReadOptions): Yielded {
  if (!e || typeof e !== 'object') return { skip: 'not an object' };
  const comment = e.data?.find((d) => d.comment)?.comment;
  const raw = comment ? comment.comment : e.data?.find((d) => d.post !== undefined)?.post;
  if (raw === undefined) return { skip: 'no text (shared link, photo or check-in only)' };
  if (typeof raw !== 'string') return { skip: 'text is not a string' };
  const text = repairMojibake(raw).trim();
  if (!hasOwnWords(text)) return { skip: 'no words of its own' };
  const attrs: RawDoc['attrs'] = { platform: 'facebook', kind: comment ? 'comment' : 'post' };
  listAttr(attrs, 'hashtags', hashtags(text));
  if (Array.isArray(e.attachments) && e.attachments.length) attrs.attachments = e.attachments.length;
  const doc: RawDoc = { externalId: null, group: opts.group ?? 'unknown', attrs, parts: [{ text }] };
  if (opts.city) doc.city = opts.city;
  const date = toIsoDate(comment?.timestamp ?? e.timestamp);
  if (date) doc.date = date;
  if (comment?.author) doc.author = handle(repairMojibake(comment.author));
  return doc;
}
