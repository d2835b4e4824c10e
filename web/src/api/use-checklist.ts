/** `GET /api/checklist`: the 25 "Welcoming International Talent" items with evidence and assessment. */
import type { ChecklistResponse } from '../../../data/checklist/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The checklist of `filters.city` (every date and group: each item's rules choose their own). */
export function useChecklist(filters: Filters): Resource<ChecklistResponse> {
  return useResource<ChecklistResponse>(filters.city ? apiUrl('/api/checklist', { city: filters.city }) : null);
}
