import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Hono } from 'hono';
import { parse } from 'csv-parse/sync';
import type { RawDoc } from '../../ingest/types.ts';
import { decodeAll } from '../../ingest/readers/decode.ts';
import { openReader, parseColumnMapping } from '../../ingest/readers/index.ts';
import { guardZip } from '../../ingest/zip-guard.ts';
import type { UploadPreview } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { ApiError } from '../errors.ts';

/** The wizard sends only the head of a file: enough for a preview, cheap for a 1 GB export. */
const MAX_PREVIEW_BYTES = 512 * 1024;
const PREVIEW_DOCS = 5;

/** POST /api/uploads/preview (multipart `file`, optional `format`, `mapping`): detected format and first records; stores nothing. */
export function previewRoutes(deps: AppDeps) {
  return new Hono().post('/uploads/preview', async (c) => {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw new ApiError(400, 'bad_upload', 'send the file (or its first 512 KB) as multipart field "file"');
    const bytes = new Uint8Array(await file.slice(0, MAX_PREVIEW_BYTES).arrayBuffer());
    const format = typeof form.format === 'string' && form.format !== 'auto' ? form.format : undefined;
    const mapping = typeof form.mapping === 'string' && form.mapping ? parseMapping(form.mapping) : undefined;
    const dir = mkdtempSync(join(tmpdir(), 'brandgap-preview-'));
    try {
      const path = join(dir, basename(file.name || 'upload').replace(/[^\w.-]+/g, '_'));
      writeFileSync(path, bytes);
      const body = await preview(path, bytes, format, mapping);
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

async function preview(path: string, bytes: Uint8Array, format: string | undefined, mapping: ReturnType<typeof parseColumnMapping> | undefined): Promise<UploadPreview> {
  const empty: UploadPreview = { format: format ?? 'unknown', source: 'survey', dropped: [], items: [], documents: [], columns: [], errors: [] };
  let session;
  try {
    await guardZip(path); // XLSX/DOCX are ZIPs: refuse bombs before a reader inflates them
    session = await openReader(path, { format, mapping, sample: true, pseudonymize: () => 'pseudonym' });
  } catch (err) {
    const e = err as { errors?: { where: string; message: string }[]; message: string };
    return { ...empty, columns: tableColumns(bytes), errors: e.errors ?? [{ where: 'file', message: e.message }] };
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
    format: session.format, source: session.source, dropped: session.dropped,
    items: session.items.map(({ key, text, kind }) => ({ key, text, kind })),
    documents: docs.map((d) => ({
      group: d.group ?? null, date: d.date ?? null, language: d.language ?? null, attrs: d.attrs,
      parts: d.parts.slice(0, 6).map((p) => ({ question: p.question ?? null, speaker: p.speaker ?? null, text: p.text.slice(0, 400) })),
      answers: d.answers?.length ?? 0,
    })),
    columns: tableColumns(bytes),
    errors: session.stats.errors.filter((e) => !/unclosed|truncated|unexpected end/i.test(e.message)),
  };
}

/** Header and sample values of a delimited text file (empty for anything else). */
function tableColumns(bytes: Uint8Array): UploadPreview['columns'] {
  let text: string;
  try {
    text = decodeAll(bytes).text;
  } catch {
    return [];
  }
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0];
  if (delimiter[1] < 2) return [];
  let rows: string[][];
  try {
    rows = parse(text.slice(0, 200_000), { delimiter: delimiter[0], relax_column_count: true, relax_quotes: true, to_line: 8, bom: true, skip_records_with_error: true });
  } catch {
    return [];
  }
  const [header, ...samples] = rows;
  return (header ?? []).map((name, i) => ({ name, samples: samples.map((r) => r[i] ?? '').filter(Boolean).slice(0, 4) }));
}
