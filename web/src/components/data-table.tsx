/** A chart's numbers as an accessible table, formatted for the reader's locale. */
import type { CellFormat, TableSpec } from '../charts/types.ts';
import { fmtDecimal, fmtInt, fmtShare, fmtSigned } from '../format/intl.ts';

/** Formats one raw table value for display. */
export function formatCell(v: string | number | boolean | null | undefined, format: CellFormat = 'text'): string {
  if (v == null) return '–';
  if (typeof v === 'boolean') return v ? '⚠ yes' : '';
  if (typeof v === 'string') return v;
  switch (format) {
    case 'int': return fmtInt(v);
    case 'signed': return fmtSigned(v);
    case 'share': return fmtShare(v);
    case 'decimal': return fmtDecimal(v);
    default: return String(v);
  }
}

/** Renders `table` with a caption; numeric columns right-aligned with tabular numerals. */
export function DataTable({ table, caption }: { table: TableSpec; caption: string }) {
  const numeric = (f?: CellFormat) => f !== undefined && f !== 'text';
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th scope="col" class={numeric(c.format) ? 'num' : undefined}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr class={r.low_n === true ? 'low-n' : undefined}>
              {table.columns.map((c, i) =>
                i === 0 ? (
                  <th scope="row">{formatCell(r[c.key], c.format)}</th>
                ) : (
                  <td class={numeric(c.format) ? 'num' : undefined}>{formatCell(r[c.key], c.format)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
