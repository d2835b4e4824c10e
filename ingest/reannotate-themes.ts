/**
 * Custom theme terms (table theme_terms) and the re-annotation that follows adding or removing
 * one: the segments the change touches get their theme matches recomputed, in one transaction
 * with the change, so the figures never mix the old and the new lexicon.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ThemeId } from '../data/types.ts';
import { rewriteThemeMatches } from '../data/db/segment-annotations.ts';
import { segmentChunks, segmentsMatchedBy, type StoredSegment } from '../data/db/segment-scan.ts';
import { deleteThemeTerm, hasThemeTerm, insertThemeTerm, readThemeTerms } from '../data/db/theme-terms.ts';
import { inTransaction, type Store } from '../data/db/store.ts';
import { matchLexicon } from './analysis/matcher.ts';
import { loadThemeLexicons, readThemeFiles, themeLexiconFor, type ThemeLexicons } from './analysis/taxonomy.ts';
import { toTokens } from './analysis/tokens.ts';
import { readDoc } from './analysis/wink.ts';
import type { TermMatch } from './types.ts';


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

/** Adds or removes one custom term and re-annotates the segments it matches (or matched). */
export async function changeThemeTerm(store: Store, op: 'add' | 'remove', theme: ThemeId, rawTerm: string, actor: string | null): Promise<ThemeTermChange> {
  const term = normalizeTerm(rawTerm);
  return inTransaction(store, async (conn) => {
    const exists = await hasThemeTerm(conn, theme, term);
    if (op === 'add') {
      if (exists) throw new ThemeTermConflict('duplicate_term', `“${term}” is already a custom term of ${theme}`);
      if (inTaxonomy(theme, term)) throw new ThemeTermConflict('duplicate_term', `“${term}” is already a term of ${theme} in the taxonomy`);
      await insertThemeTerm(conn, theme, term, actor);
    } else {
      if (!exists) throw new ThemeTermConflict('unknown_term', `“${term}” is not a custom term of ${theme}`);
      await deleteThemeTerm(conn, theme, term);
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

type Seg = Pick<StoredSegment, 'id' | 'text' | 'language'>;
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
  for await (const rows of segmentChunks(conn, { chunk: CHUNK })) {
    for (const s of rows) {
      const matches = matchSegment(lexicons, s);
      if (matches.some((m) => m.id === theme && m.term === term)) changed.push({ id: s.id, matches });
    }
    scanned += rows.length;
  }
  return { ...(await rewriteThemeMatches(conn, changed)), scanned };
}

/** A removed term: only the segments it matched can change; they are matched again without it. */
async function reannotateRemoved(conn: DuckDBConnection, lexicons: ThemeLexicons, theme: ThemeId, term: string) {
  const rows = await segmentsMatchedBy(conn, theme, term);
  const changed = rows.map((s) => ({ id: s.id, matches: matchSegment(lexicons, s) }));
  return { ...(await rewriteThemeMatches(conn, changed)), scanned: rows.length };
}
