/** Custom theme terms (`/api/theme-terms`): the list, and adding or removing one (the server re-annotates). */
import type { ThemeId } from '../../../../data/types.ts';
import { sendJson } from '../../api/fetch-json.ts';
import { useResource, type Resource } from '../../api/use-resource.ts';
import { fmtInt } from '../../format/intl.ts';

export type CustomTerm = { theme: ThemeId; term: string; addedBy: string | null; addedAt: string };

/** What an add or remove answers: how many segments changed their themes. */
export type TermChange = { op: 'add' | 'remove'; theme: ThemeId; term: string; segments: number; matches: number };

const BASE = '/api/theme-terms';

/** Every custom term of the installation. */
export function useThemeTerms(): Resource<{ terms: CustomTerm[] }> {
  return useResource<{ terms: CustomTerm[] }>(BASE);
}

/** Adds `term` to `theme`; a successful write empties the response cache, so the figures refetch. */
export function addThemeTerm(theme: ThemeId, term: string): Promise<TermChange> {
  return sendJson<TermChange>(BASE, { method: 'POST', json: { theme, term } });
}

/** Removes a custom term and moves its segments back. */
export function removeThemeTerm(theme: ThemeId, term: string): Promise<TermChange> {
  return sendJson<TermChange>(`${BASE}/${encodeURIComponent(theme)}/${encodeURIComponent(term)}`, { method: 'DELETE' });
}

/** "8 segments" / "1 segment". */
export function segmentsText(n: number): string {
  return `${fmtInt(n)} ${n === 1 ? 'segment' : 'segments'}`;
}
