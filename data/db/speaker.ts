/**
 * The speaker fields in the database (migration 014): the role mapping the analyst edits, the
 * official handles per city, and the relabelling that keeps segments, documents and facts in step.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Role, RoleTerm, UnmappedRole, Voice } from '../speaker.ts';
import { refreshFacts } from './facts.ts';

const rows = async <T>(conn: DuckDBConnection, q: string, params: Record<string, string | number | null> = {}): Promise<T[]> =>
  (await conn.runAndReadAll(q, params)).getRowObjectsJS() as T[];

/**
 * Sets role from role_raw through role_terms, for the segments and documents numbered after
 * `after` (a file's own rows; default every row). An answer no term covers is 'unknown' and keeps
 * its text in role_raw.
 */
export async function relabelRoles(conn: DuckDBConnection, after: { segments: number; documents: number } = { segments: 0, documents: 0 }): Promise<void> {
  for (const table of ['segments', 'documents'] as const) {
    await conn.run(
      `update ${table} set role = coalesce(m.role, 'unknown')
       from (select raw, role_match(raw) as role
             from (select distinct role_raw as raw from ${table} where id > $after and role_raw is not null)) m
       where ${table}.id > $after and ${table}.role_raw = m.raw`,
      { after: after[table] },
    );
  }
}

/** The mapping's terms, by role then term. */
export async function readRoleTerms(conn: DuckDBConnection): Promise<RoleTerm[]> {
  return rows<RoleTerm>(conn, `select term, role from role_terms order by role, term`);
}

/** Answers no term covers, with the segments and respondents behind each, most frequent first. */
export async function unmappedRoles(conn: DuckDBConnection, cityId: number | null): Promise<UnmappedRole[]> {
  return rows<UnmappedRole>(conn, `
    with answers as (
      select role_raw as answer, count(*) as segments, 0 as documents from segments
      where role_raw is not null and ($cityId is null or city_id = $cityId) group by role_raw
      union all
      select role_raw, 0, count(*) from documents
      where role_raw is not null and ($cityId is null or city_id = $cityId) group by role_raw
    )
    select answer, sum(segments)::INTEGER as segments, sum(documents)::INTEGER as documents
    from answers where role_match(answer) is null
    group by answer order by sum(segments) + sum(documents) desc, answer`, { cityId });
}

/**
 * Adds or replaces terms (stored normalised), or removes them (role null), then relabels every
 * segment and respondent and rebuilds the facts of the cities whose labels changed.
 */
export async function editRoleTerms(
  conn: DuckDBConnection, edits: { term: string; role: Role | null }[], actor: string | null,
): Promise<{ relabelled: number }> {
  await conn.run(`create or replace temp table role_before as select id, city_id, role from segments where role_raw is not null`);
  for (const e of edits) {
    await conn.run(`delete from role_terms where term = normal_answer($term)`, { term: e.term });
    if (e.role) {
      await conn.run(`insert into role_terms (term, role, edited_by, edited_at) values (normal_answer($term), $role, $actor, now())`,
        { term: e.term, role: e.role, actor });
    }
  }
  await relabelRoles(conn);
  const changed = await rows<{ city_id: number; n: number }>(conn, `
    select b.city_id::INTEGER as city_id, count(*)::INTEGER as n
    from segments s join role_before b on b.id = s.id
    where s.role is distinct from b.role group by b.city_id`);
  await conn.run(`drop table role_before`);
  await refreshFacts(conn, changed.map((c) => c.city_id));
  return { relabelled: changed.reduce((s, c) => s + c.n, 0) };
}

/** A city's official and partner handles (lower case, without "@"). */
export async function readHandles(conn: DuckDBConnection, cityId: number): Promise<{ handle: string; voice: Voice }[]> {
  return rows(conn, `select handle, voice from official_handles where city_id = $cityId order by handle`, { cityId });
}

/** Replaces a city's official and partner handles. */
export async function setHandles(conn: DuckDBConnection, cityId: number, handles: { handle: string; voice: Voice }[]): Promise<void> {
  await conn.run(`delete from official_handles where city_id = $cityId`, { cityId });
  for (const h of handles) {
    await conn.run(`insert or replace into official_handles (city_id, handle, voice) values ($cityId, $handle, $voice)`,
      { cityId, handle: normalHandle(h.handle), voice: h.voice });
  }
}

/** A handle as stored and compared: trimmed, lower case, no leading "@". */
export const normalHandle = (h: string): string => h.trim().replace(/^@/, '').toLowerCase();
