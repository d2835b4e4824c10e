/** `GET /api/health`: server version and whether this is the read-only demo. */
import type { HealthResponse } from '../../../data/types.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The server's health answer (drives the demo banner). */
export function useHealth(): Resource<HealthResponse> {
  return useResource<HealthResponse>('/api/health');
}
