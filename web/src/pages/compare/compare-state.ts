/** The compare page's own URL state: which cities (2–10) and which preset. */
import type { ComparePreset } from '../../api/use-compare.ts';
import { openEvidence, type EvidenceFilter } from '../../evidence/open.ts';
import { withParam } from '../../router/filters.ts';
import { navigate } from '../../router/location.ts';

export const PRESETS: { value: ComparePreset; label: string }[] = [
  { value: 'themes', label: 'Themes' },
  { value: 'anholt', label: 'Anholt hexagon' },
  { value: 'expat', label: 'Expat Insider' },
];

/** `cities=A,B` from the URL; without it the page's city and the next one in the list. */
export function readCities(search: string, pageCity: string | null, all: string[]): string[] {
  const raw = new URLSearchParams(search).get('cities');
  if (raw) return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))].slice(0, 10);
  const first = pageCity && all.includes(pageCity) ? pageCity : all[0];
  const second = all.find((c) => c !== first);
  return [first, second].filter((c): c is string => !!c);
}

/** `preset=` from the URL, themes by default. */
export function readPreset(search: string): ComparePreset {
  const p = new URLSearchParams(search).get('preset');
  return p === 'anholt' || p === 'expat' ? p : 'themes';
}

/** `per=10k` from the URL: counts also per 10,000 residents. */
export function readPer(search: string): '10k' | null {
  return new URLSearchParams(search).get('per') === '10k' ? '10k' : null;
}

/** Writes a compare parameter into the URL (a new history entry, so Back undoes it). */
export function setParam(key: 'cities' | 'preset' | 'per', value: string | null): void {
  navigate(window.location.pathname + withParam(window.location.search, key, value));
}

/**
 * Opens the evidence drawer for a figure of `city`: the city travels in the evidence filter, so
 * the drawer (and a copied link, and "Open in Voices") shows that city's quotes whatever the
 * page's own city is.
 */
export function openCityEvidence(city: string, filter: EvidenceFilter, label: string): void {
  openEvidence({ ...filter, city }, label);
}
