/** `GET /api/trend`: n and net sentiment per week or month, per group, with spike alerts. */
import type { TrendResponse } from '../../../data/types.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The trend for the page's filters plus `interval` (waits while there is no city). */
export function useTrend(params: Record<string, string>): Resource<TrendResponse> {
  return useResource<TrendResponse>(params.city ? apiUrl('/api/trend', params) : null);
}
