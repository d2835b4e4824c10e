/** Whole-text formats: focus-group notes and brand texts (plain or Markdown). */
import { basename } from 'node:path';
import type { RawDoc } from '../types.ts';
import { readBrandMarkdown, readBrandText } from './brand.ts';
import { readSessions } from './focus-group.ts';
import type { FormatReader, Opened, ReaderContext } from './session.ts';

/** Reads the whole file as text (these files are small: notes, transcripts, brand copy). */
export async function wholeText(ctx: ReaderContext): Promise<string> {
  let text = '';
  for await (const chunk of ctx.src.text(ctx.encoding)) text += chunk;
  return text;
}

/** A file title from its name: "havenstad-brand-book.md" → "havenstad brand book". */
export function titleFromName(fileName: string): string {
  return basename(fileName).replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
}

/** Wraps ready documents as an Opened whose records are those documents. */
export function fromDocs(format: string, source: Opened['source'], docs: RawDoc[], dropped: string[] = []): Opened {
  return {
    format,
    source,
    dropped,
    records: (async function* () {
      yield* docs;
    })(),
  };
}

/** Focus-group / interview notes as text or Markdown. */
export const readFocusGroupText: FormatReader = async (ctx) => {
  const text = await wholeText(ctx);
  const docs = readSessions(text, { city: ctx.opts.city, group: ctx.opts.group, pseudonymize: ctx.opts.pseudonymize });
  return fromDocs(ctx.format, 'focus-group', docs);
};

/** Brand copy as text or Markdown. */
export const readBrandFile: FormatReader = async (ctx) => {
  const text = await wholeText(ctx);
  const defaults = { city: ctx.opts.city, title: titleFromName(ctx.fileName) };
  const docs = ctx.format === 'brand-markdown' ? readBrandMarkdown(text, defaults) : readBrandText(text, defaults);
  return fromDocs(ctx.format, 'brand', docs);
};
