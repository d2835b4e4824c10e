/** Rows of the first (or a named) worksheet of an XLSX file; exceljs only for the upload preview's in-memory head. */
import ExcelJS from 'exceljs';
import { READ_LIMITS, type ReadLimits } from '../../data/limits.ts';
import type { ByteSource } from './byte-source.ts';
import type { Row } from './survey-engine.ts';
import { openXlsx } from './xlsx-stream.ts';

/** A cell value as text: rich text joined, formulas by their cached result, dates as ISO. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().replace('.000Z', 'Z');
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: string; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o || 'formula' in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
  }
  return '';
}

/**
 * A workbook read whole, in memory (no temp files): its sheet names and the rows of one sheet
 * (name or 1-based index; default the first). Throws when the bytes are no complete workbook.
 */
export async function loadWorksheet(bytes: Uint8Array, sheet?: string): Promise<{ sheets: string[]; sheet: string | null; rows: Row[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes)) as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((w, i) => w.name || `Sheet${i + 1}`);
  const index = sheet ? sheets.findIndex((name, i) => sheet === name || sheet === String(i + 1)) : 0;
  const rows: Row[] = [];
  workbook.worksheets[index]?.eachRow((row, number) => {
    // exceljs rows are sparse and 1-based: Array.from turns holes into empty cells
    rows.push({ fields: Array.from(((row.values as unknown[]) ?? []).slice(1), cellText), row: number });
  });
  return { sheets, sheet: sheets[index] ?? null, rows };
}

/**
 * Restartable rows of a worksheet (1-based sheet index or name; default the first), streamed
 * from the file's XML (xlsx-stream.ts) under the read limits.
 */
export function xlsxRows(src: ByteSource, sheet?: string, limits: ReadLimits = READ_LIMITS): () => AsyncIterable<Row> {
  return async function* () {
    src.bytes = 0;
    yield* (await openXlsx(src.path, limits, sheet)).rows;
    src.bytes = src.size;
  };
}
