/**
 * One part of a file, staged: the file is read with the normal reader from the start (so any
 * format splits the same way), the part keeps the records of its byte range (split.ts), and
 * analyses and stages those records. No database: everything comes in the spec.
 */
import { dedupKey } from '../dedup-key.ts';
import { makePseudonymizer } from '../hash.ts';
import { openReader, type ReadSession } from '../readers/index.ts';
import { noRedactions } from '../readers/redact.ts';
import type { ReadError } from '../types.ts';
import { guardZip, zipLimitsFor } from '../zip-guard.ts';
import { normalHandle } from '../../data/db/speaker.ts';
import type { PartProgress, PartRefusal, PartResult, PartSpec } from './part.ts';
import { PartCities } from './part-cities.ts';
import { stageDoc } from './staged-rows.ts';
import { RangeSplit } from './split.ts';
import { StagingFiles } from './staging-files.ts';

/** Stages one part of a file; throws only for unexpected failures (expected ones are in the result). */
export async function stagePart(spec: PartSpec, onProgress?: (p: PartProgress) => void): Promise<PartResult> {
  const session = await openSession(spec);
  if ('refusal' in session) return refusedAtOpen(spec, session.refusal);
  const files = new StagingFiles(spec.staging, spec.uploadId, spec.part);
  try {
    const staged = await stageRecords(spec, session, files, onProgress);
    return {
      part: spec.part, files: files.finish(), format: session.format, source: session.source, items: session.items,
      dropped: session.dropped, documents: staged.documents, segments: staged.segments, duplicates: 0,
      read: { ...session.stats, errors: [...session.stats.errors], redacted: { ...session.redacted } },
      cities: staged.cities, refusal: staged.refusal, maxLineBytes: files.maxLineBytes,
    };
  } catch (err) {
    files.abort();
    throw err;
  }
}

/** The reader over the file, or the refusal of a file that cannot be opened (a ZIP bomb, an unknown format). */
async function openSession(spec: PartSpec): Promise<ReadSession | { refusal: ReadError[] }> {
  try {
    await guardZip(spec.path, zipLimitsFor(spec.limits)); // XLSX/DOCX are ZIPs: refuse bombs before a reader inflates them
    return await openReader(spec.path, { ...spec.read, limits: spec.limits, pseudonymize: makePseudonymizer(spec.pseudonymKey) });
  } catch (err) {
    const errors = (err as { errors?: ReadError[] }).errors;
    if (Array.isArray(errors) && errors.length) return { refusal: errors };
    throw err;
  }
}

type Staged = { documents: number; segments: number; cities: { name: string; first: number }[]; refusal: PartRefusal | null };

/** Reads up to the end of this part's range, stages its records, and stops at the first record the file must be refused for. */
async function stageRecords(spec: PartSpec, session: ReadSession, files: StagingFiles, onProgress?: (p: PartProgress) => void): Promise<Staged> {
  const kind = spec.kind ?? session.source;
  const cities = new PartCities(spec);
  const sink = files.add.bind(files);
  const split = new RangeSplit(spec.parts);
  const file = { kind, voice: spec.voice };
  let ordinal = 0;
  let documents = 0;
  let segments = 0;
  let refusal: PartRefusal | null = null;
  let annotateDoc: typeof import('../annotate-doc.ts').annotateDoc | undefined;
  for await (const doc of session.docs) {
    ordinal++;
    if (ordinal % spec.batch === 0) {
      files.flush();
      onProgress?.({ part: spec.part, records: session.stats.records, ...session.progress() });
    }
    if (spec.deadline !== null && Date.now() > spec.deadline) { refusal = timedOut(spec, ordinal); break; }
    const { bytes, total } = session.progress();
    const owner = split.owner(bytes, total);
    if (owner < spec.part) continue;
    if (owner > spec.part) break; // the rest belongs to later parts; the last part reads to the end
    if (!doc.date && spec.date) doc.date = spec.date;
    const name = doc.city?.trim() || spec.read.city;
    if (!name) {
      refusal = { ordinal, errors: [{ where: `record ${ordinal}`, message: 'the record names no city and no --city was given' }] };
      break;
    }
    const city = await cities.get(name, ordinal);
    annotateDoc ??= (await import('../annotate-doc.ts')).annotateDoc; // loaded with the models (part-cities.ts)
    const annotated = annotateDoc(doc, kind, city.analyzer, spec.defaultGroup);
    segments += stageDoc(sink, ordinal, doc, dedupKey(doc, kind), annotated, city, file, normalHandle);
    documents++;
  }
  onProgress?.({ part: spec.part, records: session.stats.records, ...session.progress() });
  return { documents, segments, cities: cities.list(), refusal };
}

/** The parse timeout, named at the record being read when it passed (as the pipeline always said). */
function timedOut(spec: PartSpec, ordinal: number): PartRefusal {
  const ms = spec.timeoutMs ?? 0;
  return { ordinal, errors: [{ where: `record ${ordinal}`, message: `parse timeout: still reading after ${Math.round(ms / 1000)} s; nothing was stored` }] };
}

function refusedAtOpen(spec: PartSpec, errors: ReadError[]): PartResult {
  return {
    part: spec.part, files: null, format: null, source: null, items: [], dropped: [], documents: 0, segments: 0, duplicates: 0,
    read: { records: 0, skipped: 0, errors: [], redacted: noRedactions() }, cities: [], refusal: { ordinal: 0, errors }, maxLineBytes: 0,
  };
}
