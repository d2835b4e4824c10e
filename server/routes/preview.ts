import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Hono } from 'hono';
import type { RawDoc } from '../../ingest/types.ts';
import { openReader, parseColumnMapping } from '../../ingest/readers/index.ts';
import { guardZip } from '../../ingest/zip-guard.ts';
import type { UploadPreview } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { ApiError } from '../errors.ts';
import { isZip, tableHead } from './preview-columns.ts';


/** The wizard sends only the head of a file: enough for a preview, cheap for a 1 GB export. */
const MAX_PREVIEW_BYTES = 512 * 1024;
/**
 * An XLSX is a ZIP whose sheets come before their shared strings and whose directory is at the
 * end: its head alone shows no columns, so workbooks are read whole (the request body limit,
 * BRANDGAP_MAX_JSON_KB, decides how large a workbook can be previewed).
 */
const MAX_PREVIEW_ZIP_BYTES = 64 * 1024 * 1024;
const PREVIEW_DOCS = 5;

/**
 * POST /api/uploads/preview (multipart `file`, optional `format`, `mapping`, `sheet`): detected
 * format, first records and, for CSV/XLSX, the columns with samples and guessed roles; stores nothing.
 */
export function previewRoutes(deps: AppDeps) {
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
      const body = await preview(path, bytes, format, mapping, sheet);
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

type Mapping = ReturnType<typeof parseColumnMapping>;

async function preview(path: string, bytes: Uint8Array, format: string | undefined, mapping: Mapping | undefined, sheet: string | undefined): Promise<UploadPreview> {
  const head = await tableHead(bytes, sheet);
  const generic = isZip(bytes) ? 'generic-xlsx' : 'generic-csv';
  const empty: UploadPreview = { format: format ?? 'unknown', source: 'survey', dropped: [], items: [], documents: [], errors: [], needsMapping: false, ...head };
  let session;
  try {
    await guardZip(path); // XLSX/DOCX are ZIPs: refuse bombs before a reader inflates them
    session = await openReader(path, { format, mapping, sample: true, pseudonymize: () => 'pseudonym' });
  } catch (err) {
    const e = err as { errors?: { where: string; message: string }[]; message: string };
    const errors = e.errors ?? [{ where: 'file', message: e.message }];
    // A table in no known layout is not an error: it is what the column mapping is for.
    if (!mapping && head.columns.length && errors.some((x) => /column mapping/i.test(x.message))) {
      return { ...empty, format: generic, errors: [], needsMapping: true };
    }
    if (isZip(bytes) && !head.sheets.length && errors.some((x) => /zip|end of|central|corrupt|invalid/i.test(x.message))) {
      errors.unshift({ where: 'file', message: 'only the first part of this workbook arrived, and a workbook cannot be read in part: the preview takes workbooks of up to 1 MB' });
    }
    return { ...empty, errors };
  }
  const docs: RawDoc[] = [];
  try {
    for await (const doc of session.docs) {
      docs.push(doc);
      if (docs.length >= PREVIEW_DOCS) break;
    }
  } catch {
    // the head of a file may end inside a record: the preview shows what came before it
  }
  return {
    ...empty,
    format: session.format, source: session.source, dropped: session.dropped,
    items: session.items.map(({ key, text, kind }) => ({ key, text, kind })),
    documents: docs.map((d) => ({
      group: d.group ?? null, date: d.date ?? null, language: d.language ?? null, attrs: d.attrs,
      parts: d.parts.slice(0, 6).map((p) => ({ question: p.question ?? null, speaker: p.speaker ?? null, text: p.text.slice(0, 400) })),
      answers: d.answers?.length ?? 0,
    })),
    errors: session.stats.errors.filter((e) => !/unclosed|truncated|unexpected end/i.test(e.message)),
  };
}
