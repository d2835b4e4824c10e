/** `GET /api/values`: brand values with emphasis, voice share, net sentiment, quadrant and alignment. */
import type { ValuesResponse } from '../../../data/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The brand-value figures of `filters.city` under the audience and source filters. */
export function useValues(filters: Filters): Resource<ValuesResponse> {
  const url = filters.city
    ? apiUrl('/api/values', { city: filters.city, group: filters.group, source: filters.source, by: filters.by })
    : null;
  return useResource<ValuesResponse>(url);
}
