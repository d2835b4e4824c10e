/**
 * An upload preview computed from a file on disk: detected format, first records and the table
 * head. It runs on its own worker thread (preview-worker.ts) under the read limits, since even a
 * 1 MB workbook can expand a thousandfold.
 */
import type { UploadPreview } from '../../data/types.ts';
import { READ_LIMITS, type ReadLimits } from '../../data/limits.ts';
import { openReader, sourceGuess, type parseColumnMapping } from '../../ingest/readers/index.ts';
import type { RawDoc } from '../../ingest/types.ts';
import { guardZip, zipLimitsFor } from '../../ingest/zip-guard.ts';
import { isZip, tableHead } from '../../ingest/readers/table-head.ts';

const PREVIEW_DOCS = 5;

export type Mapping = ReturnType<typeof parseColumnMapping>;

/** The preview of the file at `path` (whose bytes are `bytes`), read under `limits`. */
export async function previewFile(path: string, bytes: Uint8Array, format: string | undefined, mapping: Mapping | undefined, sheet: string | undefined, limits: ReadLimits = READ_LIMITS): Promise<UploadPreview> {
  if (isZip(bytes)) {
    // a complete workbook is checked for bombs before anything inflates it; a cut one is read as far as it goes
    const refusal = await guardZip(path, zipLimitsFor(limits)).then(() => null, (e: { errors?: UploadPreview['errors'] }) => e.errors ?? null);
    if (refusal && !refusal.some((x) => /not a complete ZIP/.test(x.message))) {
      return { format: format ?? 'unknown', source: 'survey', dropped: [], items: [], documents: [], errors: refusal, needsMapping: false, needsSource: false, guessedSource: null, sourceReason: null, columns: [], rows: [], sheets: [], sheet: null };
    }
  }
  const head = await tableHead(bytes, sheet);
  const generic = isZip(bytes) ? 'generic-xlsx' : 'generic-csv';
  const empty: UploadPreview = { format: format ?? 'unknown', source: 'survey', dropped: [], items: [], documents: [], errors: [], needsMapping: false, needsSource: false, guessedSource: null, sourceReason: null, ...head };
  let session;
  try {
    session = await openReader(path, { format, mapping, sample: true, limits, pseudonymize: () => 'pseudonym' });
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
  // a table recognised only by its column names: the kind of source is asked, the guess preselected
  const guess = mapping ? null : sourceGuess(Buffer.from(bytes.subarray(0, 65536)), session.format);
  return {
    ...empty,
    ...(guess ? { needsSource: true, guessedSource: guess.source, sourceReason: guess.reason } : {}),
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
