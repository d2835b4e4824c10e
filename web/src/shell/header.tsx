/** The header: wordmark, city picker, audience and source filters; all state lives in the URL. */
import { AXES, AXIS_LABELS } from '../../../data/speaker.ts';
import type { CitiesResponse, Group } from '../../../data/types.ts';
import type { Resource } from '../api/use-resource.ts';
import { fmtInt } from '../format/intl.ts';
import { GROUP_LABEL, SOURCE_LABEL } from '../format/labels.ts';
import { AUDIENCE_SOURCES, filterSearch, withParam, type AudienceSource, type Filters } from '../router/filters.ts';
import { navigate, onLinkClick, type Loc } from '../router/location.ts';
import { Segmented } from './segmented.tsx';
import { UserMenu } from '../auth/user-menu.tsx';

const GROUP_OPTIONS: { value: Group | null; label: string }[] = [
  { value: null, label: 'All' },
  ...(['resident', 'international', 'visitor'] as const).map((g) => ({ value: g, label: GROUP_LABEL[g] })),
];
const SOURCE_OPTIONS: { value: AudienceSource | null; label: string }[] = [
  { value: null, label: 'All' },
  ...AUDIENCE_SOURCES.map((s) => ({ value: s, label: SOURCE_LABEL[s] })),
];

type Props = {
  loc: Loc;
  filters: Filters;
  cities: Resource<CitiesResponse>;
  menuOpen: boolean;
  onMenu: () => void;
};

/** The top bar; every control rewrites the query string, so back/forward undo a filter. */
export function Header({ loc, filters, cities, menuOpen, onMenu }: Props) {
  const set = (key: string, value: string | null) => navigate(loc.path + withParam(loc.search, key, value));
  const list = cities.data?.cities ?? [];
  const known = list.some((c) => c.name === filters.city);
  return (
    <header class="app-header">
      <button type="button" class="menu-button" aria-expanded={menuOpen} aria-controls="app-nav" onClick={onMenu}>
        <span aria-hidden="true">☰</span> Menu
      </button>
      <a class="wordmark" href={`/${filterSearch(filters)}`} onClick={onLinkClick} aria-label="brandgap, overview">
        <svg viewBox="0 0 16 16" width="20" height="20" aria-hidden="true">
          <rect width="16" height="16" rx="3" fill="#2166ac" />
          <rect x="3" y="8" width="3" height="5" fill="#fff" />
          <rect x="10" y="4" width="3" height="9" fill="#fff" />
        </svg>
        <span>brand<b>gap</b></span>
      </a>
      <div class="filters">
        <label class="city-picker">
          <span class="segmented-label">City</span>
          <select
            value={filters.city ?? ''}
            disabled={cities.status !== 'ready' || list.length === 0}
            onChange={(e) => set('city', (e.currentTarget as HTMLSelectElement).value || null)}
          >
            {cities.status === 'loading' && <option value="">Loading…</option>}
            {cities.status === 'ready' && list.length === 0 && <option value="">No cities yet</option>}
            {!known && filters.city && <option value={filters.city}>{filters.city}</option>}
            {list.map((c) => (
              <option value={c.name}>
                {c.name} ({fmtInt(c.documents)})
              </option>
            ))}
          </select>
        </label>
        <Segmented label="Audience" options={GROUP_OPTIONS} value={filters.group} onChange={(v) => set('group', v)} />
        <Segmented label="Source" options={SOURCE_OPTIONS} value={filters.source} onChange={(v) => set('source', v)} />
        <label class="city-picker axis-picker">
          <span class="segmented-label">By</span>
          <select title="Break every figure down by who is speaking" value={filters.by ?? ''} onChange={(e) => set('by', (e.currentTarget as HTMLSelectElement).value || null)}>
            <option value="">No breakdown</option>
            {AXES.map((a) => <option value={a}>{AXIS_LABELS[a]}</option>)}
          </select>
        </label>
      </div>
      <UserMenu />
    </header>
  );
}
