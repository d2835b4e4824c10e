/** Shared rules for posts: own words, hashtags, mentions, handle pseudonymisation, HTML to text. */
import { decode } from 'html-entities';

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const MENTION = /(^|[^\p{L}\p{N}_@/])@([A-Za-z0-9_]{1,50}(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?)/gu;
const HASHTAG = /(^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]+)/gu;

/** True when a post has words of its own once links, mentions and a retweet prefix are removed. */
export function hasOwnWords(text: string): boolean {
  const rest = text.replace(/^RT\s+/, '').replace(URL, ' ').replace(MENTION, '$1 ');
  return /[\p{L}\p{N}]/u.test(rest);
}

/** Hashtags without '#', in order of appearance, lower-cased and unique. */
export function hashtags(text: string): string[] {
  return [...new Set([...text.matchAll(HASHTAG)].map((m) => m[2].toLowerCase()))];
}

/** Handles mentioned in a text, without '@'. */
export function mentions(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((m) => m[2]))];
}

export type HandleFn = (handle: string) => string;

/** The handle function to use: identity with keepHandles, else the pipeline's keyed hash. */
export function handleFn(keepHandles: boolean | undefined, pseudonymize: HandleFn): HandleFn {
  return keepHandles ? (h) => h : (h) => pseudonymize(h.toLowerCase());
}

/** Replaces @mentions in a text with their pseudonyms, so no handle is stored in clear. */
export function maskMentions(text: string, handle: HandleFn, resolve: (h: string) => string = (h) => h): string {
  return text.replace(MENTION, (_m, pre: string, h: string) => `${pre}@${handle(resolve(h))}`);
}

/** Decodes HTML entities (&amp; &gt; &#39;) once. */
export function decodeEntities(text: string): string {
  return decode(text, { level: 'html5' });
}

/** Turns post HTML (Mastodon, Facebook) into plain text: paragraphs and line breaks kept, tags gone. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (m, href: string, inner: string) => (/class="[^"]*(mention|hashtag)/.test(m) ? inner : ` ${href} `))
    .replace(/<span class="invisible">[^<]*<\/span>/gi, '')
    .replace(/<span class="ellipsis">([^<]*)<\/span>/gi, '$1…')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text).replace(/[ \t]+\n/g, '\n').trim();
}

/** Adds list attributes as space-separated strings (attrs hold scalars only). */
export function listAttr(attrs: Record<string, string | number | boolean>, key: string, values: string[]): void {
  if (values.length > 0) attrs[key] = values.join(' ');
}

/** A platform language code, or undefined for "und"/missing. */
export function platformLanguage(lang: unknown): string | undefined {
  return typeof lang === 'string' && lang !== '' && lang !== 'und' && lang !== 'zxx' ? lang.toLowerCase() : undefined;
}
