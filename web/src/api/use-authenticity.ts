/** `GET /api/authenticity`: the authentic share per source kind, stimulus and brand value. */
import type { AuthenticityResponse } from '../../../data/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** How authentic the audience under the filters finds the brand. */
export function useAuthenticity(filters: Filters): Resource<AuthenticityResponse> {
  return useResource<AuthenticityResponse>(filters.city ? apiUrl('/api/authenticity', { city: filters.city, group: filters.group, source: filters.source }) : null);
}
