/**
 * The city's context (Sources page): population, share of residents born abroad and number of
 * nationalities, each with its source and year (`/api/cities/:city/context`). Compare divides
 * counts by the population for its "per 10,000 residents" view.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CityContext, CityContextResponse, ContextFigure } from '../../../../data/types.ts';
import { sendJson } from '../../api/fetch-json.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorBox } from '../../components/states.tsx';
import { fmtDay, fmtInt, fmtShare } from '../../format/intl.ts';

type Key = keyof CityContext;
type Draft = Record<Key, { value: string; source: string; year: string }>;

// born abroad is typed as a percentage and stored as a share (0–1)
const FIELDS: { key: Key; label: string; unit: string; scale: number; show: (v: number) => string }[] = [
  { key: 'population', label: 'Population', unit: 'residents', scale: 1, show: fmtInt },
  { key: 'bornAbroad', label: 'Born abroad', unit: '% of residents', scale: 100, show: fmtShare },
  { key: 'nationalities', label: 'Nationalities', unit: 'number', scale: 1, show: fmtInt },
];

const toDraft = (ctx: CityContext | null): Draft => Object.fromEntries(FIELDS.map(({ key, scale }) => {
  const f = ctx?.[key];
  return [key, { value: f ? String(Math.round(f.value * scale * 1000) / 1000) : '', source: f?.source ?? '', year: f ? String(f.year) : '' }];
})) as Draft;

const toBody = (d: Draft): CityContext => Object.fromEntries(FIELDS.map(({ key, scale }) => {
  const f = d[key];
  if (f.value.trim() === '' && f.source.trim() === '' && f.year.trim() === '') return [key, null];
  const figure: ContextFigure = { value: Number(f.value.replace(',', '.')) / scale, source: f.source, year: Number(f.year) };
  return [key, figure];
})) as CityContext;

/** Shows the context of `city`; analysts and admins edit it. */
export function ContextCard({ city, canEdit }: { city: string; canEdit: boolean }) {
  const url = `/api/cities/${encodeURIComponent(city)}/context`;
  const res = useResource<CityContextResponse>(url);
  const [draft, setDraft] = useState<Draft>(toDraft(null));
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => { if (res.data) setDraft(toDraft(res.data)); }, [res.data]);
  const set = (key: Key, part: 'value' | 'source' | 'year', v: string) => setDraft({ ...draft, [key]: { ...draft[key], [part]: v } });
  const save = async () => {
    try {
      await sendJson(url, { method: 'PUT', json: toBody(draft) });
      setStatus('Saved. Compare shows counts per 10,000 residents from this population.');
      res.reload();
    } catch (err) {
      setStatus(`Not saved: ${(err as Error).message}`);
    }
  };
  const ctx = res.data;
  return (
    <section class="card city-context" aria-labelledby="context-title" data-card="city-context">
      <h2 id="context-title" class="card-title">{city} in figures</h2>
      <p class="muted">Entered by hand, each with its source and year. Compare uses the population for counts per 10,000 residents.</p>
      {res.status === 'error' && <ErrorBox error={res.error} onRetry={res.reload} />}
      {status && <p role="status">{status}</p>}
      {!canEdit && ctx && (
        <ul class="context-list">
          {FIELDS.map(({ key, label, show }) => {
            const f = ctx[key];
            return <li data-field={key}>{label}: {f ? `${show(f.value)} (${f.source}, ${f.year})` : <span class="muted">not entered</span>}</li>;
          })}
        </ul>
      )}
      {canEdit && (
        <form class="context-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          {FIELDS.map(({ key, label, unit }) => (
            <fieldset data-field={key}>
              <legend>{label}</legend>
              <input aria-label={`${label} (${unit})`} inputMode="decimal" placeholder={unit} value={draft[key].value} onInput={(e) => set(key, 'value', e.currentTarget.value)} />
              <input aria-label={`${label}: source`} class="context-source" maxLength={300} placeholder="source" value={draft[key].source} onInput={(e) => set(key, 'source', e.currentTarget.value)} />
              <input aria-label={`${label}: year`} class="context-year" inputMode="numeric" placeholder="year" value={draft[key].year} onInput={(e) => set(key, 'year', e.currentTarget.value)} />
            </fieldset>
          ))}
          <button type="submit" class="button">Save</button>
          {ctx?.updatedAt && <span class="muted small"> last changed {fmtDay(ctx.updatedAt)}{ctx.updatedBy ? ` by ${ctx.updatedBy}` : ''}</span>}
        </form>
      )}
    </section>
  );
}
