/** `GET /api/sources` and `DELETE /api/sources/:id`: the ingested files and their removal. */
import { apiUrl, sendJson } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** One ingested file as the sources route lists it. */
export type SourceRow = {
  id: number; city: string; kind: string; format: string; file_name: string;
  created_at: string; created_by: string | null; documents: number; segments: number;
};

/** The files of `city` (every city when null). */
export function useSources(city: string | null): Resource<{ sources: SourceRow[] }> {
  return useResource<{ sources: SourceRow[] }>(apiUrl('/api/sources', { city }));
}

/** Deletes a source with its documents, segments and answers; answers what was removed. */
export function deleteSource(id: number): Promise<{ deleted: unknown }> {
  return sendJson(`/api/sources/${id}`, { method: 'DELETE' });
}
