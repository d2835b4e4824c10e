/** The Trends pickers: theme, brand value, interval and lines per group — all in the URL. */
import { THEME_IDS } from '../../../../data/types.ts';
import { useBrandValues } from '../../api/use-brand-values.ts';
import { themeLabel } from '../../format/labels.ts';
import { withParam } from '../../router/filters.ts';
import { navigate } from '../../router/location.ts';
import { Segmented } from '../../shell/segmented.tsx';
import { readInterval, readSplit, type Interval } from './trend-url.ts';

const set = (k: string, v: string | null) => navigate(window.location.pathname + withParam(window.location.search, k, v));

/** Pickers above the chart. */
export function TrendControls({ search }: { search: string }) {
  const q = new URLSearchParams(search);
  const values = useBrandValues(q.get('city'));
  const themes = [...THEME_IDS].sort((a, b) => themeLabel(a).localeCompare(themeLabel(b)));
  const value = q.get('value') ?? '';
  const valueNames = (values.data ?? []).map((v) => v.name);
  if (value && !valueNames.includes(value)) valueNames.push(value);
  return (
    <div class="trend-controls">
      <label class="trend-field">
        <span>Theme</span>
        <select value={q.get('theme') ?? ''} onChange={(e) => set('theme', (e.currentTarget as HTMLSelectElement).value || null)}>
          <option value="">All themes</option>
          {themes.map((t) => <option value={t}>{themeLabel(t)}</option>)}
        </select>
      </label>
      <label class="trend-field">
        <span>Brand value</span>
        <select value={value} onChange={(e) => set('value', (e.currentTarget as HTMLSelectElement).value || null)}>
          <option value="">All values</option>
          {valueNames.map((v) => <option value={v}>{v}</option>)}
        </select>
      </label>
      <Segmented<Interval> label="Interval" options={[{ value: 'month', label: 'Month' }, { value: 'week', label: 'Week' }]} value={readInterval(q)} onChange={(v) => set('interval', v === 'week' ? v : null)} />
      <Segmented<'group'> label="Lines" options={[{ value: null, label: 'All together' }, { value: 'group', label: 'Per group' }]} value={readSplit(q) ? 'group' : null} onChange={(v) => set('split', v)} />
    </div>
  );
}
