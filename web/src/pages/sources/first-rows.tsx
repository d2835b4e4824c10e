/** The first rows of a table file as they are in the file, before any mapping. */
import type { UploadPreview } from '../../../../data/types.ts';

const CELL_MAX = 80;

const cut = (s: string) => (s.length > CELL_MAX ? `${s.slice(0, CELL_MAX - 1)}…` : s);

/** A plain grid of the header and the first rows (up to 10) the server read. */
export function FirstRows({ p }: { p: UploadPreview }) {
  if (!p.rows.length || !p.columns.length) return null;
  return (
    <details class="first-rows" open={p.documents.length === 0} data-first-rows>
      <summary>
        The first {p.rows.length} rows{p.sheet ? ` of sheet “${p.sheet}”` : ''}, as in the file
      </summary>
      <div class="table-scroll">
        <table class="data-table first-rows-table">
          <thead>
            <tr>
              {p.columns.map((c) => <th scope="col">{c.name || <span class="muted">(no header)</span>}</th>)}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                {r.map((v) => <td title={v.length > CELL_MAX ? v : undefined}>{cut(v)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
