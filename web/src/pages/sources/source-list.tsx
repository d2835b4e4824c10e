/** The ingested files with their counts, and deletion behind an inline confirmation. */
import { useState } from 'preact/hooks';
import { deleteSource, type SourceRow } from '../../api/use-sources.ts';
import { fmtDay, fmtInt } from '../../format/intl.ts';
import { SOURCE_LABEL } from '../../format/labels.ts';
import type { SourceKind } from '../../../../data/types.ts';

type Props = { rows: SourceRow[]; canDelete: boolean; onDeleted: () => void };

/** A table of sources, newest last; "Delete" asks again before removing a file's documents. */
export function SourceList({ rows, canDelete, onDeleted }: Props) {
  const [confirm, setConfirm] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async (id: number) => {
    setBusy(true);
    setError(null);
    try {
      await deleteSource(id);
      setConfirm(null);
      onDeleted();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (rows.length === 0) return <p class="muted">No files yet for this city.</p>;
  return (
    <>
      {error && <p class="form-error" role="alert">Could not delete: {error}</p>}
      <div class="table-scroll">
        <table class="data-table source-table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">City</th>
              <th scope="col">Source</th>
              <th scope="col">Format</th>
              <th scope="col" class="num">Documents</th>
              <th scope="col" class="num">Segments</th>
              <th scope="col">Added</th>
              {canDelete && <th scope="col"><span class="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr data-source-id={r.id} data-file={r.file_name}>
                <th scope="row" class="file-name">{r.file_name}</th>
                <td>{r.city}</td>
                <td>{SOURCE_LABEL[r.kind as SourceKind] ?? r.kind}</td>
                <td class="muted">{r.format}</td>
                <td class="num" data-documents>{fmtInt(r.documents)}</td>
                <td class="num">{fmtInt(r.segments)}</td>
                <td class="muted">
                  {fmtDay(r.created_at)}
                  {r.created_by ? ` · ${r.created_by}` : ''}
                </td>
                {canDelete && (
                  <td class="actions">
                    {confirm === r.id ? (
                      <span class="confirm" role="group" aria-label={`Confirm deleting ${r.file_name}`}>
                        <span class="small">Delete {fmtInt(r.documents)} documents?</span>{' '}
                        <button type="button" class="tool danger" disabled={busy} onClick={() => remove(r.id)} data-confirm-delete>
                          Delete
                        </button>{' '}
                        <button type="button" class="tool" disabled={busy} onClick={() => setConfirm(null)}>
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <button type="button" class="tool" onClick={() => setConfirm(r.id)} aria-label={`Delete ${r.file_name}`} data-delete>
                        Delete…
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
