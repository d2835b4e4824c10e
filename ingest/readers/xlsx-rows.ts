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

/** Restartable rows of a worksheet (1-based sheet index or name; default the first). */
export function xlsxRows(src: ByteSource, sheet?: string): () => AsyncIterable<Row> {
  return async function* () {
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
