/** The model versions: the shipped model and each retrain, with Retrain, Activate and Roll back. */
import { useState } from 'preact/hooks';
import type { LanguageFigures, ModelJobView, ModelsResponse, ModelVersionView } from '../../../../data/types.ts';
import { startActivate, startRetrain, waitForJob } from '../../api/use-models.ts';
import { forget } from '../../api/response-cache.ts';
import { WriteNote } from '../../auth/write-note.tsx';
import { fmtDay, fmtInt, fmtN, fmtShare, languageName } from '../../format/intl.ts';

type Props = { m: ModelsResponse; canWrite: boolean; reason: string | null };

/** One job at a time: its phase while it runs, then the outcome. */
export function ModelVersions({ m, canWrite, reason }: Props) {
  const [job, setJob] = useState<ModelJobView | null>(m.job);
  const [error, setError] = useState<string | null>(null);
  const running = !!job && (job.status === 'queued' || job.status === 'running');
  const run = async (start: () => Promise<{ job: ModelJobView }>) => {
    setError(null);
    try {
      const { job: started } = await start();
      setJob(started);
      const end = await waitForJob(started.id, setJob);
      if (end.status === 'failed') setError(end.error ?? 'the job failed');
      forget(); // every figure may have moved: labels were re-annotated
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const latest = m.versions[0];
  return (
    <section class="card" data-card="models">
      <div class="card-head">
        <div>
          <h2 class="card-title">Model versions</h2>
          <p class="card-subtitle">Retrain adds this installation's corrections to the training texts (twice the weight of a corpus text); activating a version re-annotates every segment, corrected ones keep their correction</p>
        </div>
      </div>
      <WriteNote reason={reason} />
      <div class="model-actions">
        {canWrite && <button type="button" class="button" disabled={running} onClick={() => run(startRetrain)} data-retrain>Retrain with corrections</button>}
        {job && <span role="status" class="small" data-job-status={job.status}>{jobText(job)}</span>}
        {error && <span role="alert" class="form-error">{error}</span>}
      </div>
      {latest && <BeforeAfter v={latest} />}
      <div class="table-scroll">
        <table class="data-table versions-table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Trained</th>
              <th scope="col" class="num">Corrections</th>
              <th scope="col" class="num">Texts</th>
              <th scope="col">Cross-validated, per language</th>
              {canWrite && <th scope="col"><span class="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {m.versions.map((v) => (
              <tr data-version={v.version} class={v.active ? 'version-active' : undefined}>
                <th scope="row">{v.version} {v.active && <span class="badge">active</span>}<div class="muted small">{v.modelId}</div></th>
                <td>{fmtDay(v.createdAt)}{v.createdBy ? ` · ${v.createdBy}` : ''}</td>
                <td class="num">{fmtInt(v.corrections)}</td>
                <td class="num">{fmtInt(v.texts)}</td>
                <td class="small">{perLanguage(v.figures.crossValidated.after)}</td>
                {canWrite && <td>{!v.active && <button type="button" class="tool" disabled={running} onClick={() => run(() => startActivate(v.version))} data-activate={v.version}>{v.version < m.activeVersion ? 'Roll back' : 'Activate'}</button>}</td>}
              </tr>
            ))}
            <tr data-version="0" class={m.activeVersion === 0 ? 'version-active' : undefined}>
              <th scope="row">Shipped {m.activeVersion === 0 && <span class="badge">active</span>}<div class="muted small">{m.shipped?.modelId ?? 'lexicon only (no model built)'}</div></th>
              <td class="muted">with brandgap</td>
              <td class="num">0</td>
              <td class="num muted">–</td>
              <td class="small">{m.shipped?.crossValidated ? perLanguage(m.shipped.crossValidated) : '–'}</td>
              {canWrite && <td>{m.activeVersion !== 0 && <button type="button" class="tool" disabled={running} onClick={() => run(() => startActivate(0))} data-activate="0">Roll back</button>}</td>}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function jobText(j: ModelJobView): string {
  const what = j.kind === 'retrain' ? 'Retrain' : j.version === 0 ? 'Roll back to the shipped model' : 'Activation';
  if (j.status === 'failed') return `${what} failed: ${j.error ?? ''}`;
  if (j.status === 'done') {
    const relabelled = j.relabelled ? ` · ${fmtInt(j.relabelled.segments)} segments re-annotated, ${fmtInt(j.relabelled.changed)} changed label` : '';
    return `${what} done${j.version ? ` · version ${j.version} active` : ''}${relabelled}`;
  }
  return `${what}: ${j.phase}…`;
}

const perLanguage = (f: LanguageFigures) => Object.entries(f).map(([l, a]) => `${l} ${fmtShare(a.accuracy)} (${fmtInt(a.n)})`).join(' · ');

/** The latest retrain's figures: cross-validated and on the corrections, before and after, per language. */
function BeforeAfter({ v }: { v: ModelVersionView }) {
  const f = v.figures;
  const langs = [...new Set([...Object.keys(f.crossValidated.after), ...Object.keys(f.corrections.after)])].sort();
  const cell = (x: LanguageFigures, l: string) => (x[l] ? <>{fmtShare(x[l].accuracy)} <span class="muted small">{fmtN(x[l].n)}</span></> : <span class="muted">–</span>);
  return (
    <div class="table-scroll" data-before-after={v.version}>
      <table class="data-table compare-table">
        <caption class="muted small">Version {v.version} against the model it replaced ({f.replaced === 0 ? 'shipped' : `version ${f.replaced}`}); on the corrections the new model was trained on them, so its figure is in-sample</caption>
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col" class="num">Cross-validated before</th>
            <th scope="col" class="num">after</th>
            <th scope="col" class="num">On the corrections before</th>
            <th scope="col" class="num">after</th>
            <th scope="col" class="num">Test split before</th>
            <th scope="col" class="num">after</th>
          </tr>
        </thead>
        <tbody>
          {langs.map((l) => (
            <tr data-language={l}>
              <th scope="row">{languageName(l)}</th>
              <td class="num">{cell(f.crossValidated.before, l)}</td>
              <td class="num">{cell(f.crossValidated.after, l)}</td>
              <td class="num">{cell(f.corrections.before, l)}</td>
              <td class="num">{cell(f.corrections.after, l)}</td>
              <td class="num">{cell(f.testSplit.before, l)}</td>
              <td class="num">{cell(f.testSplit.after, l)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
