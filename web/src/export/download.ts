/** Table rows to CSV and files to the user's disk. */
import type { TableSpec } from '../charts/types.ts';

function cell(v: string | number | boolean | null | undefined): string {
  if (v == null) return '';
  const s = String(v);
  // Quote per RFC 4180; a leading = + - @ is prefixed so spreadsheets do not run it as a formula.
  const safe = typeof v === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV text with raw (unformatted, dot-decimal) values and a header row. */
export function toCsv(table: TableSpec): string {
  const head = table.columns.map((c) => cell(c.label)).join(',');
  const body = table.rows.map((r) => table.columns.map((c) => cell(r[c.key])).join(','));
  return [head, ...body].join('\r\n') + '\r\n';
}

/** Saves `href` (a data: or blob: URL) as `name`. */
export function downloadHref(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Saves the table as a UTF-8 CSV file (with BOM, so Excel reads accents right). */
export function downloadCsv(name: string, table: TableSpec): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  downloadHref(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name stem from parts, safe on every OS: ["Zürich", "net by group"] → "zurich-net-by-group". */
export function fileStem(parts: (string | null | undefined)[]): string {
  const base = parts
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return base || 'brandgap';
}
