/** The Brand page (`/brand`): edit a city's values and terms, save (re-annotates), see the history and the figures move. */
import { useEffect, useState } from 'preact/hooks';
import type { ValuesResponse } from '../../../../data/types.ts';
import { saveBrandValues, useBrandValues, useValuesHistory, type ValuesSaved } from '../../api/use-brand-values.ts';
import { useValues } from '../../api/use-values.ts';
import { useWriteAccess, WriteNote } from '../../auth/write-note.tsx';
import { ErrorBox } from '../../components/states.tsx';
import { fmtInt } from '../../format/intl.ts';
import type { PageProps } from '../registry.ts';
import { ShareChanges, type Shares } from './share-changes.tsx';
import { StimulusCard } from './stimulus-card.tsx';
import { AuthenticityCard } from './authenticity-card.tsx';
import { ValueHistory } from './value-history.tsx';
import { draftErrors, toDraft, ValueEditor, type Draft } from './value-editor.tsx';
import './brand.css';

/** Voice share per value name (lower case) for the audience in the URL, or all audiences. */
function sharesOf(d: ValuesResponse | undefined, group: string): Shares {
  const m: Shares = new Map();
  for (const v of d?.values ?? []) {
    const g = v.groups.find((x) => x.group === group) ?? v.groups.find((x) => x.group === 'all');
    if (g) m.set(v.value.toLowerCase(), g.voice_share);
  }
  return m;
}

/** The editor for analysts; everyone else sees the values read-only with the reason. */
export default function BrandPage({ filters }: PageProps) {
  const city = filters.city;
  const access = useWriteAccess();
  const values = useBrandValues(city);
  const history = useValuesHistory(city);
  const figures = useValues(filters);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ result: ValuesSaved; before: Shares } | null>(null);
  const shares = sharesOf(figures.data, filters.group ?? 'all');

  useEffect(() => setDraft(values.data ? toDraft(values.data) : null), [values.data]);
  useEffect(() => setSaved(null), [city]);

  const problems = draft ? draftErrors(draft) : [];
  const changed = !!draft && !!values.data && JSON.stringify(draft) !== JSON.stringify(toDraft(values.data));
  const save = async () => {
    if (!city || !draft) return;
    setSaving(true);
    setError(null);
    try {
      const clean = draft.map((v) => ({ name: v.name.trim(), terms: v.terms, exclusions: v.exclusions }));
      const result = await saveBrandValues(city, clean);
      setSaved({ result, before: shares });
      values.reload();
      history.reload();
      figures.reload();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div class="page brand">
      <div class="page-heading">
        <h1>Brand values</h1>
        <p class="muted">{city} · the words that count as each value in what people and the city say</p>
      </div>
      <WriteNote reason={access.reason} />
      {values.status === 'error' && <ErrorBox error={values.error} onRetry={values.reload} />}
      {values.status === 'loading' && <p class="muted" aria-busy="true">Loading the values…</p>}
      {draft && (
        <section class="card" aria-labelledby="values-title">
          <h2 id="values-title" class="card-title">
            {fmtInt(draft.length)} values of {city}
          </h2>
          <p class="card-subtitle">
            A segment counts for a value when it contains one of its terms and none of its exclusions. Saving re-reads every segment of the city.
          </p>
          <ValueEditor draft={draft} onChange={setDraft} disabled={!access.allowed || saving} share={(n) => shares.get(n.trim().toLowerCase()) ?? null} />
          {access.allowed && (
            <div class="editor-actions">
              <button type="button" class="button primary" disabled={!changed || problems.length > 0 || saving} onClick={save} data-save-values>
                {saving ? 'Saving and re-annotating…' : 'Save and re-annotate'}
              </button>
              <button type="button" class="tool" disabled={!changed || saving} onClick={() => values.data && setDraft(toDraft(values.data))}>
                Discard changes
              </button>
              {problems.map((p) => (
                <span class="form-error small">{p}</span>
              ))}
            </div>
          )}
          {error && <p class="form-error" role="alert">Could not save: {error}</p>}
        </section>
      )}
      {saved && <ShareChanges saved={saved.result} before={saved.before} after={figures.status === 'ready' ? shares : null} />}
      {history.status === 'ready' && <ValueHistory versions={history.data.versions} />}
      {city && <StimulusCard filters={filters} />}
      {city && <AuthenticityCard filters={filters} />}
    </div>
  );
}
