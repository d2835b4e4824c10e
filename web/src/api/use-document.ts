/** `GET /api/documents/:id`: a quote's whole document, for "view in context". */
import type { DocumentResponse } from '../../../data/types.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The document `id` (waits while null). */
export function useDocument(id: number | null): Resource<DocumentResponse> {
  return useResource<DocumentResponse>(id ? `/api/documents/${id}` : null);
}
