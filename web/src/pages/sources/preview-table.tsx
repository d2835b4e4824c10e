/** What the server read from the head of the file: format, questions, first records, problems. */
import { fmtInt } from '../../format/intl.ts';
import { GROUP_LABEL, SOURCE_LABEL } from '../../format/labels.ts';
import { FirstRows } from './first-rows.tsx';
import type { UploadPreview } from '../../../../data/types.ts';

/** The detected format and the first records as the ingest would store them. */
export function PreviewTable({ p }: { p: UploadPreview }) {
  return (
    <div class="preview" data-preview>
      <p>
        Detected format <b data-format>{p.format}</b> · {SOURCE_LABEL[p.source]}
        {p.items.length > 0 && <> · {fmtInt(p.items.length)} closed questions</>}
        {p.dropped.length > 0 && (
          <>
            {' '}· personal-data columns dropped: <span class="muted">{p.dropped.join(', ')}</span>
          </>
        )}
      </p>
      {p.errors.length > 0 && <ErrorList errors={p.errors} title="Problems in the first part of the file" />}
      {p.needsMapping && (
        <p class="mapping-needed" data-needs-mapping>
          This is a plain table in no export layout brandgap knows: say below what each column holds. The roles are guessed from the first rows.
        </p>
      )}
      <FirstRows p={p} />
      {p.documents.length > 0 && (
        <div class="table-scroll">
          <table class="data-table preview-records">
            <caption class="sr-only">The first {p.documents.length} records</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Group</th>
                <th scope="col">Date</th>
                <th scope="col">Text</th>
                <th scope="col">Closed answers</th>
              </tr>
            </thead>
            <tbody>
              {p.documents.map((d, i) => (
                <tr>
                  <td>{i + 1}</td>
                  <td>{d.group ? GROUP_LABEL[d.group] : '–'}</td>
                  <td>{d.date?.slice(0, 10) ?? '–'}</td>
                  <td class="preview-text">
                    {d.parts.length === 0 && <span class="muted">no open text</span>}
                    {d.parts.map((part) => (
                      <p>
                        {(part.speaker || part.question) && <span class="muted">{part.speaker ?? part.question}: </span>}
                        {part.text}
                      </p>
                    ))}
                  </td>
                  <td class="num">{fmtInt(d.answers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** Row-level errors ("line 14: …"), capped so a broken file does not flood the page. */
export function ErrorList({ errors, title }: { errors: { where: string; message: string }[]; title: string }) {
  const shown = errors.slice(0, 20);
  return (
    <div class="error-list" role="alert" data-errors={errors.length}>
      <p>
        <b>{title}</b> ({fmtInt(errors.length)})
      </p>
      <ul>
        {shown.map((e) => (
          <li>
            <code>{e.where}</code> {e.message}
          </li>
        ))}
      </ul>
      {errors.length > shown.length && <p class="muted small">…and {fmtInt(errors.length - shown.length)} more.</p>}
    </div>
  );
}
