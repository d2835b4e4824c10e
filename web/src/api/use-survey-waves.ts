/** `GET /api/survey?by=wave` and `GET /api/survey/links`: survey items compared across waves, and their links. */
import type { SurveyLinksResponse, SurveyResponse } from '../../../data/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The items the analyst linked across waves, with their figures per wave and the changes. */
export function useSurveyWaves(filters: Filters): Resource<SurveyResponse> {
  return useResource<SurveyResponse>(filters.city ? apiUrl('/api/survey', { city: filters.city, group: filters.group, by: 'wave' }) : null);
}

/** The confirmed links of the city's survey items and the suggested ones. */
export function useSurveyLinks(city: string | null): Resource<SurveyLinksResponse> {
  return useResource<SurveyLinksResponse>(city ? apiUrl('/api/survey/links', { city }) : null);
}
