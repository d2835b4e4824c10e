/** The speaker field origin: eu / non_eu / local / unknown, from an answer, a label or a country. */
import type { Origin } from '../../data/speaker.ts';
import { countryCode, isEu } from './countries.ts';

const NON_EU = /\bnon[- ]?eu\b|outside (the )?(eu|europe)|buiten de eu|buiten europa|au[sß]erhalb (der eu|europas)|hors (de l'?)?(ue|europe)|extra[- ]?ue|third country|derde land|drittstaat/i;
const EU = /^(eu|eea|ue)$|\b(another|other|an) eu country\b|\beu (citizen|country|national)\b|\beuropean union\b|binnen de eu|ander eu[- ]land|innerhalb der eu|anderes eu[- ]land|autre pays de l'?ue|^eu\b/i;
const LOCAL = /^(local|same country|this country|born here|hier geboren|ici)$|\blocal\b/i;

/**
 * Normalises an origin answer. `home` is the ISO code of the city's country when known: an answer
 * naming it is local. An answer that names no origin is unknown (never guessed from the group).
 */
export function normalizeOrigin(answer: string | null | undefined, home: string | null): Origin {
  const t = answer?.trim();
  if (!t) return 'unknown';
  const lower = t.toLowerCase();
  if (['eu', 'non_eu', 'local', 'unknown'].includes(lower)) return lower as Origin;
  if (NON_EU.test(t)) return 'non_eu';
  if (EU.test(t)) return 'eu';
  if (LOCAL.test(t)) return 'local';
  const code = countryCode(t);
  if (code) return code === home ? 'local' : isEu(code) ? 'eu' : 'non_eu';
  return 'unknown';
}

/** The ISO code of a city's country as stored ("the Netherlands", "NL"), or null. */
export function homeCode(country: string | null | undefined): string | null {
  if (!country) return null;
  if (/^[A-Z]{2}$/.test(country.trim())) return country.trim();
  return countryCode(country);
}
