/** The Voices filter bar: every filter `/api/quotes` understands, a debounced search and the sort. */
import { useEffect, useState } from 'preact/hooks';
import { THEME_IDS, type OverviewResponse } from '../../../../data/types.ts';
import { apiUrl } from '../../api/fetch-json.ts';
import { useBrandValues } from '../../api/use-brand-values.ts';
import { useResource } from '../../api/use-resource.ts';
import { languageName } from '../../format/intl.ts';
import { themeLabel } from '../../format/labels.ts';
import { SORTS, readSort, setParam } from './voices-url.ts';

type Opt = { value: string; label: string };

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: Opt[]; onChange: (v: string) => void }) {
  return (
    <label class="vf-field" for={`vf-${id}`}>
      <span>{label}</span>
      <select id={`vf-${id}`} name={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {options.map((o) => <option value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

/** A text input that writes its parameter after the reader pauses typing (or presses Enter). */
function DebouncedText({ id, label, value, placeholder, type = 'text' }: { id: string; label: string; value: string; placeholder?: string; type?: 'text' | 'search' | 'date' }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const t = setTimeout(() => setParam(id, text.trim() || null, true), 350);
    return () => clearTimeout(t);
  }, [text]);
  return (
    <label class={`vf-field vf-${type}`} for={`vf-${id}`}>
      <span>{label}</span>
      {/* Preact types input attributes per `type`; the props used here are valid for all three. */}
      <input
        id={`vf-${id}`} name={id} type={type as 'text'} value={text} placeholder={placeholder}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setParam(id, text.trim() || null, true);
        }}
      />
    </label>
  );
}

/** The filters of the current URL as form controls; every change is a URL change. */
export function VoicesFilters({ search }: { search: string }) {
  const q = new URLSearchParams(search);
  const city = q.get('city');
  const values = useBrandValues(city);
  const overview = useResource<OverviewResponse>(city ? apiUrl('/api/overview', { city }) : null);
  const get = (k: string) => q.get(k) ?? '';
  const set = (k: string) => (v: string) => setParam(k, v || null);

  const themeOpts: Opt[] = [{ value: '', label: 'All themes' }, ...[...THEME_IDS, 'unclassified' as const].map((t) => ({ value: t, label: themeLabel(t) })).sort((a, b) => a.label.localeCompare(b.label))];
  const valueOpts: Opt[] = [{ value: '', label: 'All values' }, ...(values.data ?? []).map((v) => ({ value: v.name, label: v.name }))];
  const langs = (overview.data?.languages ?? []).filter((l) => l.language && l.language !== 'und').sort((a, b) => b.segments - a.segments);
  const langOpts: Opt[] = [{ value: '', label: 'All languages' }, ...langs.map((l) => ({ value: l.language, label: languageName(l.language) }))];
  // Keep a value from a link visible even before (or without) the lists that offer it.
  for (const [k, opts] of [['value', valueOpts], ['lang', langOpts]] as const) if (get(k) && !opts.some((o) => o.value === get(k))) opts.push({ value: get(k), label: get(k) });

  return (
    <form class="card voices-filters" role="search" aria-label="Filter the quotes" onSubmit={(e) => e.preventDefault()}>
      <DebouncedText id="q" label="Search the text" value={get('q')} placeholder="e.g. rent, tram, gezellig" type="search" />
      <Select id="theme" label="Theme" value={get('theme')} options={themeOpts} onChange={set('theme')} />
      <Select id="value" label="Brand value" value={get('value')} options={valueOpts} onChange={set('value')} />
      <Select id="label" label="Sentiment" value={get('label')} options={[{ value: '', label: 'Any sentiment' }, { value: 'positive', label: 'Positive' }, { value: 'negative', label: 'Negative' }, { value: 'neutral', label: 'Neutral' }, { value: 'mixed', label: 'Mixed' }]} onChange={set('label')} />
      <Select id="lang" label="Language" value={get('lang')} options={langOpts} onChange={set('lang')} />
      <Select id="sort" label="Sort" value={readSort(search)} options={SORTS.map((s) => ({ ...s }))} onChange={(v) => setParam('sort', v === 'date' ? null : v)} />
      <details class="vf-more" open={!!(get('role') || get('origin') || get('age') || get('from') || get('to'))}>
        <summary>Speaker and dates</summary>
        <div class="vf-more-body">
          <DebouncedText id="role" label="Role" value={get('role')} placeholder="e.g. student" />
          <DebouncedText id="origin" label="Origin" value={get('origin')} placeholder="e.g. EU" />
          <DebouncedText id="age" label="Age band" value={get('age')} placeholder="e.g. 25-34" />
          <DebouncedText id="from" label="From" value={get('from')} type="date" />
          <DebouncedText id="to" label="Before" value={get('to')} type="date" />
        </div>
      </details>
    </form>
  );
}
