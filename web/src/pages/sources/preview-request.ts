/** The wizard's preview call: the head of a text file, or a whole workbook (an XLSX cannot be read in part). */
import type { UploadPreview } from '../../../../data/types.ts';
import { ApiRequestError, sendJson } from '../../api/fetch-json.ts';
import { PREVIEW_BYTES, type UploadFields } from '../../api/uploads.ts';


/** Workbooks up to this size are sent whole (under the server's 1 MB request limit). */
export const WORKBOOK_PREVIEW_BYTES = 1000 * 1024;

/** What the preview needs besides the file; `sheet` picks a worksheet of a workbook. */
export type PreviewFields = Pick<UploadFields, 'format' | 'mapping'> & { sheet?: string };

/** Whether the file is a workbook (by name; the server checks the bytes). */
export const isWorkbook = (file: File) => /\.xlsx$/i.test(file.name);

/** How much of `file` the preview reads. */
export function previewPart(file: File): Blob {
  return file.slice(0, isWorkbook(file) && file.size <= WORKBOOK_PREVIEW_BYTES ? file.size : PREVIEW_BYTES);
}

/** POSTs the file's part to /api/uploads/preview; a 422 (nothing readable) still carries a preview with its errors. */
export async function previewFile(file: File, fields: PreviewFields, signal?: AbortSignal): Promise<UploadPreview> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v) form.set(k, v);
  form.set('file', previewPart(file), file.name);
  try {
    return await sendJson<UploadPreview>('/api/uploads/preview', { method: 'POST', form, signal });
  } catch (err) {
    if (err instanceof ApiRequestError && err.status === 422 && err.body) return err.body as UploadPreview;
    throw err;
  }
}
