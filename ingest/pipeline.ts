import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Group, SourceKind } from '../data/types.ts';
import { ensureCity, readCityValues, type StoredValue } from '../data/db/brand-values.ts';
import { addFacts } from '../data/db/facts.ts';
import type { Store } from '../data/db/store.ts';
import { inlinePool, type AnalysisPool } from './analysis-pool.ts';
import type { AnnotatedDoc } from './annotate-doc.ts';
import { contentHash, fingerprint, fileHash, makePseudonymizer, pseudonymKey } from './hash.ts';
import { openReader, type ReadOptions, type ReadSession } from './readers/index.ts';
import { noRedactions, type RedactionCounts } from './readers/redact.ts';
import type { RawDoc, ReadError } from './types.ts';
import { RowWriter } from './writer.ts';
import { guardZip, zipLimitsFor } from './zip-guard.ts';
import { openIsolatedReader } from './isolated-reader.ts';
import { PARSE_MEMORY_MB, READ_LIMITS, type ParseLimits } from '../data/limits.ts';
import { FingerprintSet } from './fingerprint-set.ts';
import { readThemeTerms } from '../data/db/theme-terms.ts';
import { applyCorrections } from '../data/db/corrections.ts';
import { activeModelFile } from '../data/db/model-versions.ts';
import { normalHandle, readHandles, relabelRoles } from '../data/db/speaker.ts';
import type { Voice } from '../data/speaker.ts';
import { speakerFields } from './speaker/fields.ts';
import { homeCode } from './speaker/origin.ts';

export type IngestOptions = {
  city?: string; source?: SourceKind; group?: Group; format?: string;
  mapping?: ReadOptions['mapping']; keepHandles?: boolean;
  /** Whose voice the file is (official, partner, user); default: from the source kind and the city's handles. */
  voice?: Voice;
  /** Date (YYYY-MM-DD) of records that carry none: a brand text's publication date, asked at upload. */
  date?: string;
  /** The wave of a survey file (e.g. 2026-03, "spring 2026"); default: the month (YYYY-MM) of its earliest response. */
  wave?: string;
  /** Name recorded for the file (uploads keep the user's file name). */
  fileName?: string;
  actor?: string | null;
  /** A file still being read after this many ms is rejected (nothing stored) and frees the writer. */
  timeoutMs?: number;
  /** Caps on expanded bytes, record length, parts per document and (isolated) the reader's heap. */
  limits?: Partial<Omit<ParseLimits, 'timeoutMs'>>;
  /** Read the file on its own worker thread under `limits.memoryMb` and the timeout (uploads, the CLI). */
  isolate?: boolean;
  /** Where the analysis runs; inline when omitted (worker start-up costs more than small files take). */
  pool?: AnalysisPool;
  onProgress?: (p: { records: number; bytes: number; total: number | null }) => void;
};

/** The `ingest --json` summary (CONTRACT.md); `redacted` counts contact details replaced in free text, by kind. */
export type IngestSummary = {
  file: string; format: string | null; city: string | null; source: SourceKind | null;
  documents: number; segments: number; skipped: number; duplicates: number;
  errors: ReadError[]; dropped: string[]; redacted: RedactionCounts;
};

/** A file refused as a whole; nothing of it is stored. */
export class Rejected extends Error {
  constructor(public errors: ReadError[]) { super(errors.map((e) => `${e.where}: ${e.message}`).join('; ')); }
}

/** A city of the file: its brand values, and the fingerprints of every key stored for it (this file's included). */
type CityState = {
  id: number; values: StoredValue[]; valueIds: Map<string, number>; fingerprints: FingerprintSet;
  /** ISO code of the city's country (origin local), and its official/partner handles by stored author key */
  home: string | null; handles: Map<string, Voice>;
};
const BATCH = 1000;
const POOL_MIN_BYTES = 1_000_000;

/** Reads, analyses and stores one file in one transaction: all of it, or nothing. */
export async function ingestFile(store: Store, path: string, opts: IngestOptions = {}): Promise<IngestSummary> {
  const file = opts.fileName ?? basename(path);
  const hash = await fileHash(path);
  return store.write(async (conn) => {
    const runId = await startRun(conn, file, hash, opts.actor ?? null);
    const started = Date.now();
    const summary: IngestSummary = {
      file, format: null, city: opts.city ?? null, source: null,
      documents: 0, segments: 0, skipped: 0, duplicates: 0, errors: [], dropped: [], redacted: noRedactions(),
    };
    let session: (ReadSession & { close?: () => Promise<void> }) | null = null;
    let sourceId: number | null = null;
    try {
      const key = await pseudonymKey(conn);
      const limits: ParseLimits = { ...READ_LIMITS, memoryMb: PARSE_MEMORY_MB, ...opts.limits, timeoutMs: opts.timeoutMs };
      const readOpts = { format: opts.format, city: opts.city, group: opts.group, mapping: opts.mapping, keepHandles: opts.keepHandles };
      if (opts.isolate) session = await openIsolatedReader(path, readOpts, key, limits);
      else {
        await guardZip(path, zipLimitsFor(limits)); // XLSX/DOCX are ZIPs: refuse bombs before a reader inflates them
        session = await openReader(path, { ...readOpts, limits, pseudonymize: makePseudonymizer(key) });
      }
      summary.format = session.format;
      summary.source = opts.source ?? session.source;
      summary.dropped = session.dropped;
      await conn.run('begin transaction');
      try {
        // a small file is analysed faster inline than it takes worker threads to start
        const pool = statSync(path).size >= POOL_MIN_BYTES ? opts.pool : undefined;
        sourceId = await storeSession(conn, session, summary, hash, { ...opts, pool });
        if (session.stats.errors.length) throw new Rejected(session.stats.errors);
        summary.skipped = session.stats.skipped;
        summary.redacted = { ...session.redacted };
        await conn.run('commit');
      } catch (err) {
        await conn.run('rollback');
        throw err;
      }
      await finishRun(conn, runId, 'stored', sourceId, summary, Date.now() - started);
      return summary;
    } catch (err) {
      summary.errors = err instanceof Rejected ? err.errors : readerErrors(err);
      summary.documents = 0; summary.segments = 0; summary.duplicates = 0;
      summary.skipped = session?.stats.skipped ?? 0;
      await finishRun(conn, runId, 'rejected', null, summary, Date.now() - started);
      return summary;
    } finally {
      await session?.close?.();
    }
  });
}

function readerErrors(err: unknown): ReadError[] {
  const e = err as { errors?: ReadError[]; message?: string };
  if (Array.isArray(e.errors) && e.errors.length) return e.errors;
  return [{ where: 'file', message: e.message ?? String(err) }];
}

async function storeSession(conn: DuckDBConnection, session: ReadSession, summary: IngestSummary, hash: string, opts: IngestOptions): Promise<number | null> {
  const kind = summary.source!;
  const defaultGroup = opts.group ?? 'unknown';
  const pool = opts.pool ?? inlinePool();
  // the taxonomy plus the custom theme terms added from the dashboard (read once per file)
  const themeTerms = (await readThemeTerms(conn)).map(({ theme, term }) => ({ theme, term }));
  const modelFile = await activeModelFile(conn); // the installation's retrained model, if one is active
  const ids = await nextIds(conn);
  const segmentsBefore = ids.segment; // this file's segments are numbered after it
  const documentsBefore = ids.document; // and its documents after this
  const cities = new Map<string, CityState>();
  // keys sent to analysis and not yet written (as small as the batches in flight); a written key
  // is known by its city's fingerprints and confirmed in the table
  const pending = new Set<string>();
  let sourceId: number | null = null;
  let itemIds = new Map<string, number>();
  const writer = await RowWriter.open(conn);
  let batch: RawDoc[] = [];
  let records = 0;
  // batches being analysed, oldest first: bounded, so reading waits for analysis (backpressure)
  const inFlight: Promise<[Keyed, AnnotatedDoc][]>[] = [];
  const maxInFlight = Math.max(2, pool.threads * 2);

  const cityOf = async (doc: RawDoc, record: number): Promise<CityState> => {
    const name = doc.city?.trim() || opts.city;
    if (!name) throw new Rejected([{ where: `record ${record}`, message: 'the record names no city and no --city was given' }]);
    let state = cities.get(name.toLowerCase());
    if (!state) {
      const id = await ensureCity(conn, name);
      const values = await readCityValues(conn, id);
      state = { id, values, valueIds: valueIds(values), fingerprints: await storedFingerprints(conn, id, kind), ...await speakerContext(conn, id, opts.keepHandles ?? false) };
      cities.set(name.toLowerCase(), state);
      summary.city ??= name;
    }
    return state;
  };

  /** Dedups a batch and sends the new documents to the analysis pool. */
  const submit = async () => {
    const fresh: Keyed[] = [];
    const keyed: Keyed[] = [];
    for (const doc of batch) {
      const key = dedupKey(doc, kind);
      keyed.push({ doc, key, fp: fingerprint(key), city: await cityOf(doc, ++records) });
    }
    batch = [];
    // only keys whose fingerprint is known can be stored already; the table confirms those
    const stored = await storedKeys(conn, kind, keyed.filter((k) => !pending.has(scoped(k)) && k.city.fingerprints.has(k.fp)));
    for (const k of keyed) {
      if (pending.has(scoped(k)) || stored.has(scoped(k))) { summary.duplicates++; continue; }
      pending.add(scoped(k));
      k.city.fingerprints.add(k.fp);
      fresh.push(k);
    }
    const byCity = new Map<CityState, Keyed[]>();
    for (const k of fresh) {
      const list = byCity.get(k.city);
      if (list) list.push(k); else byCity.set(k.city, [k]);
    }
    inFlight.push(Promise.all([...byCity].map(([city, list]) =>
      pool.annotate({ docs: list.map((k) => k.doc), kind, values: city.values, defaultGroup, themeTerms, modelFile })
        .then((annotated) => list.map((k, i): [Keyed, AnnotatedDoc] => [k, annotated[i]])),
    )).then((parts) => parts.flat()));
  };

  /** Writes the oldest analysed batch. */
  const writeOldest = async () => {
    const written = await inFlight.shift()!;
    for (const [k, annotated] of written) {
      if (sourceId === null) {
        sourceId = ++ids.source;
        await conn.run(
          `insert into sources (id, city_id, kind, format, file_name, file_hash, created_by) values ($id, $city, $kind, $format, $file, $hash, $actor)`,
          { id: sourceId, city: k.city.id, kind, format: session.format, file: summary.file, hash, actor: opts.actor ?? null },
        );
        itemIds = await storeItems(conn, session, sourceId, ids);
      }
      writeDoc(writer, k, annotated, { kind, voice: opts.voice ?? null }, sourceId, ++ids.document, ids, itemIds, summary);
    }
    writer.flush();
    for (const [k] of written) pending.delete(scoped(k));
    opts.onProgress?.({ records: session.stats.records, ...session.progress() });
  };

  const deadline = opts.timeoutMs ? Date.now() + opts.timeoutMs : Infinity;
  try {
    for await (const doc of session.docs) {
      if (Date.now() > deadline) {
        throw new Rejected([{ where: `record ${records + batch.length + 1}`, message: `parse timeout: still reading after ${Math.round(opts.timeoutMs! / 1000)} s; nothing was stored` }]);
      }
      if (!doc.date && opts.date) doc.date = opts.date;
      batch.push(doc);
      if (batch.length >= BATCH) {
        await submit();
        if (inFlight.length >= maxInFlight) await writeOldest();
      }
    }
    if (batch.length) await submit();
    while (inFlight.length) await writeOldest();
  } finally {
    // a rejected file leaves analysed batches behind: settle them before the rollback
    await Promise.allSettled(inFlight);
    writer.close();
  }
  if (sourceId !== null) {
    await relabelRoles(conn, { segments: segmentsBefore, documents: documentsBefore }); // role answers through the analyst's mapping
    await applyCorrections(conn, { after: segmentsBefore, captureModel: true }); // readers' corrections of the same sentences
    await addFacts(conn, segmentsBefore); // this file's segments, into the figures' facts
    if (kind === 'survey') {
      await conn.run(
        `update sources set wave = coalesce($wave, (select strftime(min(d.date), '%Y-%m') from documents d where d.source_id = $id)) where id = $id`,
        { wave: opts.wave ?? null, id: sourceId },
      );
    }
  }
  return sourceId;
}

type Keyed = { doc: RawDoc; key: string; fp: bigint; city: CityState };
const scoped = (k: Keyed) => `${k.city.id}|${k.key}`;

function writeDoc(
  writer: RowWriter, k: Keyed, a: AnnotatedDoc, source: { kind: SourceKind; voice: Voice | null }, sourceId: number, docId: number,
  ids: Ids, itemIds: Map<string, number>, summary: IngestSummary,
): void {
  const { doc, key, city } = k;
  const kind = source.kind;
  const date = parseDate(doc.date);
  const authorFp = doc.author ? fingerprint(doc.author) : null;
  const ctx = {
    home: city.home,
    voice: { kind, option: source.voice, handleVoice: doc.author ? city.handles.get(normalHandle(doc.author)) ?? null : null },
  };
  writer.document({
    id: docId, sourceId, cityId: city.id, kind, dedupKey: key, group: a.group, date,
    language: a.language, authorKey: doc.author ?? null, attrs: doc.attrs, text: a.text, dedupFp: k.fp,
    fields: speakerFields(null, doc.attrs, ctx),
  });
  for (const [position, s] of a.segments.entries()) {
    const segId = ++ids.segment;
    writer.segment({
      id: segId, documentId: docId, cityId: city.id, kind, group: s.group, date, position,
      start: s.start, end: s.end, text: s.text, question: s.question, speaker: s.speaker,
      speakerAttrs: s.speakerAttrs, moderator: s.moderator, language: s.language,
      sentiment: s.sentiment, label: s.label, contributions: s.contributions,
      themes: [...new Set(s.themes.map((m) => m.id))],
      valueIds: [...new Set(s.values.map((m) => city.valueIds.get(m.id.toLowerCase())).filter((id) => id !== undefined))],
      ageBand: ageBandOf(s.speakerAttrs, doc.attrs), authorFp, fields: speakerFields(s.speakerAttrs, doc.attrs, ctx),
      stimulus: s.stimulus, stimulusLabel: s.stimulusLabel, authenticity: s.authenticity,
    });
    for (const m of s.themes) writer.theme({ segmentId: segId, key: m.id, term: m.term, start: m.start, end: m.end });
    for (const m of s.values) {
      const valueId = city.valueIds.get(m.id.toLowerCase());
      if (valueId !== undefined) writer.value({ segmentId: segId, key: valueId, term: m.term, start: m.start, end: m.end });
    }
    for (const t of new Set(s.terms)) writer.term(segId, t);
  }
  for (const ans of doc.answers ?? []) {
    const itemId = itemIds.get(ans.item);
    if (itemId !== undefined) writer.answer(docId, itemId, ans.value, ans.num);
  }
  summary.documents++;
  summary.segments += a.segments.length;
}

/** The age band of a segment: the speaker's in a focus group, else the document's. */
function ageBandOf(speaker: Record<string, string> | null, doc: RawDoc['attrs']): string | null {
  const v = speaker?.ageBand ?? doc.ageBand;
  return v === undefined || v === null || v === '' ? null : String(v);
}

/** A city's country code and its official/partner handles, keyed as authors are stored (pseudonymised unless kept). */
async function speakerContext(conn: DuckDBConnection, cityId: number, keepHandles: boolean): Promise<Pick<CityState, 'home' | 'handles'>> {
  const [city] = (await conn.runAndReadAll(`select country from cities where id = $cityId`, { cityId })).getRowObjectsJS();
  const pseudonym = makePseudonymizer(await pseudonymKey(conn));
  const handles = new Map<string, Voice>();
  for (const h of await readHandles(conn, cityId)) {
    handles.set(h.handle, h.voice);
    if (!keepHandles) handles.set(normalHandle(pseudonym(h.handle)), h.voice);
  }
  return { home: homeCode(city?.country as string | null), handles };
}

type Ids = { source: number; document: number; segment: number; item: number };

async function nextIds(conn: DuckDBConnection): Promise<Ids> {
  const r = (await conn.runAndReadAll(`select
      (select coalesce(max(id), 0) from sources)::BIGINT as source,
      (select coalesce(max(id), 0) from documents)::BIGINT as document,
      (select coalesce(max(id), 0) from segments)::BIGINT as segment,
      (select coalesce(max(id), 0) from survey_items)::BIGINT as item`)).getRowObjectsJS()[0];
  return { source: Number(r.source), document: Number(r.document), segment: Number(r.segment), item: Number(r.item) };
}

async function storeItems(conn: DuckDBConnection, session: ReadSession, sourceId: number, ids: Ids): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  for (const item of session.items) {
    const id = ++ids.item;
    map.set(item.key, id);
    await conn.run(
      `insert into survey_items (id, source_id, key, text, kind, scale_min, scale_max, labels)
       values ($id, $sourceId, $key, $text, $kind, $min, $max, from_json($labels, '["VARCHAR"]'))`,
      { id, sourceId, key: item.key, text: item.text, kind: item.kind, min: item.scale?.min ?? null, max: item.scale?.max ?? null, labels: item.scale?.labels ? JSON.stringify(item.scale.labels) : null },
    );
  }
  return map;
}

/** The fingerprints of the keys stored for a city and source kind, read once when the file first names the city. */
async function storedFingerprints(conn: DuckDBConnection, cityId: number, kind: string): Promise<FingerprintSet> {
  const [{ n }] = (await conn.runAndReadAll(
    `select count(*)::DOUBLE as n from documents where city_id = $cityId and kind = $kind`, { cityId, kind },
  )).getRowObjectsJS() as { n: number }[];
  const set = new FingerprintSet(n);
  const result = await conn.stream(`select dedup_fp from documents where city_id = $cityId and kind = $kind and dedup_fp is not null`, { cityId, kind });
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    for (const fp of chunk.getColumnValues(0)) set.add(fp as bigint);
  }
  return set;
}

/** The "cityId|key" pairs among `keyed` that are stored (this file's written rows included). */
async function storedKeys(conn: DuckDBConnection, kind: string, keyed: Keyed[]): Promise<Set<string>> {
  const found = new Set<string>();
  const byCity = new Map<number, Keyed[]>();
  for (const k of keyed) {
    const list = byCity.get(k.city.id);
    if (list) list.push(k); else byCity.set(k.city.id, [k]);
  }
  for (const [cityId, list] of byCity) {
    const rows = (await conn.runAndReadAll(
      `select dedup_key from documents
       where city_id = $cityId and kind = $kind
         and dedup_fp in (select unnest(from_json($fps, '["VARCHAR"]'))::UBIGINT)
         and dedup_key in (select unnest(from_json($keys, '["VARCHAR"]')))`,
      { cityId, kind, fps: JSON.stringify(list.map((k) => k.fp.toString())), keys: JSON.stringify(list.map((k) => k.key)) },
    )).getRowObjectsJS();
    for (const r of rows) found.add(`${cityId}|${r.dedup_key}`);
  }
  return found;
}

/** The platform's record id when there is one, else a hash of the content. */
export function dedupKey(doc: RawDoc, kind: SourceKind): string {
  if (doc.externalId) return `id:${doc.externalId}`;
  const answers = (doc.answers ?? []).map((a) => `${a.item}=${a.value}`).join('\u0001');
  return `h:${contentHash(`${kind}\u0000${doc.date ?? ''}\u0000${doc.parts.map((p) => p.text).join('\u0001')}\u0000${answers}`)}`;
}

function valueIds(values: StoredValue[]): Map<string, number> {
  return new Map(values.map((v) => [v.name.toLowerCase(), v.id]));
}

function parseDate(s: string | undefined): Date | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

async function startRun(conn: DuckDBConnection, file: string, hash: string, actor: string | null): Promise<number> {
  const id = Number((await conn.runAndReadAll(`select (coalesce(max(id), 0) + 1)::INTEGER as id from ingest_runs`)).getRowObjectsJS()[0].id);
  await conn.run(`insert into ingest_runs (id, file_name, file_hash, status, actor) values ($id, $file, $hash, 'running', $actor)`, { id, file, hash, actor });
  return id;
}

async function finishRun(conn: DuckDBConnection, id: number, status: string, sourceId: number | null, s: IngestSummary, ms: number): Promise<void> {
  await conn.run(
    `update ingest_runs set status = $status, format = $format, city = $city,
       source_id = $sourceId, dropped = from_json($dropped, '["VARCHAR"]'),
       documents = $documents, segments = $segments, skipped = $skipped, duplicates = $duplicates,
       errors = $errors, finished_at = current_timestamp, duration_ms = $ms
     where id = $id`,
    { id, status, sourceId, dropped: JSON.stringify(s.dropped), format: s.format, city: s.city, documents: s.documents, segments: s.segments, skipped: s.skipped, duplicates: s.duplicates, errors: JSON.stringify(s.errors), ms },
  );
}
