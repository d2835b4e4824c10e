/**
 * The text of a DOCX's body, streamed: word/document.xml is inflated and SAX-parsed chunk by
 * chunk, so memory grows with the text kept, not with the XML. Output follows mammoth's raw
 * text (which this replaces): runs joined, tabs and breaks kept, each paragraph ended by a blank line.
 */
import { SaxesParser } from 'saxes';
import type { ReadLimits } from '../../data/limits.ts';
import { LIMIT_SETTINGS } from '../../data/limits.ts';
import { reject } from './errors.ts';
import { entryText, zipEntries } from './zip-entry.ts';

/** Paragraph texts of the document body (one string per `w:p`, empty paragraphs included). */
export async function docxText(path: string, limits: ReadLimits): Promise<string> {
  const entries = await zipEntries(path);
  const main = entries.get('word/document.xml');
  if (!main) throw reject('file', 'not a readable DOCX file: it has no word/document.xml');
  const budget = { used: 0, max: limits.maxExpandedBytes };
  const paragraphs: string[] = [];
  let paragraph = '';
  let inText = false;
  // mc:AlternateContent holds the same content twice: mammoth (and Word without the extension) read the fallback
  let choiceDepth = 0;
  let failed: Error | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'mc:Choice') choiceDepth++;
    if (choiceDepth) return;
    if (tag.name === 'w:t') inText = true;
    else if (tag.name === 'w:tab') paragraph += '\t';
    else if (tag.name === 'w:br' || tag.name === 'w:cr') paragraph += '\n';
  });
  parser.on('text', (t) => {
    if (!inText || choiceDepth) return;
    paragraph += t;
    if (paragraph.length > limits.maxRecordChars) {
      failed = reject(`paragraph ${paragraphs.length + 1}`, `a paragraph longer than ${Math.round(limits.maxRecordChars / 1024)} KB (${LIMIT_SETTINGS.maxRecordChars} raises it); nothing was stored`);
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'mc:Choice') { choiceDepth--; return; }
    if (choiceDepth) return;
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:p') { paragraphs.push(paragraph); paragraph = ''; }
  });
  parser.on('error', (err) => { failed ??= reject('file', `not a readable DOCX file: ${err.message}`); });
  for await (const chunk of entryText(path, main, budget)) {
    parser.write(chunk);
    if (failed) throw failed;
  }
  parser.close();
  if (failed) throw failed;
  return paragraphs.map((p) => `${p}\n\n`).join('');
}
