/**
 * Contact details typed into free text are replaced with placeholders when a file is read, so
 * they are never analysed, stored, served, exported or backed up: e-mail addresses, phone
 * numbers, IP addresses, IBANs and street addresses, in the usual English, Dutch, German and
 * French formats. Kept on purpose: prices, years, dates, times, percentages, counts ("40
 * viewings") and postcodes on their own (a postcode names an area of a few streets, not a person).
 */
import type { RawDoc } from '../types.ts';

import type { RedactionCounts, RedactionKind } from '../../data/types.ts';
export type { RedactionCounts, RedactionKind };

export const PLACEHOLDERS: Record<RedactionKind, string> = {
  email: '[e-mail]', phone: '[phone]', ip: '[IP address]', iban: '[IBAN]', address: '[address]',
};

/** Zero counts for every kind. */
export const noRedactions = (): RedactionCounts => ({ email: 0, phone: 0, ip: 0, iban: 0, address: 0 });

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// two letters, two check digits, 11–30 letters or digits, optionally in groups of four
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d]|\\.\\d)`, 'g');
const IPV6 = /(?<![\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}|(?:[0-9A-Fa-f]{1,4}:){1,7}:|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})(?![\w:])/g;
// international (+31 6 1234 5678, 0049 30 123456), national with a trunk 0 (06-12345678,
// (020) 123 45 67, 030/1234567, 06.12.34.56.78) and North American ((555) 123-4567)
const PHONE_INTL = /(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .\-/]{0,2}(?:\(0\)|\(\d{1,4}\)|\d{1,5})){2,7}(?![\d])/g;
const PHONE_NATIONAL = /(?<![\w.,/-])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ .\-/]{1,2}\d{2,4}|\d{3,}){1,5}(?![\d])/g;
const PHONE_NANP = /(?<![\w.,-])(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[.-]\d{4}(?![\d])/g;
const STREET_WORDS = 'straat|weg|laan|plein|gracht|kade|singel|dijk|steeg|hof|dreef|pad|stra(?:ß|ss)e|str\\.|gasse|allee|platz|damm|ufer|chaussee';
const UNITS = '(?:km|m|cm|min|uur|h|hours?|jaar|jahre?|years?|keer|mal|times|%|euro|eur|€|x)\\b';
// Kerkstraat 12a, Hauptstr. 5, Am Markt-Platz 3-5: a street word ending a name, then a house number
const ADDRESS_NL_DE = new RegExp(`(?<![\\p{L}])[\\p{Lu}][\\p{L}-]*(?:${STREET_WORDS})\\s?\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:-\\d{1,4})?(?!\\d|\\s*${UNITS})`, 'gu');
// 12 rue de la Paix, 5 bis avenue Foch
const ADDRESS_FR = /(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours|route)\s+(?:(?:de la|de l'|des|du|de|d'|la|le|les)\s*)?[\p{Lu}][\p{L}'-]*(?:\s+[\p{Lu}][\p{L}'-]*){0,3}/gu;
// 221B Baker Street, 10 Downing St.
const ADDRESS_EN = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s+(?:[\p{Lu}][\p{L}'-]+\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Boulevard|Way|Court|Place|Square|Terrace|Close|Crescent|Row|Gardens)(?![\p{L}])/gu;

const digits = (s: string) => s.replace(/\D/g, '').length;

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
function validIban(raw: string): boolean {
  const s = raw.replace(/ /g, '').toUpperCase();
  if (s.length < 15 || s.length > 34) return false;
  let rest = 0;
  for (const ch of s.slice(4) + s.slice(0, 4)) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** A date (01-02-2024, 01.02.2024 10) or a time caught by a phone pattern is not a phone. */
function dateLike(s: string, after: string): boolean {
  const dmy = s.match(/^\(?(\d{1,2})[-./](\d{1,2})[-./](?:\d{4}|\d{2})(?![-./]\d)/);
  const ymd = s.match(/^\d{4}[-./](\d{1,2})[-./]\d{1,2}(?![-./]\d)/);
  return (dmy !== null && Number(dmy[1]) <= 31 && Number(dmy[2]) <= 12) || (ymd !== null && Number(ymd[1]) <= 12) || /^[:h]\d/.test(after);
}

/** Replaces contact details in `text`, counting each replacement by kind. */
export function redactText(text: string, counts: RedactionCounts): string {
  if (!/[@\d:]/.test(text)) return text; // nothing to find without a digit, an @ or a colon
  let t = text;
  const swap = (re: RegExp, kind: RedactionKind, keep?: (m: string, after: string) => boolean) => {
    t = t.replace(re, (m: string, ...rest: unknown[]) => {
      const offset = rest[rest.length - 2] as number;
      const whole = rest[rest.length - 1] as string;
      if (keep && keep(m, whole.slice(offset + m.length, offset + m.length + 3))) return m;
      counts[kind]++;
      return PLACEHOLDERS[kind];
    });
  };
  if (t.includes('@')) swap(EMAIL, 'email');
  t = t.replace(IBAN, (m) => {
    // the last groups may be the next words ("… 00 en", "… merci"): drop them one by one until the check holds
    let hit: string | null = m;
    while (hit && !validIban(hit)) hit = hit.includes(' ') ? hit.slice(0, hit.lastIndexOf(' ')) : null;
    if (!hit) return m;
    counts.iban++;
    return PLACEHOLDERS.iban + m.slice(hit.length);
  });
  swap(IPV4, 'ip');
  if (t.includes(':')) swap(IPV6, 'ip', (m) => digits(m) + (m.match(/[a-f]/gi)?.length ?? 0) < 4 || !/::|(?:\w+:){7}/.test(m));
  swap(ADDRESS_FR, 'address');
  swap(ADDRESS_EN, 'address');
  swap(ADDRESS_NL_DE, 'address');
  swap(PHONE_INTL, 'phone', (m) => digits(m) < 8 || digits(m) > 15);
  swap(PHONE_NATIONAL, 'phone', (m, after) => digits(m) < 9 || digits(m) > 12 || dateLike(m, after));
  swap(PHONE_NANP, 'phone');
  return t;
}

/** The document with its texts and closed answers redacted. */
export function redactDoc(doc: RawDoc, counts: RedactionCounts): RawDoc {
  for (const p of doc.parts) p.text = redactText(p.text, counts);
  if (doc.answers) for (const a of doc.answers) a.value = redactText(a.value, counts);
  return doc;
}
