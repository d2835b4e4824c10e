/** Term drift (GET /api/terms/series): the terms asked for, validated, and their word-boundary patterns. */
import { ApiError } from './errors.ts';

export const MAX_TERMS = 12;
// letters, digits, spaces, hyphens and apostrophes: a word or a short phrase
const TERM = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}' -]{0,59}$/u;

/** "multicultural, Diverse,multicultural" → ["multicultural", "diverse"]; a 400 naming a bad term. */
export function parseTerms(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') throw new ApiError(400, 'bad_parameter', 'parameter "terms": is required (comma-separated words, e.g. terms=multicultural,diverse)');
  const terms = [...new Set(raw.split(',').map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase()).filter((t) => t !== ''))];
  if (terms.length === 0) throw new ApiError(400, 'bad_parameter', 'parameter "terms": give at least one word');
  if (terms.length > MAX_TERMS) throw new ApiError(400, 'bad_parameter', `parameter "terms": at most ${MAX_TERMS} terms, got ${terms.length}`);
  const bad = terms.find((t) => !TERM.test(t));
  if (bad !== undefined) throw new ApiError(400, 'bad_parameter', `parameter "terms": "${bad.slice(0, 60)}" is not a word or phrase (letters, digits, spaces, hyphens, apostrophes; at most 60 characters)`);
  return terms;
}

/**
 * The RE2 pattern (DuckDB regexp_matches, flag 'i') that finds a term as whole words: not inside a
 * longer word ("diverse" is not found in "diversity"), any run of spaces between its words.
 */
export function termPattern(term: string): string {
  const escaped = term.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('\\s+');
  return `(^|[^\\p{L}\\p{N}\\p{M}_])${escaped}($|[^\\p{L}\\p{N}\\p{M}_])`;
}
