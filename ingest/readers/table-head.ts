/**
 * The head of a table file for the column mapping: header, first rows, the sheets of a workbook
 * and a guessed role per column (open text, Likert, date, group...), from the first rows only.
 */
import { Readable } from 'node:stream';
import type { ColumnGuess, PreviewColumn, UploadPreview } from '../../data/types.ts';
import ExcelJS from 'exceljs';
import { newProfile, observe, parseNumber } from './column-profile.ts';
import { csvRows, sniffDelimiter } from './csv-rows.ts';
import { toIsoDate } from './dates.ts';
import { decodeAll } from './decode.ts';
import { classify } from './survey-classify.ts';
import { cellText, loadWorksheet } from './xlsx-rows.ts';

/** The table part of an upload preview. */
export type TableHead = Pick<UploadPreview, 'columns' | 'rows' | 'sheets' | 'sheet'>;

/** Data rows returned with the header. */
export const HEAD_ROWS = 10;
const EMPTY: TableHead = { columns: [], rows: [], sheets: [], sheet: null };

/** Whether the bytes are a ZIP container (XLSX, DOCX). */
export const isZip = (b: Uint8Array) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The head of a CSV/TSV or XLSX file (`sheet`: name or 1-based index; default the first). */
export async function tableHead(bytes: Uint8Array, sheet?: string): Promise<TableHead> {
  const read = isZip(bytes) ? await xlsxHead(bytes, sheet) : { ...await csvHead(bytes), sheets: [], sheet: null };
  const [header = [], ...rows] = read.rows;
  if (header.filter((h) => h.trim()).length < 2) return { ...EMPTY, sheets: read.sheets, sheet: read.sheet };
  const width = header.length;
  const body = rows.slice(0, HEAD_ROWS).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const columns = header.map((name, i) => {
    const values = body.map((r) => r[i]);
    return { name: name.trim(), samples: values.filter((v) => v.trim()).slice(0, 4), guess: guessColumn(name, values) };
  });
  return { columns, rows: body, sheets: read.sheets, sheet: read.sheet };
}

/**
 * The first rows of one worksheet: a whole workbook read in memory (the streaming reader's temp
 * files, see ingest/readers/xlsx-rows.ts), else streamed, since a workbook cut at the preview size
 * still yields its head.
 */
async function xlsxHead(bytes: Uint8Array, sheet?: string): Promise<{ rows: string[][]; sheets: string[]; sheet: string | null }> {
  try {
    const whole = await loadWorksheet(bytes, sheet);
    return { rows: whole.rows.slice(0, HEAD_ROWS + 1).map((r) => r.fields), sheets: whole.sheets, sheet: whole.sheet };
  } catch {
    // the head of a large workbook is no complete zip: stream what it holds
  }
  const sheets: string[] = [];
  const rows: string[][] = [];
  let chosen: string | null = null;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache', worksheets: 'emit', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name?: string }).name ?? `Sheet${sheets.length + 1}`;
      sheets.push(name);
      const wanted = sheet ? sheet === name || sheet === String(sheets.length) : sheets.length === 1;
      if (wanted) chosen = name;
      for await (const row of ws) {
        // exceljs rows are sparse and 1-based: Array.from turns holes into empty cells
        if (wanted && rows.length <= HEAD_ROWS) rows.push(Array.from(((row.values as unknown[]) ?? []).slice(1), cellText));
      }
    }
  } catch {
    // the head of a large workbook ends mid-entry: keep the sheets and rows read before it
  }
  return { rows, sheets, sheet: chosen };
}

/** Characters of a delimited file read for its head (the upload preview holds ~1 MB of bytes). */
const HEAD_CHARS = 200_000;

/**
 * Header and first rows of a delimited text file, through ingest's own CSV tokenizer and delimiter
 * sniffing, so the preview splits columns exactly as the ingest will (empty for anything else).
 */
async function csvHead(bytes: Uint8Array): Promise<{ rows: string[][] }> {
  let text: string;
  try {
    text = decodeAll(bytes).text.slice(0, HEAD_CHARS);
  } catch {
    return { rows: [] };
  }
  const rows: string[][] = [];
  try {
    // sample: the head may stop inside a quoted field; that last record is dropped, not an error
    for await (const r of csvRows(once(text), sniffDelimiter(text), true)) {
      rows.push(r.fields);
      if (rows.length > HEAD_ROWS) break;
    }
  } catch {
    return { rows: [] };
  }
  return { rows };
}

async function* once(text: string): AsyncGenerator<string> { yield text; }

const DATE_NAME = /date|datum|time|created|submitted|timestamp/i;
const ID_NAME = /^(id|respondent|respondent.?id|response.?id|record.?id|#)$/i;
const PERSONAL_NAME = /e-?mail|phone|telefoon|ip.?address|first.?name|last.?name|full.?name|latitude|longitude|recipient/i;

/** A short value that reads as a date or date-time (free text can fool a lenient date parser). */
const looksDate = (v: string) => v.length <= 32 && /\d/.test(v) && /[-/.T:]/.test(v) && toIsoDate(v, true) !== undefined;

/** A role from the column's name and values, with the ingest's own survey classifier at its core. */
export function guessColumn(rawName: string, values: string[]): ColumnGuess {
  const name = rawName.trim();
  const filled = values.map((v) => v.trim()).filter(Boolean);
  if (ID_NAME.test(name)) return 'id';
  if (PERSONAL_NAME.test(name)) return 'drop';
  if (filled.length === 0) return 'ignore';
  if (filled.every(looksDate) || (DATE_NAME.test(name) && filled.some(looksDate))) return 'date';
  const profile = newProfile();
  for (const v of values) observe(profile, v, ',');
  const kind = classify({ index: 0, key: name, text: name, role: 'question' }, profile, ',').final;
  if (kind === 'nps' || kind === 'text' || kind === 'likert' || kind === 'group' || kind === 'drop' || kind === 'attr' || kind === 'multi') return kind;
  const nums = filled.map(parseNumber);
  const ints = nums.every((n) => n !== null && Number.isInteger(n)) ? (nums as number[]) : null;
  // 1, 2, 3, ...: a running number, not answers
  if (ints && ints.length >= 3 && ints.every((n, i) => i === 0 || n === ints[i - 1] + 1)) return 'id';
  // a small integer range (1–5, 1–7) is a rating scale even when the header does not say so
  if (ints && new Set(ints).size >= 2 && Math.min(...ints) >= 0 && Math.max(...ints) <= 7) return 'likert';
  if (kind === 'numeric' || kind === 'single') return kind;
  return 'ignore';
}
