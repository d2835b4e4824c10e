/** `GET /api/survey`: closed survey items (Likert, NPS) and the themes of the same respondents' open answers. */
import type { SurveyResponse } from '../../../data/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The survey figures of `filters.city` for the audience filter (every group when none is set). */
export function useSurvey(filters: Filters): Resource<SurveyResponse> {
  const url = filters.city ? apiUrl('/api/survey', { city: filters.city, group: filters.group, by: filters.by }) : null;
  return useResource<SurveyResponse>(url);
}
