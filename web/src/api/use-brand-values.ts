/** A city's brand values as edited (`GET/PUT /api/cities/:city/values`) and their change history. */
import type { BrandValueInput, ValuesHistoryResponse } from '../../../data/types.ts';
import { sendJson } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

const base = (city: string) => `/api/cities/${encodeURIComponent(city)}/values`;

/** The values and terms of `city` (waits while null). */
export function useBrandValues(city: string | null): Resource<BrandValueInput[]> {
  return useResource<BrandValueInput[]>(city ? base(city) : null);
}

/** Every saved version of `city`'s values, newest first. */
export function useValuesHistory(city: string | null): Resource<ValuesHistoryResponse> {
  return useResource<ValuesHistoryResponse>(city ? `${base(city)}/history` : null);
}

/** What a save answers: the stored values and how many segments were re-annotated. */
export type ValuesSaved = { city: string; values: BrandValueInput[]; segments: number; matches: number };

/** Replaces the values of `city` and re-annotates its segments. */
export function saveBrandValues(city: string, values: BrandValueInput[]): Promise<ValuesSaved> {
  return sendJson<ValuesSaved>(base(city), { method: 'PUT', json: values });
}
