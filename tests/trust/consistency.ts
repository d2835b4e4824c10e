/** Database invariants the trust tests check after hostile input, kills and deletions. */
import type { Store } from '../../data/db/store.ts';

/** Rows that point at something no longer there, per kind; all zero in a consistent database. */
export async function orphans(store: Store): Promise<Record<string, number>> {
  const [r] = await store.all<Record<string, number>>(`select
    (select count(*) from documents d where not exists (select 1 from sources s where s.id = d.source_id))::INTEGER as documents,
    (select count(*) from segments g where not exists (select 1 from documents d where d.id = g.document_id))::INTEGER as segments,
    (select count(*) from segment_themes t where not exists (select 1 from segments g where g.id = t.segment_id))::INTEGER as themes,
    (select count(*) from segment_values v where not exists (select 1 from segments g where g.id = v.segment_id))::INTEGER as "values",
    (select count(*) from segment_terms t where not exists (select 1 from segments g where g.id = t.segment_id))::INTEGER as terms,
    (select count(*) from survey_answers a where not exists (select 1 from documents d where d.id = a.document_id))::INTEGER as answers,
    (select count(*) from survey_items i where not exists (select 1 from sources s where s.id = i.source_id))::INTEGER as items,
    (select count(*) from sources s where not exists (select 1 from documents d where d.source_id = s.id))::INTEGER as empty_sources,
    (select count(*) from ingest_runs where status = 'running')::INTEGER as running_runs`);
  return r;
}

export const CONSISTENT = { documents: 0, segments: 0, themes: 0, values: 0, terms: 0, answers: 0, items: 0, empty_sources: 0, running_runs: 0 };

/** Row counts of the data tables. */
export async function dataCounts(store: Store): Promise<Record<string, number>> {
  const [r] = await store.all<Record<string, number>>(`select
    (select count(*) from sources)::INTEGER as sources, (select count(*) from documents)::INTEGER as documents,
    (select count(*) from segments)::INTEGER as segments, (select count(*) from segment_themes)::INTEGER as themes,
    (select count(*) from segment_values)::INTEGER as "values", (select count(*) from segment_terms)::INTEGER as terms,
    (select count(*) from survey_answers)::INTEGER as answers, (select count(*) from survey_items)::INTEGER as items`);
  return r;
}
