/** `GET /api/overview`: headline figures for one city under the current filters. */
import type { OverviewResponse } from '../../../data/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The overview of `filters.city` (waits while no city is chosen). */
export function useOverview(filters: Filters): Resource<OverviewResponse> {
  const url = filters.city
    ? apiUrl('/api/overview', { city: filters.city, group: filters.group, source: filters.source, by: filters.by })
    : null;
  return useResource<OverviewResponse>(url);
}
