/**
 * Privacy operations: delete a source, a respondent (document) or an author (author_key) and
 * everything derived from them, in one transaction through the single writer.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { refreshFacts } from './facts.ts';
import { inTransaction, type Store } from './store.ts';

export type Deleted = { sources: number; documents: number; segments: number; answers: number };

/** Which documents to delete: a bound predicate over `documents d`. */
type Target = { where: string; params: Record<string, string | number> };

async function count(conn: DuckDBConnection, sql: string, params: Record<string, number> = {}): Promise<number> {
  return Number((await conn.runAndReadAll(sql, params)).getRowObjectsJS()[0].n);
}

/** Deletes the documents matching `target` and every row derived from them. */
async function deleteDocuments(conn: DuckDBConnection, target: Target): Promise<Omit<Deleted, 'sources'>> {
  // A temp table pins the set once, so every delete below removes rows of the same documents.
  await conn.run(`create or replace temp table del_docs as select d.id from documents d where ${target.where}`, target.params);
  await conn.run(`create or replace temp table del_segs as select s.id from segments s where s.document_id in (select id from del_docs)`);
  const documents = await count(conn, `select count(*)::INTEGER as n from del_docs`);
  const segments = await count(conn, `select count(*)::INTEGER as n from del_segs`);
  const answers = await count(conn, `select count(*)::INTEGER as n from survey_answers where document_id in (select id from del_docs)`);
  const cities = (await conn.runAndReadAll(`select distinct city_id::INTEGER as id from documents where id in (select id from del_docs)`)).getRowObjectsJS();
  for (const t of ['segment_themes', 'segment_values', 'segment_terms']) {
    await conn.run(`delete from ${t} where segment_id in (select id from del_segs)`);
  }
  await conn.run(`delete from segments where id in (select id from del_segs)`);
  await conn.run(`delete from survey_answers where document_id in (select id from del_docs)`);
  await conn.run(`delete from documents where id in (select id from del_docs)`);
  await refreshFacts(conn, cities.map((r) => Number(r.id)));
  await conn.run(`drop table del_segs`);
  await conn.run(`drop table del_docs`);
  return { documents, segments, answers };
}

/** Deletes a source (an ingested file) with its documents, segments, answers and items; null if unknown. */
export async function deleteSource(store: Store, sourceId: number): Promise<Deleted | null> {
  return inTransaction(store, async (conn) => {
    const found = await count(conn, `select count(*)::INTEGER as n from sources where id = $sourceId`, { sourceId });
    if (!found) return null;
    const removed = await deleteDocuments(conn, { where: 'd.source_id = $sourceId', params: { sourceId } });
    // its items leave their wave links; a link left with one item dissolves, the others keep their lowest item as id
    await conn.run(`delete from survey_item_links where item_id in (select id from survey_items where source_id = $sourceId)`, { sourceId });
    await conn.run(`delete from survey_item_links where link_id in (select link_id from survey_item_links group by link_id having count(*) < 2)`);
    await conn.run(`update survey_item_links set link_id = m.new_id
      from (select link_id as old_id, min(item_id) as new_id from survey_item_links group by link_id) m where survey_item_links.link_id = m.old_id`);
    await conn.run(`delete from survey_items where source_id = $sourceId`, { sourceId });
    await conn.run(`delete from sources where id = $sourceId`, { sourceId });
    return { sources: 1, ...removed };
  });
}

/** Deletes one respondent's response, post or session (a document); null if unknown. */
export async function deleteDocument(store: Store, documentId: number): Promise<Deleted | null> {
  return inTransaction(store, async (conn) => {
    const removed = await deleteDocuments(conn, { where: 'd.id = $documentId', params: { documentId } });
    return removed.documents ? { sources: 0, ...removed } : null;
  });
}

/** Deletes everything a (pseudonymous) author wrote, in every city; null if there is none. */
export async function deleteAuthor(store: Store, authorKey: string): Promise<Deleted | null> {
  return inTransaction(store, async (conn) => {
    const removed = await deleteDocuments(conn, { where: 'd.author_key = $authorKey', params: { authorKey } });
    return removed.documents ? { sources: 0, ...removed } : null;
  });
}
