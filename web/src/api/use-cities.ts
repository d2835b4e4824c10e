/** `GET /api/cities`: the cities with their document counts. */
import type { CitiesResponse } from '../../../data/types.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The list of cities for the city picker and the empty state. */
export function useCities(): Resource<CitiesResponse> {
  return useResource<CitiesResponse>('/api/cities');
}
