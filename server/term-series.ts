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
 * A term as term-series.sql looks for it: lower case, every run of characters other than letters,
 * digits and marks one space, padded with a space on each side. The SQL writes each segment's text
 * the same way, so a term is found as whole words ("diverse" is not found in "diversity";
 * "well-being" finds "Well being") by a plain substring test: one regular expression with a
 * constant pattern per segment, instead of one compiled per segment and term.
 */
export function termKey(term: string): string {
  return ` ${term.toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim()} `;
}
