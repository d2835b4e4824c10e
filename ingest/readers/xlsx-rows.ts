/** Rows of the first (or a named) worksheet of an XLSX file, streamed with exceljs. */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ByteSource } from './byte-source.ts';
import type { Row } from './survey-engine.ts';

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
 * Workbooks up to this size are read whole, in memory. exceljs's streaming reader writes every
 * worksheet that comes before the shared strings in the zip to a temp file and reads it back; under
 * load one such file was gone when read back (ENOENT thrown outside any promise, which stops a
 * server). Survey exports are far smaller; only larger workbooks stream.
 */
export const IN_MEMORY_XLSX_BYTES = 64 * 2 ** 20;

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

/** Restartable rows of a worksheet (1-based sheet index or name; default the first). */
export function xlsxRows(src: ByteSource, sheet?: string): () => AsyncIterable<Row> {
  return async function* () {
    if (src.size <= IN_MEMORY_XLSX_BYTES) {
      const parts: Buffer[] = [];
      for await (const chunk of src.chunks()) parts.push(chunk);
      yield* (await loadWorksheet(Buffer.concat(parts), sheet)).rows;
      return;
    }
    // Fed from the byte source so the progress bar moves while the workbook streams.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(src.chunks()), { sharedStrings: 'cache', worksheets: 'emit', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
    let index = 0;
    for await (const ws of reader) {
      index++;
      const name = (ws as unknown as { name?: string }).name;
      if (sheet && sheet !== String(index) && sheet !== name) continue;
      for await (const row of ws) {
        const values = (row.values as unknown[]) ?? [];
        // exceljs rows are 1-based: values[0] is always empty.
        yield { fields: values.slice(1).map(cellText), row: row.number };
      }
      return;
    }
  };
}
