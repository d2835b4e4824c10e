/** Hostile upload files, built at run time (never committed): each exceeds one configured cap. */
import { createWriteStream, writeFileSync } from 'node:fs';
import { deflateSync, strToU8, zipSync } from 'fflate';

/** A seeded pseudo-random generator (mulberry32), so every run builds the same bytes. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = ['harbour', 'tram', 'rent', 'museum', 'friendly', 'expensive', 'rain', 'bikes', 'festival', 'permit', 'queue', 'lovely', 'the', 'and', 'is', 'very'];

/** Paragraphs of plausible text: compresses about as well as real prose in XML (about 10–15:1). */
function paragraph(rnd: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ') + '.';
}

/** A DOCX whose word/document.xml is `xmlMb` MB of many ordinary paragraphs; returns its compression ratio. */
export function writeBigDocx(path: string, xmlMb: number): number {
  const rnd = random(17);
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'];
  let size = parts[0].length;
  while (size < xmlMb * 2 ** 20) {
    const p = `<w:p><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${paragraph(rnd, 14)}</w:t></w:r></w:p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</w:body></w:document>');
  const xml = strToU8(parts.join(''));
  const zip = zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    'word/document.xml': xml,
  }, { level: 6 });
  writeFileSync(path, zip);
  return xml.length / zip.length;
}

/** A social CSV whose second record holds one quoted field of `fieldMb` MB. */
export async function writeOneFieldCsv(path: string, fieldMb: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('id,created_at,username,text,lang\n1,2025-03-01T10:00:00Z,someone,"');
  const chunk = 'the harbour is lovely and the rent is high '.repeat(24_000);
  for (let n = 0; n < fieldMb * 2 ** 20; n += chunk.length) out.write(chunk);
  out.end('",en\n');
  await new Promise<void>((resolve) => out.on('finish', () => resolve()));
}

/** A small PDF with one Flate content stream that inflates `mb` MB of spaces (about 1000:1). */
export function writePdfStreamBomb(path: string, mb: number): number {
  const stream = Buffer.from(deflateSync(new Uint8Array(mb * 2 ** 20).fill(0x20), { level: 9 }));
  // zlib framing, as PDF's FlateDecode expects: header, raw deflate, Adler-32 of the spaces
  const zlib = Buffer.concat([Buffer.from([0x78, 0xda]), stream, adler32Spaces(mb * 2 ** 20)]);
  const body = [
    '%PDF-1.4\n',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n',
    `4 0 obj << /Length ${zlib.length} /Filter /FlateDecode >>\nstream\n`,
  ].join('');
  const file = Buffer.concat([Buffer.from(body, 'latin1'), zlib, Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')]);
  writeFileSync(path, file);
  return (mb * 2 ** 20) / file.length;
}

function adler32Spaces(n: number): Buffer {
  let a = 1;
  let b = 0;
  for (let i = 0; i < n; i++) { a = (a + 0x20) % 65521; b = (b + a) % 65521; }
  const out = Buffer.alloc(4);
  out.writeUInt32BE(((b << 16) | a) >>> 0);
  return out;
}

/** An XLSX (generic survey table) whose one worksheet is `xmlMb` MB of XML. */
export function writeBigXlsx(path: string, xmlMb: number): number {
  const rnd = random(23);
  const rows: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>comment</t></is></c></row>'];
  let size = 0;
  for (let r = 2; size < xmlMb * 2 ** 20; r++) {
    const row = `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>${paragraph(rnd, 12)}</t></is></c></row>`;
    rows.push(row);
    size += row.length;
  }
  const sheet = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`);
  const zip = zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': sheet,
  }, { level: 6 });
  writeFileSync(path, zip);
  return sheet.length / zip.length;
}

/** One JSON document (not NDJSON) of `mb` MB of small posts: parsing it whole needs several times its size. */
export async function writeBigJsonDocument(path: string, mb: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('[');
  const rnd = random(31);
  let size = 0;
  for (let i = 0; size < mb * 2 ** 20; i++) {
    const post = `${i ? ',' : ''}{"id":"${i}","created_at":"2025-03-01T10:00:00Z","text":"${paragraph(rnd, 6)}","lang":"en","n":[${i},${i + 1},${i + 2}]}\n`;
    size += post.length;
    if (!out.write(post)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end(']');
  await new Promise<void>((resolve) => out.on('finish', () => resolve()));
}
