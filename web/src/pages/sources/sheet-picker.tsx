/** The worksheet chooser for a workbook with several sheets. */

type Props = { sheets: string[]; value: string; onChange: (sheet: string) => void; disabled: boolean };

/** A labelled select of the workbook's sheets; the preview and the mapping follow the choice. */
export function SheetPicker({ sheets, value, onChange, disabled }: Props) {
  return (
    <label class="sheet-pick">
      <span>Sheet</span>
      <select data-sheet-picker value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {sheets.map((s) => (
          <option value={s}>{s}</option>
        ))}
      </select>
      <span class="muted small">This workbook has {sheets.length} sheets.</span>
    </label>
  );
}
