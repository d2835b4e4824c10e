import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Hono } from 'hono';
import { parseColumnMapping } from '../../ingest/readers/index.ts';
import type { AppDeps } from '../app.ts';
import { loadConfig } from '../../data/config.ts';
import { ApiError } from '../errors.ts';
import { previewIsolated } from '../uploads/isolated-preview.ts';
import { isZip } from '../../ingest/readers/table-head.ts';


/** The wizard sends only the head of a file: enough for a preview, cheap for a 1 GB export. */
const MAX_PREVIEW_BYTES = 512 * 1024;
/**
 * An XLSX is a ZIP whose sheets come before their shared strings and whose directory is at the
 * end: its head alone shows no columns, so workbooks are read whole (the request body limit,
 * BRANDGAP_MAX_JSON_KB, decides how large a workbook can be previewed).
 */
const MAX_PREVIEW_ZIP_BYTES = 64 * 1024 * 1024;

/**
 * POST /api/uploads/preview (multipart `file`, optional `format`, `mapping`, `sheet`): detected
 * format, first records and, for CSV/XLSX, the columns with samples and guessed roles; stores nothing.
 */
export function previewRoutes(deps: AppDeps) {
  const { parseLimits } = { ...loadConfig({}), ...deps.settings };
  return new Hono().post('/uploads/preview', async (c) => {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw new ApiError(400, 'bad_upload', 'send the file (or its first 512 KB) as multipart field "file"');
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const bytes = new Uint8Array(await file.slice(0, isZip(head) ? MAX_PREVIEW_ZIP_BYTES : MAX_PREVIEW_BYTES).arrayBuffer());
    const format = typeof form.format === 'string' && form.format !== 'auto' ? form.format : undefined;
    const mapping = typeof form.mapping === 'string' && form.mapping ? parseMapping(form.mapping) : undefined;
    const sheet = mapping?.sheet ?? (typeof form.sheet === 'string' && form.sheet ? form.sheet : undefined);
    const dir = mkdtempSync(join(tmpdir(), 'brandgap-preview-'));
    try {
      const path = join(dir, basename(file.name || 'upload').replace(/[^\w.-]+/g, '_'));
      writeFileSync(path, bytes);
      const body = await previewIsolated({ path, format, mapping, sheet }, parseLimits);
      return c.json(body, body.errors.length && !body.documents.length ? 422 : 200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

function parseMapping(text: string) {
  try {
    return parseColumnMapping(JSON.parse(text));
  } catch (err) {
    throw new ApiError(400, 'bad_mapping', `mapping: ${(err as Error).message}`);
  }
}
