/** `GET /api/compare`: two to ten cities side by side on themes or a preset's dimensions. */
import type { CompareResponse } from '../../../data/types.ts';
import type { Filters } from '../router/filters.ts';
import { apiUrl } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

export type ComparePreset = CompareResponse['preset'];

/** The comparison of `cities` (waits until at least two are named); `per: '10k'` adds counts per 10,000 residents. */
export function useCompare(cities: string[], preset: ComparePreset, filters: Filters, per: '10k' | null = null): Resource<CompareResponse> {
  const url = cities.length >= 2
    ? apiUrl('/api/compare', { cities: cities.join(','), preset, group: filters.group, source: filters.source, per })
    : null;
  return useResource<CompareResponse>(url);
}
