/** The upload wizard's calls: start an upload, read its status (the preview is in pages/sources/preview-request.ts). */
import type { UploadView } from '../../../data/types.ts';
import { fetchJson, sendJson } from './fetch-json.ts';

export type { UploadView };

/** The wizard sends only this much of a file for the preview. */
export const PREVIEW_BYTES = 512 * 1024;

/** What the user chose besides the file. Empty strings are left out. */
/** `date`: YYYY-MM-DD for records that carry none (a brand text's publication date); `wave`: a survey file's wave. */
export type UploadFields = { city?: string; source?: string; group?: string; voice?: string; format?: string; mapping?: string; date?: string; wave?: string };

function form(file: Blob, name: string, fields: UploadFields): FormData {
  const f = new FormData();
  // Fields first: the server may read them before the file's bytes.
  for (const [k, v] of Object.entries(fields)) if (v) f.set(k, v);
  f.set('file', file, name);
  return f;
}

/** POSTs the whole file to /api/uploads; answers the new upload's id. */
export function startUpload(file: File, fields: UploadFields): Promise<{ id: string; status: UploadView['status'] }> {
  return sendJson('/api/uploads', { method: 'POST', form: form(file, file.name, fields) });
}

/** GET /api/uploads/:id (no cache: it changes while the job runs). */
export function getUpload(id: string, signal?: AbortSignal): Promise<UploadView> {
  return fetchJson<UploadView>(`/api/uploads/${encodeURIComponent(id)}`, signal);
}
