/** Follows an upload job (polling `GET /api/uploads/:id`) and shows its progress, then its summary. */
import { useEffect, useState } from 'preact/hooks';
import { getUpload, type UploadView } from '../../api/uploads.ts';
import { fmtInt } from '../../format/intl.ts';
import { ErrorList } from './preview-table.tsx';

const POLL_MS = 600;
/** Consecutive failed status requests before the view stops asking (about a minute of retries). */
const MAX_POLL_FAILURES = 7;

/** The job's latest state; polls until it is stored, rejected or failed, then calls onDone once. */
export function useUploadJob(id: string | null, onDone: (v: UploadView) => void): { view: UploadView | null; error: Error | null } {
  const [view, setView] = useState<UploadView | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    setView(null);
    setError(null);
    if (!id) return;
    const ctrl = new AbortController();
    let timer = 0;
    let failures = 0;
    const tick = async () => {
      try {
        const v = await getUpload(id, ctrl.signal);
        failures = 0;
        setError(null);
        setView(v);
        if (v.status === 'queued' || v.status === 'running') timer = window.setTimeout(tick, POLL_MS);
        else onDone(v);
      } catch (err) {
        if ((err as Error).name === 'AbortError') return;
        setError(err as Error);
        // the job goes on in the server whatever happened to one request: keep asking, more slowly
        if (++failures < MAX_POLL_FAILURES) timer = window.setTimeout(tick, POLL_MS * 2 ** failures);
      }
    };
    tick();
    return () => {
      ctrl.abort();
      window.clearTimeout(timer);
    };
  }, [id]);
  return { view, error };
}

/** Progress while the job runs; the ingest summary (or what went wrong) once it is done. */
export function UploadStatus({ view }: { view: UploadView }) {
  const running = view.status === 'queued' || view.status === 'running';
  const p = view.progress;
  const s = view.summary;
  return (
    <div class={`upload-status status-${view.status}`} data-upload-status={view.status} aria-live="polite">
      {running && (
        <>
          <p>
            {view.status === 'queued' ? 'Waiting for the previous upload to finish…' : `Reading and analysing ${view.file}…`}
            {p && <> {fmtInt(p.records)} records so far{p.postsPerSecond ? <>, {fmtInt(p.postsPerSecond)} a second</> : null}.</>}
          </p>
          {p?.parts ? <PartsLine done={p.partsDone ?? 0} parts={p.parts} started={p.records > 0} /> : null}
          <progress max={p?.total ?? undefined} value={p?.total ? p.bytes : undefined} aria-label="Upload progress" />
        </>
      )}
      {view.status === 'stored' && s && (
        <>
          <p class="status-title">
            <span aria-hidden="true">✓</span> Stored <b>{view.file}</b>{s.city ? <> for {s.city}</> : null}
          </p>
          <dl class="summary" data-summary>
            <div><dt>Documents</dt><dd data-documents>{fmtInt(s.documents)}</dd></div>
            <div><dt>Segments</dt><dd data-segments>{fmtInt(s.segments)}</dd></div>
            <div><dt>Skipped</dt><dd>{fmtInt(s.skipped)}</dd></div>
            <div><dt>Duplicates</dt><dd>{fmtInt(s.duplicates)}</dd></div>
            <div><dt>Format</dt><dd>{s.format ?? '–'}</dd></div>
          </dl>
          {s.dropped.length > 0 && <p class="muted small">Personal-data columns dropped: {s.dropped.join(', ')}</p>}
        </>
      )}
      {view.status === 'unchanged' && (
        <p class="status-title">
          <span aria-hidden="true">=</span> <b>{view.file}</b> was read without problems: {view.note ?? 'nothing new'}.
        </p>
      )}
      {view.status === 'rejected' && (
        <>
          <p class="status-title">
            <span aria-hidden="true">✕</span> <b>{view.file}</b> was refused: nothing of it was stored. Fix these rows and upload it again.
          </p>
          {s && <ErrorList errors={s.errors} title="Problems found" />}
        </>
      )}
      {view.status === 'failed' && (
        <p class="status-title" role="alert">
          <span aria-hidden="true">✕</span> The upload failed: {view.error ?? 'unknown error'}. Nothing was stored.
        </p>
      )}
    </div>
  );
}

/** The queue path (BRANDGAP_REDIS_URL): how many of the file's parts the workers have staged. */
function PartsLine({ done, parts, started }: { done: number; parts: number; started: boolean }) {
  return (
    <p class="muted small" data-upload-parts>
      {started || done
        ? <>Parts staged by the workers: <b>{fmtInt(done)}</b> of {fmtInt(parts)}.</>
        : <>Waiting for a worker to take its {parts === 1 ? 'part' : `${fmtInt(parts)} parts`} (<code>npm run worker</code>).</>}
    </p>
  );
}
