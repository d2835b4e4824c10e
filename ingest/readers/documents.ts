/** Office documents: DOCX (streamed XML) as focus-group notes or brand text, PDF text (unpdf) as brand text. */
import { readFile } from 'node:fs/promises';
import { READ_LIMITS } from '../../data/limits.ts';
import { readBrandText } from './brand.ts';
import { docxText } from './docx-text.ts';
import { FileRejected, reject } from './errors.ts';
import { readSessions } from './focus-group.ts';
import { fromDocs, titleFromName } from './notes.ts';
import { checkPdfStreams } from './pdf-streams.ts';
import type { FormatReader } from './session.ts';
import { looksLikeTurns } from './turns.ts';

/** DOCX: speaker turns make it a focus-group session, anything else is brand text. */
export const readDocx: FormatReader = async (ctx) => {
  let text: string;
  try {
    text = await docxText(ctx.src.path, ctx.opts.limits ?? READ_LIMITS);
  } catch (err) {
    if (err instanceof FileRejected) throw err;
    throw reject('file', `not a readable DOCX file: ${(err as Error).message}`);
  }
  ctx.src.bytes = ctx.src.size;
  const wantsNotes = ctx.format === 'focus-group-docx' || (ctx.format !== 'brand-docx' && looksLikeTurns(text));
  if (wantsNotes) {
    const docs = readSessions(text, { city: ctx.opts.city, group: ctx.opts.group, pseudonymize: ctx.opts.pseudonymize });
    return fromDocs('focus-group-docx', 'focus-group', docs);
  }
  return fromDocs('brand-docx', 'brand', readBrandText(text, { city: ctx.opts.city, title: titleFromName(ctx.fileName) }));
};

/** PDF: the text layer, lines joined into paragraphs at sentence ends. Scanned PDFs have none. */
export const readPdf: FormatReader = async (ctx) => {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let text: string;
  try {
    const bytes = new Uint8Array(await readFile(ctx.src.path));
    checkPdfStreams(bytes, (ctx.opts.limits ?? READ_LIMITS).maxExpandedBytes);
    const pdf = await getDocumentProxy(bytes);
    text = (await extractText(pdf, { mergePages: true })).text;
  } catch (err) {
    if (err instanceof FileRejected) throw err;
    throw reject('file', `not a readable PDF: ${(err as Error).message}`);
  }
  ctx.src.bytes = ctx.src.size;
  if (!/[\p{L}\p{N}]/u.test(text)) throw reject('page 1', 'the PDF has no text layer (a scan?): nothing to read');
  // PDF text comes line by line; a line ending a sentence ends a paragraph.
  const paragraphs = text.replace(/-\n(?=\p{Ll})/gu, '').replace(/([.!?:])\s*\n/g, '$1\n\n');
  return fromDocs('brand-pdf', 'brand', readBrandText(paragraphs, { city: ctx.opts.city, title: titleFromName(ctx.fileName) }));
};
