/** Drag a file here, or choose one: the first step of the upload wizard. */
import { useState } from 'preact/hooks';
import { fmtInt } from '../../format/intl.ts';

type Props = { file: File | null; disabled: boolean; onFile: (f: File) => void };

/** A drop target wrapping a real file input, so it works by keyboard and screen reader too. */
export function DropZone({ file, disabled, onFile }: Props) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer?.files?.[0];
    if (f && !disabled) onFile(f);
  };
  return (
    <div
      class={`drop-zone${over ? ' over' : ''}${disabled ? ' disabled' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-drop-zone
    >
      <p class="drop-title">{file ? file.name : 'Drop a file here'}</p>
      <p class="muted small">
        {file
          ? `${fmtInt(Math.ceil(file.size / 1024))} KB · drop or choose another to replace it`
          : 'Survey exports (Qualtrics, SurveyMonkey, Google Forms, LimeSurvey, CSV, XLSX), focus-group notes (TXT, DOCX, VTT, SRT), social posts (CSV, JSON), brand texts (TXT, DOCX, PDF)'}
      </p>
      <label class="button">
        Choose a file…
        <input
          type="file"
          class="sr-only"
          disabled={disabled}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) onFile(f);
            e.currentTarget.value = '';
          }}
        />
      </label>
    </div>
  );
}
