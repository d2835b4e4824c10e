/** `GET /api/terms/series`: term drift, the share of segments using each term per period. */
import type { TermSeriesInterval, TermSeriesResponse } from '../../../data/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The share of segments using each term per period (null terms: wait). */
export function useTermSeries(
  filters: Filters, terms: string[], source: 'brand' | 'audience', interval: TermSeriesInterval,
): Resource<TermSeriesResponse> {
  const url = filters.city && terms.length
    ? apiUrl('/api/terms/series', { city: filters.city, terms: terms.join(','), source, interval, group: source === 'audience' ? filters.group : null })
    : null;
  return useResource<TermSeriesResponse>(url);
}
