/**
 * One part of a file, staged: the file is read with the normal reader, and the part analyses and
 * stages the records of its byte range. A line-based format (NDJSON) reads only the part's lines
 * (byte-source.ts: lineRange); any other reads from the start and keeps the records read while
 * its position is in the range (split.ts). No database: everything comes in the spec.
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
import { withFileDefaults } from './record-defaults.ts';
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
      cities: staged.cities, refusal: staged.refusal, maxLineBytes: files.maxLineBytes, ranged: session.ranged(),
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
    const part = spec.parts > 1 ? { part: spec.part, parts: spec.parts } : undefined;
    return await openReader(spec.path, { ...spec.read, limits: spec.limits, pseudonymize: makePseudonymizer(spec.pseudonymKey), part });
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
  let ordinal = 0; // the record's number in what this part reads (the file, or its lines)
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
    if (spec.deadline !== null && Date.now() > spec.deadline) { refusal = timedOut(spec, ordinal, session.ranged()); break; }
    if (!session.ranged()) {
      const { bytes, total } = session.progress();
      const owner = split.owner(bytes, total);
      if (owner < spec.part) continue;
      if (owner > spec.part) break; // the rest belongs to later parts; the last part reads to the end
    }
    // ranged: numbers after every earlier part's (their counts are known only to the owner, who renumbers refusals)
    const o = session.ranged() ? rangedOrdinal(spec.part, ordinal) : ordinal;
    const name = withFileDefaults(doc, spec);
    if (!name) {
      refusal = { ordinal: o, errors: [{ where: `record ${ordinal}`, message: 'the record names no city and no --city was given' }] };
      break;
    }
    const city = await cities.get(name, o);
    annotateDoc ??= (await import('../annotate-doc.ts')).annotateDoc; // loaded with the models (part-cities.ts)
    const annotated = annotateDoc(doc, kind, city.analyzer, spec.defaultGroup);
    segments += stageDoc(sink, o, doc, dedupKey(doc, kind), annotated, city, file, normalHandle);
    documents++;
  }
  onProgress?.({ part: spec.part, records: session.stats.records, ...session.progress() });
  return { documents, segments, cities: cities.list(), refusal };
}

/** The parse timeout, named at the record being read when it passed (as the pipeline always said). */
function timedOut(spec: PartSpec, ordinal: number, ranged: boolean): PartRefusal {
  const ms = spec.timeoutMs ?? 0;
  return { ordinal: ranged ? rangedOrdinal(spec.part, ordinal) : ordinal, errors: [{ where: `record ${ordinal}`, message: `parse timeout: still reading after ${Math.round(ms / 1000)} s; nothing was stored` }] };
}

/** Records a ranged part may hold: part k's ordinals start at k × this, after every earlier part's. */
export const RANGED_ORDINALS = 2 ** 40;
const rangedOrdinal = (part: number, n: number): number => part * RANGED_ORDINALS + n;

function refusedAtOpen(spec: PartSpec, errors: ReadError[]): PartResult {
  return {
    part: spec.part, files: null, format: null, source: null, items: [], dropped: [], documents: 0, segments: 0, duplicates: 0,
    read: { records: 0, skipped: 0, errors: [], redacted: noRedactions() }, cities: [], refusal: { ordinal: 0, errors }, maxLineBytes: 0, ranged: false,
  };
}
