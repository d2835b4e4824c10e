/**
 * Custom theme terms (table theme_terms) and the re-annotation that follows adding or removing
 * one: the segments the change touches get their theme matches recomputed, in one transaction
 * with the change, so the figures never mix the old and the new lexicon.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ThemeId } from '../data/types.ts';
import { applyCorrections } from '../data/db/corrections.ts';
import { refreshFacts } from '../data/db/facts.ts';
import { inTransaction, type Store } from '../data/db/store.ts';
import { matchLexicon } from './analysis/matcher.ts';
import { loadThemeLexicons, readThemeFiles, themeLexiconFor, type CustomThemeTerm, type ThemeLexicons } from './analysis/taxonomy.ts';
import { toTokens } from './analysis/tokens.ts';
import { readDoc } from './analysis/wink.ts';
import type { TermMatch } from './types.ts';

/** A stored custom term, as GET /api/theme-terms lists it. */
export type StoredThemeTerm = CustomThemeTerm & { addedBy: string | null; addedAt: string };

/** What an add or remove answers: the term and how many segments changed their theme matches. */
export type ThemeTermChange = { op: 'add' | 'remove'; theme: ThemeId; term: string; segments: number; matches: number; scanned: number };

/** Why a change was refused (the route turns it into a 404 or 409). */
export class ThemeTermConflict extends Error {
  constructor(public code: 'duplicate_term' | 'unknown_term', message: string) { super(message); }
}

const CHUNK = 5000;

/** The form a term is stored and matched in: trimmed, lowercased, inner blanks collapsed. */
export function normalizeTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Every custom theme term; none when the database predates migration 005 (an old demo file). */
export async function readThemeTerms(conn: DuckDBConnection): Promise<StoredThemeTerm[]> {
  const exists = (await conn.runAndReadAll(`select count(*)::INTEGER as n from information_schema.tables where table_name = 'theme_terms'`)).getRowObjectsJS()[0];
  if (!exists || (exists as { n: number }).n === 0) return [];
  return (await conn.runAndReadAll(
    `select theme, term, added_by as "addedBy", strftime(added_at, '%Y-%m-%dT%H:%M:%SZ') as "addedAt" from theme_terms order by theme, added_at, term`,
  )).getRowObjectsJS() as StoredThemeTerm[];
}

/** Adds or removes one custom term and re-annotates the segments it matches (or matched). */
export async function changeThemeTerm(store: Store, op: 'add' | 'remove', theme: ThemeId, rawTerm: string, actor: string | null): Promise<ThemeTermChange> {
  const term = normalizeTerm(rawTerm);
  return inTransaction(store, async (conn) => {
    const exists = (await conn.runAndReadAll(`select count(*)::INTEGER as n from theme_terms where theme = $theme and term = $term`, { theme, term })).getRowObjectsJS()[0] as { n: number };
    if (op === 'add') {
      if (exists.n > 0) throw new ThemeTermConflict('duplicate_term', `“${term}” is already a custom term of ${theme}`);
      if (inTaxonomy(theme, term)) throw new ThemeTermConflict('duplicate_term', `“${term}” is already a term of ${theme} in the taxonomy`);
      await conn.run(`insert into theme_terms (theme, term, added_by) values ($theme, $term, $actor)`, { theme, term, actor });
    } else {
      if (exists.n === 0) throw new ThemeTermConflict('unknown_term', `“${term}” is not a custom term of ${theme}`);
      await conn.run(`delete from theme_terms where theme = $theme and term = $term`, { theme, term });
    }
    const lexicons = loadThemeLexicons(await readThemeTerms(conn));
    const result = op === 'add' ? await reannotateAdded(conn, lexicons, theme, term) : await reannotateRemoved(conn, lexicons, theme, term);
    return { op, theme, term, ...result };
  });
}

/** Whether a theme file already lists the term (in any language). */
function inTaxonomy(theme: ThemeId, term: string): boolean {
  const file = readThemeFiles().find((t) => t.id === theme);
  return !!file && Object.values(file.terms).flat().some((t) => normalizeTerm(t) === term);
}

type Seg = { id: number; text: string; language: string | null };
type Rematched = { id: number; matches: TermMatch[] };

/** Theme matches of one stored segment, offsets into its text (as the ingest stores them). */
function matchSegment(lexicons: ThemeLexicons, s: Seg): TermMatch[] {
  const { doc } = readDoc(s.text);
  return matchLexicon(themeLexiconFor(lexicons, s.language), toTokens(doc, s.text));
}

/** A new term: every segment is read again; those where the term now matches are rewritten. */
async function reannotateAdded(conn: DuckDBConnection, lexicons: ThemeLexicons, theme: ThemeId, term: string) {
  const changed: Rematched[] = [];
  let scanned = 0;
  for (let lastId = -1; ;) {
    const rows = (await conn.runAndReadAll(
      `select id::DOUBLE as id, text, language from segments where id > $lastId order by id limit ${CHUNK}`, { lastId },
    )).getRowObjectsJS() as Seg[];
    if (!rows.length) break;
    for (const s of rows) {
      const matches = matchSegment(lexicons, s);
      if (matches.some((m) => m.id === theme && m.term === term)) changed.push({ id: s.id, matches });
    }
    scanned += rows.length;
    lastId = rows[rows.length - 1].id;
  }
  return { ...(await rewrite(conn, changed)), scanned };
}

/** A removed term: only the segments it matched can change; they are matched again without it. */
async function reannotateRemoved(conn: DuckDBConnection, lexicons: ThemeLexicons, theme: ThemeId, term: string) {
  const rows = (await conn.runAndReadAll(
    `select id::DOUBLE as id, text, language from segments
     where id in (select segment_id from segment_themes where theme = $theme and term = $term) order by id`, { theme, term },
  )).getRowObjectsJS() as Seg[];
  return { ...(await rewrite(conn, rows.map((s) => ({ id: s.id, matches: matchSegment(lexicons, s) })))), scanned: rows.length };
}

/** Replaces the theme rows and the theme list of each changed segment. */
async function rewrite(conn: DuckDBConnection, changed: Rematched[]): Promise<{ segments: number; matches: number }> {
  if (!changed.length) return { segments: 0, matches: 0 };
  await conn.run(`create or replace temp table theme_rewrite (id bigint, themes varchar)`);
  const ids = await conn.createAppender('theme_rewrite');
  for (const c of changed) {
    ids.appendBigInt(BigInt(c.id)); ids.appendVarchar(JSON.stringify([...new Set(c.matches.map((m) => m.id))])); ids.endRow();
  }
  ids.closeSync();
  await conn.run(`delete from segment_themes where segment_id in (select id from theme_rewrite)`);
  const rows = await conn.createAppender('segment_themes');
  let matches = 0;
  for (const c of changed) {
    for (const m of c.matches) {
      rows.appendBigInt(BigInt(c.id)); rows.appendVarchar(m.id); rows.appendVarchar(m.term);
      rows.appendInteger(m.start); rows.appendInteger(m.end); rows.endRow();
      matches++;
    }
  }
  rows.closeSync();
  await conn.run(`update segments set themes = from_json(r.themes, '["VARCHAR"]') from theme_rewrite r where segments.id = r.id`);
  const cities = (await conn.runAndReadAll(
    `select distinct city_id::INTEGER as id from segments where id in (select id from theme_rewrite)`,
  )).getRowObjectsJS();
  // a reader's correction outranks the lexicon: re-applied before the facts are counted
  for (const r of cities) await applyCorrections(conn, { cityId: Number(r.id) });
  await refreshFacts(conn, cities.map((r) => Number(r.id)));
  await conn.run(`drop table theme_rewrite`);
  return { segments: changed.length, matches };
}
