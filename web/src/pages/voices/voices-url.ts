/** The Voices page's state in the URL: the quote filters, the search, the sort and the open document. */
import { pageFilters } from '../../evidence/ev-param.ts';
import { withParam } from '../../router/filters.ts';
import { navigate } from '../../router/location.ts';

export const SORTS = [
  { value: 'date', label: 'Newest first' },
  { value: 'strength', label: 'Strongest sentiment' },
  { value: 'positive', label: 'Most positive' },
  { value: 'negative', label: 'Most negative' },
] as const;
export type Sort = (typeof SORTS)[number]['value'];

/** The sort in the URL; anything unknown is the default, newest first. */
export function readSort(search: string): Sort {
  const s = new URLSearchParams(search).get('sort');
  return SORTS.some((o) => o.value === s) ? (s as Sort) : 'date';
}

/** The `/api/quotes` parameters of this view. */
export function quoteQuery(search: string): Record<string, string> {
  const sort = readSort(search);
  return { ...pageFilters(search), ...(sort === 'date' ? {} : { sort }) };
}

/** Sets one URL parameter of the view; `replace` for typing, so Back skips each keystroke. */
export function setParam(key: string, value: string | null, replace = false): void {
  navigate(window.location.pathname + withParam(window.location.search, key, value), { replace });
}

/** Keys a reader can clear with "Clear filters" (city, audience and source stay: they are the header's). */
export const CLEARABLE = ['theme', 'value', 'label', 'lang', 'role', 'origin', 'age', 'from', 'to', 'q', 'sort',
  'item', 'answer', 'answerMin', 'answerMax'] as const;

/** Removes every Voices filter but the header's. */
export function clearFilters(): void {
  let s = window.location.search;
  for (const k of CLEARABLE) s = withParam(s, k, null);
  navigate(window.location.pathname + s);
}
