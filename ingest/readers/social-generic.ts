/** Social posts in generic shapes: CSV with a text column, JSON arrays and NDJSON of post objects. */
import type { RawDoc, RawPart } from '../types.ts';
import { csvRows, sniffDelimiter } from './csv-rows.ts';
import { toIsoDate } from './dates.ts';
import { headText } from './detect.ts';
import { groupFromText } from './groups.ts';
import { jsonLines, readJsonDocument } from './json-input.ts';
import { locate, type FormatReader, type ReadOptions, type Yielded } from './session.ts';
import { decodeEntities, handleFn, hashtags, hasOwnWords, htmlToText, listAttr, maskMentions, mentions, platformLanguage, type HandleFn } from './social-common.ts';

type Post = Record<string, unknown>;
const TEXT = ['full_text', 'text', 'body', 'content', 'message', 'post', 'tweet', 'comment', 'selftext', 'caption'];
const ID = ['id_str', 'id', 'post_id', 'tweet_id', 'status_id', 'comment_id', 'uri', 'url', 'permalink'];
const AUTHOR = ['username', 'screen_name', 'author', 'user', 'handle', 'user_name', 'user_screen_name', 'account', 'from'];
const DATE = ['created_at', 'date', 'timestamp', 'time', 'created', 'created_utc', 'published', 'posted_at', 'datetime'];
const COUNTS: Record<string, string[]> = {
  likes: ['like_count', 'likes', 'favorite_count', 'favourites_count', 'reactions', 'likes_count'],
  reposts: ['retweet_count', 'reposts', 'shares', 'reblogs_count', 'share_count', 'repost_count'],
  replies: ['reply_count', 'replies', 'replies_count', 'num_comments', 'comments_count'],
};
/** Personal fields that may sit next to posts in generic exports; never read, reported as dropped. */
const PERSONAL = /^(name|display_?name|full_?name|user_?name_?full|email|e-?mail|location|user_location|description|user_description|bio|profile|lat|lon|lng|latitude|longitude|geo|coordinates|place|ip|ip_?address|phone)$/i;

/** A post object → a document or a skip; nested `user`/`author`/`account` objects are looked into. */
export function postDoc(p: Post, handle: HandleFn, opts: ReadOptions, platform: string): Yielded {
  if (!p || typeof p !== 'object') return { skip: 'not an object' };
  if (p.retweeted_status || p.reblog || p.is_retweet === true || p.is_retweet === 'true' || /^(retweet|repost|reblog|share)$/i.test(String(p.type ?? ''))) {
    return { skip: 'repost' };
  }
  const textKey = TEXT.find((k) => k in p && p[k] !== null && p[k] !== '');
  const raw = textKey ? p[textKey] : undefined;
  if (typeof raw !== 'string') return { skip: raw === undefined ? 'no text' : 'text is not a string' };
  if (/^RT @\w+:/.test(raw)) return { skip: 'repost' };
  const body = /<(p|br|a|span|div)\b/i.test(raw) ? htmlToText(raw) : decodeEntities(raw);
  const parts: RawPart[] = [];
  if (typeof p.title === 'string' && p.title.trim() && textKey !== 'title') parts.push({ text: decodeEntities(p.title.trim()) });
  if (hasOwnWords(body)) parts.push({ text: body.trim() });
  if (parts.length === 0) return { skip: 'no words of its own' };
  const all = parts.map((x) => x.text).join('\n');
  const attrs: RawDoc['attrs'] = { platform };
  for (const [key, names] of Object.entries(COUNTS)) {
    const n = pick(p, names);
    const num = typeof n === 'number' ? n : typeof n === 'string' && /^\d+$/.test(n) ? Number(n) : null;
    if (num !== null) attrs[key] = num;
  }
  listAttr(attrs, 'hashtags', hashtags(all));
  listAttr(attrs, 'mentions', mentions(all).map(handle));
  for (const x of parts) x.text = maskMentions(x.text, handle);
  const id = pick(p, ID);
  const doc: RawDoc = { externalId: id === undefined || id === null || id === '' ? null : String(id), attrs, parts };
  const group = typeof p.group === 'string' ? groupFromText(p.group) : null;
  doc.group = group ?? opts.group ?? 'unknown';
  const city = typeof p.city === 'string' && p.city.trim() ? p.city.trim() : opts.city;
  if (city) doc.city = city;
  const date = toIsoDate(pick(p, DATE), true);
  if (date) doc.date = date;
  const lang = platformLanguage(p.lang ?? p.language);
  if (lang) doc.language = lang;
  const author = authorOf(p);
  if (author) doc.author = handle(author);
  return doc;
}

function pick(p: Post, keys: string[]): unknown {
  for (const k of keys) if (p[k] !== undefined && p[k] !== null && p[k] !== '') return p[k];
  return undefined;
}

function authorOf(p: Post): string | undefined {
  for (const k of AUTHOR) {
    const v = p[k];
    if (typeof v === 'string' && v.trim()) return v.trim().replace(/^@/, '');
    if (typeof v === 'number') return String(v);
    if (v && typeof v === 'object') {
      const o = v as Post;
      const inner = o.screen_name ?? o.username ?? o.acct ?? o.handle ?? o.id_str ?? o.id;
      if (typeof inner === 'string' || typeof inner === 'number') return String(inner);
    }
  }
  return undefined;
}

/** Personal fields present in a set of keys (for `dropped`). */
export function personalKeys(keys: Iterable<string>): string[] {
  return [...keys].filter((k) => PERSONAL.test(k));
}

/** Strips personal fields from a record before it is read further. */
function withoutPersonal(p: Post): Post {
  const out: Post = {};
  for (const [k, v] of Object.entries(p)) if (!PERSONAL.test(k)) out[k] = v;
  return out;
}

/** CSV with one post per row (header row names the fields). */
export const readSocialCsv: FormatReader = async (ctx) => {
  const handle = handleFn(ctx.opts.keepHandles, ctx.opts.pseudonymize);
  const delimiter = sniffDelimiter(headText(ctx.head));
  const header = headText(ctx.head).split(/\r?\n/, 1)[0].split(delimiter).map((h) => h.replace(/^"|"$/g, '').trim());
  async function* records(): AsyncGenerator<Yielded> {
    let names: string[] | null = null;
    for await (const r of csvRows(ctx.src.text(ctx.encoding), delimiter, ctx.opts.sample, ctx.src.maxRecordChars)) {
      if (!names) { names = r.fields.map((f) => f.trim().toLowerCase()); continue; }
      const post: Post = {};
      names.forEach((n, i) => { if (n && !PERSONAL.test(n)) post[n] = r.fields[i] ?? ''; });
      yield locate(postDoc(post, handle, ctx.opts, 'csv'), `row ${r.row} (line ${r.line})`);
    }
  }
  return { format: 'social-csv', source: 'social', dropped: personalKeys(header), emptyWhere: 'row 2', records: records() };
};

/** A JSON array of posts (or an object holding one), or NDJSON with one post per line. */
export const readSocialJson: FormatReader = async (ctx) => {
  const handle = handleFn(ctx.opts.keepHandles, ctx.opts.pseudonymize);
  // Shared with the session: fields are found while reading, so the list grows as records come.
  const dropped: string[] = [];
  const add = (k: string) => { if (!dropped.includes(k)) dropped.push(k); };
  const note = (p: Post) => {
    if (!p || typeof p !== 'object') return p;
    for (const k of personalKeys(Object.keys(p))) add(k);
    for (const k of ['user', 'author', 'account']) {
      const inner = p[k];
      if (inner && typeof inner === 'object') for (const sub of personalKeys(Object.keys(inner))) add(`${k}.${sub}`);
    }
    return p;
  };
  async function* records(): AsyncGenerator<Yielded> {
    if (ctx.format === 'social-ndjson') {
      for await (const { value, line } of jsonLines(ctx.src, ctx.encoding, ctx.opts.sample)) yield locate(postDoc(withoutPersonal(note(value as Post)), handle, ctx.opts, 'json'), `line ${line}`);
      return;
    }
    const value = await readJsonDocument(ctx.src, ctx.encoding);
    const list = Array.isArray(value) ? value : arrayIn(value as Post);
    for (const p of list) yield postDoc(withoutPersonal(note(p as Post)), handle, ctx.opts, 'json');
  }
  return { format: ctx.format, source: 'social', dropped, records: records() };
};

function arrayIn(o: Post): unknown[] {
  for (const k of ['data', 'posts', 'items', 'statuses', 'results', 'tweets', 'comments', 'records']) if (Array.isArray(o?.[k])) return o[k] as unknown[];
  return o ? [o] : [];
}
