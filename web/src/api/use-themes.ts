/** `GET /api/themes`: theme figures overall and per audience group, suggested terms, loud few. */
import type { ThemesResponse } from '../../../data/types.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** Theme figures for the page's filters (`params` from the URL; waits while there is no city). */
export function useThemes(params: Record<string, string>): Resource<ThemesResponse> {
  return useResource<ThemesResponse>(params.city ? apiUrl('/api/themes', params) : null);
}
