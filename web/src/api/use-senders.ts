/** `GET /api/senders`: who speaks (official, partner, user) per channel, theme and brand value. */
import type { SendersResponse } from '../../../data/senders.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The sender-centred index of `filters.city` (every channel and date: the route takes the city only). */
export function useSenders(filters: Filters): Resource<SendersResponse> {
  return useResource<SendersResponse>(filters.city ? apiUrl('/api/senders', { city: filters.city }) : null);
}
