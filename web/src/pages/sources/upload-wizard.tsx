/** The upload wizard: choose a file → check the preview → describe it (and map columns) → upload → summary. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { startUpload, type UploadFields, type UploadView } from '../../api/uploads.ts';
import { ColumnMapping } from './column-mapping.tsx';
import { DropZone } from './drop-zone.tsx';
import { draftFor, draftProblems, toMapping, type MappingDraft } from './mapping-model.ts';
import type { UploadPreview } from '../../../../data/types.ts';
import { previewFile } from './preview-request.ts';
import { PreviewTable } from './preview-table.tsx';
import { SheetPicker } from './sheet-picker.tsx';
import { UploadFieldsForm } from './upload-fields.tsx';
import { UploadStatus, useUploadJob } from './upload-status.tsx';

type Props = { city: string | null; cities: string[]; disabled: boolean; onFinished: (v: UploadView) => void };

/** Formats read column by column, where the mapping is what makes sense of the file. */
const MAPPED = new Set(['generic-csv', 'generic-xlsx']);

/** The whole wizard; every step stays visible so the user can go back and change a choice. */
export function UploadWizard({ city, cities, disabled, onFinished }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState<UploadFields>({ city: city ?? '' });
  const [preview, setPreview] = useState<UploadPreview | null>(null);
  const [sheet, setSheet] = useState('');
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [mapOn, setMapOn] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const job = useUploadJob(jobId, onFinished);
  const mapping = useMemo(() => (mapOn && draft && draftProblems(draft).length === 0 ? JSON.stringify(toMapping(draft)) : ''), [mapOn, draft]);

  // The preview follows the file, a forced format and the mapping; a newer request aborts the older one.
  useEffect(() => {
    if (!file || disabled) return;
    const ctrl = new AbortController();
    const t = window.setTimeout(() => {
      previewFile(file, { format: fields.format, mapping, sheet }, ctrl.signal).then(
        (p) => {
          setPreview(p);
          setPreviewError(null);
          // a generic table: its kind is asked, with the guess preselected
          if (p.needsSource && p.guessedSource) setFields((f) => (f.source ? f : { ...f, source: p.guessedSource! }));
          if (!draft && p.columns.length) {
            setDraft(draftFor(p.columns, p.sheets.length > 1 ? p.sheet : null));
            if (MAPPED.has(p.format) || p.needsMapping || p.errors.some((e) => /mapping/i.test(e.message))) setMapOn(true);
          }
        },
        (err: Error) => err.name !== 'AbortError' && setPreviewError(err.message),
      );
    }, 250);
    return () => {
      ctrl.abort();
      window.clearTimeout(t);
    };
  }, [file, fields.format, mapping, sheet, disabled]);

  // Another worksheet has other columns: the mapping starts again from its guesses.
  const chooseSheet = (name: string) => {
    setSheet(name);
    setDraft(null);
    setPreview(null);
    if (preview && name !== preview.sheets[0]) setMapOn(true); // only a mapped read picks a sheet
  };

  const choose = (f: File) => {
    setFile(f);
    setPreview(null);
    setPreviewError(null);
    setDraft(null);
    setSheet('');
    setMapOn(false);
    setJobId(null);
    setSendError(null);
  };

  const mappingBroken = mapOn && draft !== null && draftProblems(draft).length > 0;
  const cityMissing = !fields.city?.trim() && !(mapOn && draft && Object.values(draft.roles).includes('city'));
  const running = job.view?.status === 'queued' || job.view?.status === 'running' || (jobId !== null && !job.view);
  const canSend = !!file && !disabled && !sending && !running && !cityMissing && !mappingBroken && !!preview;

  const send = async () => {
    if (!file) return;
    setSending(true);
    setSendError(null);
    try {
      const r = await startUpload(file, { ...fields, city: fields.city?.trim(), mapping: mapOn ? mapping : undefined });
      setJobId(r.id);
    } catch (err) {
      setSendError((err as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <section class="card wizard" aria-labelledby="wizard-title" data-wizard>
      <h2 id="wizard-title" class="card-title">Upload a file</h2>
      <ol class="wizard-steps">
        <li>
          <h3>1. Choose the file</h3>
          <DropZone file={file} disabled={disabled} onFile={choose} />
        </li>
        {file && (
          <li>
            <h3>2. Check what brandgap reads</h3>
            {!preview && !previewError && <p class="muted" aria-busy="true">Reading the first {file.size > 512 * 1024 ? '512 KB' : 'part'} of the file…</p>}
            {previewError && <p class="form-error" role="alert">The preview failed: {previewError}</p>}
            {preview && preview.sheets.length > 1 && (
              <SheetPicker sheets={preview.sheets} value={preview.sheet ?? preview.sheets[0]} onChange={chooseSheet} disabled={disabled} />
            )}
            {preview && <PreviewTable p={preview} />}
            {preview && preview.columns.length > 0 && (
              <label class="check">
                <input type="checkbox" checked={mapOn} onChange={(e) => setMapOn(e.currentTarget.checked)} /> Map the columns myself
              </label>
            )}
            {mapOn && draft && preview && <ColumnMapping columns={preview.columns} draft={draft} onChange={setDraft} disabled={disabled} />}
          </li>
        )}
        {file && (
          <li>
            <h3>3. Describe it and upload</h3>
            {preview?.needsSource && (
              <p class="muted small" data-source-question>
                Which kind of source is this? <strong>{preview.guessedSource}</strong> is preselected as a guess: {preview.sourceReason}. Change “Source” if it is something else.
              </p>
            )}
            <UploadFieldsForm fields={fields} cities={cities} detected={preview?.format ?? null} onChange={setFields} disabled={disabled || running} />
            <div class="wizard-actions">
              <button type="button" class="button primary" disabled={!canSend} onClick={send} data-start-upload>
                {sending ? 'Sending…' : 'Upload and analyse'}
              </button>
              {cityMissing && <span class="muted small">Name the city first.</span>}
            </div>
            {sendError && <p class="form-error" role="alert">{sendError}</p>}
            {job.error && <p class="form-error" role="alert">Lost track of the upload: {job.error.message}</p>}
            {job.view && <UploadStatus view={job.view} />}
          </li>
        )}
      </ol>
    </section>
  );
}
