/** `GET /api/events` and `GET /api/events/:id/impact`: dated events of a city and their before/after figures. */
import type { EventImpactResponse, EventsResponse } from '../../../data/types.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The events of a city (waits while there is no city). */
export function useEvents(city: string | null): Resource<EventsResponse> {
  return useResource<EventsResponse>(city ? apiUrl('/api/events', { city }) : null);
}

/** One event's before/after comparison under `params` (city, window, theme, group); null id waits. */
export function useEventImpact(id: number | null, params: Record<string, string | null>): Resource<EventImpactResponse> {
  return useResource<EventImpactResponse>(id !== null && params.city ? apiUrl(`/api/events/${id}/impact`, params) : null);
}
