/** `GET /api/stimuli`: reactions to what focus groups were shown, for the city in the URL. */
import type { StimuliResponse } from '../../../data/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** Per stimulus shown to focus groups and per group: n, net, shares, authenticity, words. */
export function useStimuli(filters: Filters): Resource<StimuliResponse> {
  return useResource<StimuliResponse>(filters.city ? apiUrl('/api/stimuli', { city: filters.city, group: filters.group }) : null);
}
