/** Brand texts (plain text, Markdown, or text extracted from DOCX/PDF): paragraphs as parts. */
import type { RawDoc } from '../types.ts';
import { toIsoDate } from './dates.ts';
import { locatePart } from './session.ts';

export type BrandDefaults = { city?: string; title?: string; date?: string };

/** Plain text: one document, one part per paragraph (blank-line separated, soft wraps joined). */
export function readBrandText(text: string, opts: BrandDefaults): RawDoc[] {
  const parts: { text: string }[] = [];
  let current: string[] = [];
  let start = 0;
  const flush = () => {
    const p = current.join(' ');
    // each part remembers its first line, for a refusal that points at it
    if (/[\p{L}\p{N}]/u.test(p)) parts.push(locatePart({ text: p }, `line ${start}`));
    current = [];
  };
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') { flush(); return; }
    if (current.length === 0) start = i + 1;
    current.push(line);
  });
  flush();
  return parts.length ? [brandDoc(parts, opts, opts.title)] : [];
}

/** Markdown: one document per top-level `#` section when there are several, else one. */
export function readBrandMarkdown(md: string, opts: BrandDefaults): RawDoc[] {
  const front = md.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  // a front-matter `date:` (or `published:`) is the publication date of the file's texts
  const dated = front?.[1].match(/^(?:date|published|publication_date|datum)\s*:\s*["']?([^"'\r\n]+)/im);
  const date = dated ? toIsoDate(dated[1].trim(), true) : undefined;
  if (date) opts = { ...opts, date };
  const body = md.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/<!--[\s\S]*?-->/g, '');
  const sections: { title?: string; lines: string[] }[] = [{ lines: [] }];
  for (const line of body.split(/\r\n|\n|\r/)) {
    const h1 = line.match(/^#\s+(.+?)\s*#*\s*$/);
    if (h1) sections.push({ title: h1[1], lines: [] });
    else sections[sections.length - 1].lines.push(line);
  }
  const titled = sections.filter((s) => s.title !== undefined);
  // Text before the first heading belongs to the first section (or is the whole doc).
  if (titled.length <= 1) {
    const lines = sections.flatMap((s) => s.lines);
    const parts = markdownParagraphs(lines);
    return parts.length ? [brandDoc(parts, opts, titled[0]?.title ?? opts.title)] : [];
  }
  titled[0].lines.unshift(...sections[0].lines);
  return titled
    .map((s) => ({ title: s.title, parts: markdownParagraphs(s.lines) }))
    .filter((s) => s.parts.length > 0)
    .map((s) => brandDoc(s.parts, opts, s.title, s.title));
}

function brandDoc(parts: { text: string }[], opts: BrandDefaults, title?: string, section?: string): RawDoc {
  const doc: RawDoc = { externalId: null, attrs: {}, parts };
  if (opts.city) doc.city = opts.city;
  if (opts.date) doc.date = opts.date;
  if (title) doc.attrs.title = stripInline(title);
  if (section) doc.attrs.section = stripInline(section);
  return doc;
}

/** Paragraphs, list items and sub-headings of Markdown lines, with inline markup removed. */
export function markdownParagraphs(lines: string[]): { text: string }[] {
  const out: string[] = [];
  let current: string[] = [];
  let fence = false;
  const flush = () => {
    const text = stripInline(current.join(' '));
    if (/[\p{L}\p{N}]/u.test(text)) out.push(text);
    current = [];
  };
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) { fence = !fence; flush(); continue; }
    if (fence) continue;
    const line = raw.trim().replace(/^>\s?/, '');
    if (line === '' || /^(-{3,}|\*{3,}|_{3,})$/.test(line) || /^\|?\s*:?-{3,}/.test(line)) { flush(); continue; }
    const heading = line.match(/^#{2,6}\s+(.+?)\s*#*$/);
    if (heading) { flush(); current.push(heading[1]); flush(); continue; }
    const item = line.match(/^([-*+]|\d+[.)])\s+(.*)$/);
    if (item) { flush(); current.push(item[2]); continue; }
    current.push(line);
  }
  flush();
  return out.map((text) => ({ text }));
}

/** Removes Markdown inline markup and collapses whitespace to single spaces. */
export function stripInline(text: string): string {
  return markdownInline(text).replace(/\s+/g, ' ').trim();
}

/** Removes Markdown inline markup: images, links (keeping their text), emphasis, code ticks. */
export function markdownInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?!\w)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}
