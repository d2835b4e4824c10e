/** The dashboard's filters, read from and written to the query string so links reproduce a view. */
import { AXES, type Axis } from '../../../data/speaker.ts';
import { GROUPS, type Group, type SourceKind } from '../../../data/types.ts';

/** Sources a user can filter on (brand texts are the city's own voice, never an audience). */
export type AudienceSource = Exclude<SourceKind, 'brand'>;
export const AUDIENCE_SOURCES: readonly AudienceSource[] = ['survey', 'focus-group', 'social'];

/** `by`: the breakdown axis the figure pages add (one row per origin, role, stay …), null for none. */
export type Filters = { city: string | null; group: Group | null; source: AudienceSource | null; by: Axis | null };

export const FILTER_KEYS = ['city', 'group', 'source', 'by'] as const;

/** Reads the filters from a query string; unknown values fall back to "all", never an error. */
export function readFilters(search: string): Filters {
  const q = new URLSearchParams(search);
  const group = q.get('group');
  const source = q.get('source');
  const by = q.get('by');
  return {
    city: q.get('city') || null,
    group: (GROUPS as readonly string[]).includes(group ?? '') ? (group as Group) : null,
    source: (AUDIENCE_SOURCES as readonly string[]).includes(source ?? '') ? (source as AudienceSource) : null,
    by: (AXES as readonly string[]).includes(by ?? '') ? (by as Axis) : null,
  };
}

/**
 * Returns `search` with one filter set (null removes it); other parameters, such as a page's own
 * state, are kept so changing the city does not lose the rest of the view.
 */
export function withParam(search: string, key: string, value: string | null): string {
  const q = new URLSearchParams(search);
  if (value == null || value === '') q.delete(key);
  else q.set(key, value);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The query string carrying only the shared filters, for links between pages. */
export function filterSearch(f: Filters): string {
  let s = '';
  for (const key of FILTER_KEYS) s = withParam(s, key, f[key]);
  return s;
}
