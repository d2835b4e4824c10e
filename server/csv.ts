/** CSV writing that spreadsheets cannot turn into formulas. */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: strings that a spreadsheet would run as a formula get a leading apostrophe. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = typeof v === 'string' ? v : JSON.stringify(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of flat objects as CSV with a header of every key seen, CRLF line ends (RFC 4180). */
export function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
