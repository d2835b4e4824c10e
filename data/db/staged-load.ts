/**
 * The database's half of a staged file: inside the caller's transaction it numbers the staged
 * documents (new ones only, first occurrence in the file wins, ids in file order) and inserts
 * each staged table with one INSERT … SELECT FROM read_json, which DuckDB runs on its own threads.
 */
import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../types.ts';
import { ensureCity } from './brand-values.ts';
import { finishFile } from './finish-file.ts';
import { STAGED_COLUMNS, type StagedTable } from './staged-schema.ts';

/** What the owner knows of the file when it loads the parts. */
export type LoadSpec = {
  uploadId: string; kind: SourceKind; format: string; fileName: string; fileHash: string; actor: string | null;
  /** the survey wave as asked, null: the month of the earliest response */
  wave: string | null;
};

/** What loadStaged stored. */
export type LoadResult = { sourceId: number | null; documents: number; segments: number; duplicates: number };

/** A survey's closed item as the staged file's header gives it. */
export type StagedItem = { key: string; text: string; kind: string; scale?: { min: number; max: number; labels?: string[] } };

/**
 * A staged file: every part's file per table (parts in file order), the largest JSON line
 * read_json must accept, the cities in the order the file first names them, the survey's
 * items, and how many documents the parts read (stored or duplicate).
 */
export type Staged = { files: Record<StagedTable, string[]>; maxObject: number; cities: string[]; items: StagedItem[]; documentsRead: number };

/** Loads a staged file inside the caller's open transaction; the caller commits or rolls back. */
export async function loadStaged(conn: DuckDBConnection, load: LoadSpec, staged: Staged): Promise<LoadResult> {
  const loader = await StagedLoader.begin(conn, load, staged.items);
  await loader.part(staged);
  return loader.finish();
}

/**
 * Loads a staged file one part at a time, in file order, inside the caller's open transaction:
 * parts loaded while later ones still stage. Each part's documents are de-duplicated against
 * what is stored, earlier parts included (so the first ordinal in the file wins), and numbered
 * after the ids loaded before it, so the rows are those of one load of every part at once.
 */
export class StagedLoader {
  private kept = 0;
  private segments = 0;
  private read = 0;
  private sourceId: number | null = null;
  private cityIds = new Map<string, number>();

  private constructor(private conn: DuckDBConnection, private load: LoadSpec, private items: StagedItem[], private ids: Ids) {}

  /** Starts a file's load (the ids it numbers after are read now). */
  static async begin(conn: DuckDBConnection, load: LoadSpec, items: StagedItem[]): Promise<StagedLoader> {
    await conn.run(`create or replace temp table stage_cities (name_key varchar primary key, id integer not null)`);
    return new StagedLoader(conn, load, items, await maxIds(conn));
  }

  /** Loads the next part (or several, in order): its cities, then its new documents and their rows. */
  async part(staged: Omit<Staged, 'items'>): Promise<void> {
    const { conn, load, ids } = this;
    for (const name of staged.cities) {
      const key = name.toLowerCase();
      if (this.cityIds.has(key)) continue;
      const id = await ensureCity(conn, name);
      this.cityIds.set(key, id);
      await conn.run(`insert into stage_cities values ($key, $id)`, { key, id });
    }
    this.read += staged.documentsRead;
    const before = { document: ids.document + this.kept, segment: ids.segment + this.segments };
    await numberDocuments(conn, load, staged, before);
    const [{ kept, segments }] = (await conn.runAndReadAll(
      `select count(*)::INTEGER as kept, coalesce(sum(n), 0)::INTEGER as segments from stage_ids`)).getRowObjectsJS() as { kept: number; segments: number }[];
    if (kept > 0) {
      if (this.sourceId === null) {
        this.sourceId = await insertSource(conn, load, ids.source + 1);
        await insertItems(conn, this.sourceId, this.items, ids.item);
      }
      await insertRows(conn, load, staged, this.sourceId);
    }
    this.kept += kept;
    this.segments += segments;
    await conn.run('drop table stage_ids');
  }

  /** Completes the file (roles, corrections, facts, wave) once every part is in. */
  async finish(): Promise<LoadResult> {
    const { conn, load, ids, sourceId } = this;
    if (sourceId !== null) {
      await finishFile(conn, { kind: load.kind, sourceId, wave: load.wave, documentsBefore: ids.document, segmentsBefore: ids.segment });
    }
    // temporary tables go with a rollback too; after a commit they would linger on the connection
    await conn.run('drop table stage_cities');
    return { sourceId, documents: this.kept, segments: this.segments, duplicates: this.read - this.kept };
  }
}

/** read_json over a staged table with its declared columns (identifiers and types from STAGED_COLUMNS, never from input). */
function readStaged(table: StagedTable, staged: Pick<Staged, 'files' | 'maxObject'>): string {
  const columns = Object.entries(STAGED_COLUMNS[table]).map(([k, type]) => `${k}: '${type}'`).join(', ');
  return `read_json($${table}, columns = {${columns}}, format = 'newline_delimited', maximum_object_size = ${staged.maxObject})`;
}

const stagedParams = (staged: Pick<Staged, 'files'>, tables: StagedTable[]) =>
  Object.fromEntries(tables.map((t) => [t, listValue(staged.files[t])]));

type Ids = { source: number; document: number; segment: number; item: number };

async function maxIds(conn: DuckDBConnection): Promise<Ids> {
  const r = (await conn.runAndReadAll(`select
      (select coalesce(max(id), 0) from sources)::BIGINT as source,
      (select coalesce(max(id), 0) from documents)::BIGINT as document,
      (select coalesce(max(id), 0) from segments)::BIGINT as segment,
      (select coalesce(max(id), 0) from survey_items)::BIGINT as item`)).getRowObjectsJS()[0];
  return { source: Number(r.source), document: Number(r.document), segment: Number(r.segment), item: Number(r.item) };
}

/**
 * stage_ids: one row per document to store, with its id and the id before its first segment.
 * A key stored before for the same city and kind is a duplicate, and so is every later
 * occurrence of a key within the file.
 */
async function numberDocuments(conn: DuckDBConnection, load: LoadSpec, staged: Omit<Staged, 'items'>, before: { document: number; segment: number }): Promise<void> {
  await conn.run(
    `create or replace temp table stage_ids as
     with fresh as (
       select k.o, c.id as city_id, k.n, md5_number_lower(k.a) as author_fp
       from ${readStaged('keys', staged)} k join stage_cities c on c.name_key = lower(k.c)
       where not exists (select 1 from documents d where d.city_id = c.id and d.kind = $kind and d.dedup_key = k.k)
       qualify row_number() over (partition by c.id, k.k order by k.o) = 1
     )
     select o, city_id, author_fp, n,
       ($documents + row_number() over (order by o))::BIGINT as id,
       ($segments + coalesce(sum(n) over (order by o rows between unbounded preceding and 1 preceding), 0))::BIGINT as seg_base
     from fresh`,
    { ...stagedParams(staged, ['keys']), kind: load.kind, documents: before.document, segments: before.segment },
  );
}

async function insertSource(conn: DuckDBConnection, load: LoadSpec, id: number): Promise<number> {
  // the source belongs to the city of its first stored document
  await conn.run(
    `insert into sources (id, city_id, kind, format, file_name, file_hash, created_by)
     select $id, city_id, $kind, $format, $file, $hash, $actor from stage_ids order by o limit 1`,
    { id, kind: load.kind, format: load.format, file: load.fileName, hash: load.fileHash, actor: load.actor },
  );
  return id;
}

/** The survey's closed items, numbered in header order. */
async function insertItems(conn: DuckDBConnection, sourceId: number, items: StagedItem[], before: number): Promise<void> {
  for (const [i, item] of items.entries()) {
    await conn.run(
      `insert into survey_items (id, source_id, key, text, kind, scale_min, scale_max, labels)
       values ($id, $sourceId, $key, $text, $kind, $min, $max, from_json($labels, '["VARCHAR"]'))`,
      { id: before + i + 1, sourceId, key: item.key, text: item.text, kind: item.kind, min: item.scale?.min ?? null, max: item.scale?.max ?? null, labels: item.scale?.labels ? JSON.stringify(item.scale.labels) : null },
    );
  }
}

/** One INSERT … SELECT per staged table, joined to stage_ids so only new documents' rows go in. */
async function insertRows(conn: DuckDBConnection, load: LoadSpec, staged: Pick<Staged, 'files' | 'maxObject'>, sourceId: number): Promise<void> {
  const segId = 'i.seg_base + x.p + 1';
  const statements: [StagedTable, string][] = [
    ['documents', `insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, author_key, attrs, text, dedup_fp, role, role_raw, origin, stay, stage, voice)
      select i.id, $sourceId, i.city_id, $kind, x.k, x.g, epoch_ms(x.d), x.l, x.a, x.attrs, x.x, md5_number_lower(x.k), 'unknown', x.rr, x.og, x.st, x.sg, x.v
      from ${readStaged('documents', staged)} x join stage_ids i using (o)`],
    ['segments', `insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, question, speaker,
        speaker_attrs, moderator, language, sentiment, label, contributions, themes, value_ids, role, origin, age_band, author_fp,
        role_raw, stay, stage, voice, stimulus, stimulus_label, authenticity)
      select ${segId}, i.id, i.city_id, $kind, x.g, epoch_ms(x.d), x.p, x.s, x.e, x.x, x.q, x.sp,
        x.sa, x.m, x.l, x.sn, x.lb, x.cn, x.th, x.vi, 'unknown', x.og, x.ab, i.author_fp,
        x.rr, x.st, x.sg, x.v, x.sm, x.sl, x.au
      from ${readStaged('segments', staged)} x join stage_ids i using (o)`],
    ['segment_themes', `insert into segment_themes (segment_id, theme, term, start_offset, end_offset)
      select ${segId}, x.t, x.w, x.s, x.e from ${readStaged('segment_themes', staged)} x join stage_ids i using (o)`],
    ['segment_values', `insert into segment_values (segment_id, value_id, term, start_offset, end_offset)
      select ${segId}, x.i, x.w, x.s, x.e from ${readStaged('segment_values', staged)} x join stage_ids i using (o)`],
    ['segment_terms', `insert into segment_terms (segment_id, term)
      select ${segId}, unnest(x.w) from ${readStaged('segment_terms', staged)} x join stage_ids i using (o)`],
    // an answer to an item the header does not list is not stored; a repeated key answers its last item
    ['survey_answers', `insert into survey_answers (document_id, item_id, value, num)
      select i.id, it.id, x.v, x.n from ${readStaged('survey_answers', staged)} x join stage_ids i using (o)
      join (select key, max(id) as id from survey_items where source_id = $sourceId group by key) it on it.key = x.i`],
  ];
  for (const [table, sql] of statements) {
    const params: Record<string, unknown> = { ...stagedParams(staged, [table]) };
    if (sql.includes('$sourceId')) params.sourceId = sourceId;
    if (sql.includes('$kind')) params.kind = load.kind;
    await conn.run(sql, params as Parameters<DuckDBConnection['run']>[1]);
  }
}
