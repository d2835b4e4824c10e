/** The column mapping for generic CSV/XLSX files: one role per column, plus source, default group and date order. */
import { GROUP_LABEL } from '../../format/labels.ts';
import { draftProblems, ROLE_LABEL, type ColumnRole, type MappingDraft, type PreviewedColumn } from './mapping-model.ts';

type Props = { columns: PreviewedColumn[]; draft: MappingDraft; onChange: (d: MappingDraft) => void; disabled: boolean };

const ROLES = Object.keys(ROLE_LABEL) as ColumnRole[];

/** A table of columns with their sample values and a role picker each, preset to the guessed role. */
export function ColumnMapping({ columns, draft, onChange, disabled }: Props) {
  const problems = draftProblems(draft);
  const set = (patch: Partial<MappingDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset class="mapping" disabled={disabled} data-mapping>
      <legend>Column mapping</legend>
      <div class="mapping-options">
        <label class="field">
          <span>Each row is</span>
          <select value={draft.source} onChange={(e) => set({ source: e.currentTarget.value as MappingDraft['source'] })}>
            <option value="survey">a survey response</option>
            <option value="social">a social post</option>
          </select>
        </label>
        <label class="field">
          <span>Group when no column says</span>
          <select value={draft.defaultGroup} onChange={(e) => set({ defaultGroup: e.currentTarget.value as MappingDraft['defaultGroup'] })}>
            <option value="">Unknown</option>
            {(['resident', 'international', 'visitor'] as const).map((g) => (
              <option value={g}>{GROUP_LABEL[g]}</option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Dates are written</span>
          <select value={draft.dayFirst ? 'dmy' : 'mdy'} onChange={(e) => set({ dayFirst: e.currentTarget.value === 'dmy' })}>
            <option value="dmy">day first (31/12/2025)</option>
            <option value="mdy">month first (12/31/2025)</option>
          </select>
        </label>
      </div>
      <div class="table-scroll">
        <table class="data-table mapping-table">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Sample values</th>
              <th scope="col">Holds</th>
            </tr>
          </thead>
          <tbody>
            {columns.filter((c) => c.name).map((c, i) => (
              <tr data-mapping-column={c.name} data-guess={c.guess}>
                <th scope="row" id={`col-${i}`}>{c.name}</th>
                <td class="muted samples">{c.samples.slice(0, 3).join(' · ') || '–'}</td>
                <td>
                  <select
                    aria-labelledby={`col-${i}`}
                    data-column={c.name}
                    value={draft.roles[c.name] ?? 'ignore'}
                    onChange={(e) => set({ roles: { ...draft.roles, [c.name]: e.currentTarget.value as ColumnRole } })}
                  >
                    {ROLES.map((r) => (
                      <option value={r}>{ROLE_LABEL[r]}</option>
                    ))}
                  </select>
                  {c.guess && c.guess !== 'ignore' && draft.roles[c.name] === c.guess && <span class="guessed">guessed</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > 0 && (
        <ul class="form-error" role="status">
          {problems.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
