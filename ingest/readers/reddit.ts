/** Reddit: thread/listing JSON (t3 posts, t1 comments, nested replies, `more` stubs) and Pushshift NDJSON. */
import type { RawDoc, RawPart } from '../types.ts';
import { markdownInline } from './brand.ts';
import { toIsoDate } from './dates.ts';
import { jsonLines, readJsonDocument } from './json-input.ts';
import { locate, type FormatReader, type ReadOptions, type Yielded } from './session.ts';
import { decodeEntities, handleFn, hasOwnWords, listAttr, maskMentions, mentions, type HandleFn } from './social-common.ts';

type Thing = { kind?: string; data?: Record<string, unknown> };
const GONE = /^\[(deleted|removed)\]$/;

/** Author fields beyond the handle; never read. */
export const REDDIT_DROPPED = ['author_fullname', 'author_flair_text', 'user_reports', 'mod_reports'];

/** Reddit thread or listing JSON (the whole file is one JSON value). */
export const readReddit: FormatReader = async (ctx) => {
  const value = await readJsonDocument(ctx.src, ctx.encoding);
  const handle = handleFn(ctx.opts.keepHandles, ctx.opts.pseudonymize);
  return { format: 'reddit-json', source: 'social', dropped: REDDIT_DROPPED, records: walk(value, handle, ctx.opts) };
};

/** Pushshift dumps: one submission or comment object per line. */
export const readPushshift: FormatReader = async (ctx) => {
  const handle = handleFn(ctx.opts.keepHandles, ctx.opts.pseudonymize);
  async function* records(): AsyncGenerator<Yielded> {
    for await (const { value, line } of jsonLines(ctx.src, ctx.encoding, ctx.opts.sample)) {
      const thing = value as Thing & Record<string, unknown>;
      const data = thing.data && thing.kind ? thing.data : (thing as Record<string, unknown>);
      yield locate(thingDoc('body' in data ? 't1' : 't3', data, handle, ctx.opts), `line ${line}`);
    }
  }
  return { format: 'pushshift-ndjson', source: 'social', dropped: REDDIT_DROPPED, records: records() };
};

async function* walk(value: unknown, handle: HandleFn, opts: ReadOptions): AsyncGenerator<Yielded> {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.shift();
    if (Array.isArray(node)) { stack.unshift(...node); continue; }
    if (!node || typeof node !== 'object') continue;
    const thing = node as Thing;
    if (thing.kind === 'Listing') { stack.unshift(...(((thing.data?.children as unknown[]) ?? []))); continue; }
    // `more` stubs only point at comments the API did not send: not records.
    if (thing.kind !== 't1' && thing.kind !== 't3') continue;
    const data = thing.data ?? {};
    yield thingDoc(thing.kind, data, handle, opts);
    if (data.replies && typeof data.replies === 'object') stack.unshift(data.replies);
  }
}

/** Reddit Markdown → text: entities decoded, quoted lines (others' words) and markup removed. */
export function redditText(raw: string): string {
  const text = decodeEntities(raw).split('\n').filter((l) => !/^\s*>/.test(l)).join('\n');
  return markdownInline(text.replace(/\[\]\([^)]*\)/g, '')).replace(/ {2,}\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** One submission (t3) or comment (t1) → a document, or a skip. */
export function thingDoc(kind: string, d: Record<string, unknown>, handle: HandleFn, opts: ReadOptions): Yielded {
  const parts: RawPart[] = [];
  const pieces = kind === 't3' ? [d.title, d.selftext] : [d.body];
  if (pieces.some((p) => p !== undefined && p !== null && typeof p !== 'string')) return { skip: 'text is not a string' };
  for (const piece of pieces as (string | undefined)[]) {
    if (!piece || GONE.test(piece.trim())) continue;
    const text = redditText(piece);
    if (hasOwnWords(text)) parts.push({ text });
  }
  if (parts.length === 0) return { skip: 'deleted, empty or no words of its own' };
  const attrs: RawDoc['attrs'] = { platform: 'reddit', kind: kind === 't3' ? 'post' : 'comment' };
  if (typeof d.subreddit === 'string') attrs.subreddit = d.subreddit;
  if (typeof d.score === 'number') attrs.score = d.score;
  if (typeof d.num_comments === 'number') attrs.replies = d.num_comments;
  if (typeof d.depth === 'number') attrs.depth = d.depth;
  if (typeof d.parent_id === 'string') attrs.parent = d.parent_id;
  const allText = parts.map((p) => p.text).join('\n');
  listAttr(attrs, 'mentions', mentions(allText).map(handle));
  for (const p of parts) p.text = maskMentions(p.text, handle);
  const id = typeof d.name === 'string' ? d.name : typeof d.id === 'string' ? `${kind}_${d.id}` : null;
  const doc: RawDoc = { externalId: id, group: opts.group ?? 'unknown', attrs, parts };
  if (opts.city) doc.city = opts.city;
  const date = toIsoDate(d.created_utc ?? d.created);
  if (date) doc.date = date;
  if (typeof d.author === 'string' && !GONE.test(d.author)) doc.author = handle(d.author);
  return doc;
}
