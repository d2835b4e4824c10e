/** The Accuracy page: how often the labels agree with readers, per language, and the model versions. */
import type { AccuracyLanguage, AccuracyResponse, LanguageAgreement } from '../../../../data/types.ts';
import { useAccuracy, useModels } from '../../api/use-models.ts';
import { useWriteAccess } from '../../auth/write-note.tsx';
import { ChartSkeleton, ErrorBox } from '../../components/states.tsx';
import { fmtInt, fmtN, fmtShare, languageName } from '../../format/intl.ts';
import type { PageProps } from '../registry.ts';
import { ModelVersions } from './model-versions.tsx';
import './accuracy.css';

/** Agreement figures of the active model, and the versions with Retrain and Roll back. */
export default function AccuracyPage(_: PageProps) {
  const acc = useAccuracy();
  const models = useModels();
  const write = useWriteAccess();
  // After a retrain every figure is refetched: the last answers stay on screen meanwhile, so
  // the job's outcome (held by ModelVersions) is not lost to a loading state.
  const agreement = acc.status === 'ready' ? acc.data : acc.status === 'loading' ? acc.stale : undefined;
  const versions = models.status === 'ready' ? models.data : models.status === 'loading' ? models.stale : undefined;
  return (
    <div class="page accuracy">
      <div class="page-heading">
        <h1>Accuracy</h1>
        <p class="muted">How often sentiment labels agree with careful readers, per language — the figures every chart rests on</p>
      </div>
      {acc.status === 'loading' && !agreement && <ChartSkeleton rows={6} height={220} id="accuracy" />}
      {acc.status === 'error' && <ErrorBox error={acc.error} onRetry={acc.reload} />}
      {agreement && <AgreementCard a={agreement} />}
      {models.status === 'error' && <ErrorBox error={models.error} onRetry={models.reload} />}
      {versions && <ModelVersions m={versions} canWrite={write.allowed} reason={write.reason} />}
    </div>
  );
}

/** "68% (n = 50)", or "not measured". */
export function Agreement({ f }: { f: LanguageAgreement | null | undefined }) {
  if (!f) return <span class="muted" data-not-measured>not measured</span>;
  return (
    <span class={f.accuracy < 0.7 ? 'agreement weak' : 'agreement'}>
      {fmtShare(f.accuracy)} <span class="muted small">{fmtN(f.n)}</span>
    </span>
  );
}

function headline(rows: AccuracyLanguage[]): string {
  const measured = rows.map((r) => ({ r, f: r.testSplit ?? r.crossValidated })).filter((x) => x.f && x.f.n > 0);
  if (measured.length < 2) return 'Agreement of the labels with readers';
  const sorted = [...measured].sort((a, b) => b.f!.accuracy - a.f!.accuracy);
  const [best, worst] = [sorted[0], sorted[sorted.length - 1]];
  return `Labels agree with readers most in ${languageName(best.r.language)} (${fmtShare(best.f!.accuracy)}), least in ${languageName(worst.r.language)} (${fmtShare(worst.f!.accuracy)})`;
}

function AgreementCard({ a }: { a: AccuracyResponse }) {
  const model = a.activeVersion === 0 ? `the shipped model${a.modelId ? ` (${a.modelId})` : ''}` : `version ${a.activeVersion} (${a.modelId})`;
  return (
    <section class="card" data-card="agreement">
      <div class="card-head">
        <div>
          <h2 class="card-title">{headline(a.languages)}</h2>
          <p class="card-subtitle">4-class agreement (positive, negative, neutral, mixed) of {model}, per language</p>
        </div>
      </div>
      <div class="table-scroll">
        <table class="data-table accuracy-table">
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col" class="num">Frozen test split</th>
              <th scope="col" class="num">Cross-validated</th>
              <th scope="col" class="num">This installation's corrections</th>
            </tr>
          </thead>
          <tbody>
            {a.languages.map((l) => (
              <tr data-language={l.language}>
                <th scope="row">{languageName(l.language)}</th>
                <td class="num" data-test-split><Agreement f={l.testSplit} /></td>
                <td class="num" data-cross-validated><Agreement f={l.crossValidated} /></td>
                <td class="num" data-corrections-agreement>
                  {l.corrections.n === 0 ? <span class="muted">no corrections</span> : (
                    <span class={l.corrections.accuracy! < 0.7 ? 'agreement weak' : 'agreement'}>
                      {fmtShare(l.corrections.accuracy!)} <span class="muted small">{fmtInt(l.corrections.agree)} of {fmtN(l.corrections.n)}</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted small source-line">
        Test split: {a.testSplitSource === 'manifest' ? 'texts held out before training (npm run eval)' : a.testSplitSource === 'retrain' ? 'texts held out before training, measured by this version\'s retrain' : 'not measured yet for this model (npm run eval writes it)'}.
        {' '}Cross-validated: 5 folds over the training texts. Corrections: {fmtInt(a.corrections)} segments readers relabelled here, and how many the model's own label matches.
        {' '}Figures resting mostly on a language below 70% carry a warning.
      </p>
    </section>
  );
}
