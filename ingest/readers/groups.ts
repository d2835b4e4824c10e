/** Audience group and respondent-attribute words in the languages we read (EN/NL/DE/IT/FR). */
import type { Group } from '../../data/types.ts';
import { countryCode } from '../speaker/countries.ts';

const GROUP_WORDS: [Group, RegExp][] = [
  ['international', /\b(international|internationals|expat|expats|from abroad|abroad|foreign|immigrant|migrant|newcomer|internationale?r?|buitenland|ausland|estero|étranger|etranger|expatri)/i],
  ['visitor', /\b(visitor|visiting|tourist|tourism|bezoeker|toerist|besucher|tourist|turista|visitatore|visiteur|touriste|day[- ]tripper)/i],
  ['resident', /\b(resident|residents|local|locals|live here|living here|inwoner|bewoner|einwohner|anwohner|bürger|residente|abitante|habitant|citizen)/i],
];

/** Maps a free answer ("I moved here from abroad (international)") to an audience group, or null. */
export function groupFromText(text: string): Group | null {
  const t = text.trim();
  if (!t) return null;
  const exact = t.toLowerCase();
  if (exact === 'resident' || exact === 'international' || exact === 'visitor' || exact === 'unknown') return exact;
  // A parenthesised label is the clearest signal: "I moved here from abroad (international)".
  const paren = t.match(/\(([^)]+)\)\s*$/)?.[1];
  if (paren) {
    const g = firstMatch(paren);
    if (g) return g;
  }
  return firstMatch(t);
}

function firstMatch(text: string): Group | null {
  for (const [group, re] of GROUP_WORDS) if (re.test(text)) return group;
  return null;
}

/** Normalises an origin answer to 'EU', 'non-EU' or the country wording as given. */
export function originFromText(text: string): string {
  const t = text.trim();
  if (/\bnon[- ]?eu\b|outside (the )?(eu|europe)|buiten de eu|außerhalb der eu|extra[- ]?ue|hors ue|hors de l'ue/i.test(t)) return 'non-EU';
  if (/^(eu|eea|ee|ue)\b|\b(eu|european union)\b|binnen de eu|innerhalb der eu/i.test(t)) return 'EU';
  return t;
}

const GENDER: Record<string, string> = {
  f: 'F', female: 'F', woman: 'F', w: 'F', v: 'F', vrouw: 'F', frau: 'F',
  m: 'M', male: 'M', man: 'M', mann: 'M',
  x: 'X', nb: 'X', 'non-binary': 'X', nonbinary: 'X', other: 'X',
};

const BANDS: [number, string][] = [[17, 'under 18'], [24, '18–24'], [34, '25–34'], [44, '35–44'], [54, '45–54'], [64, '55–64']];

/** An age band in one spelling for every source: "18-24" → "18–24", 34 → "25–34", 70 → "65+". */
export function ageBand(value: string): string {
  const t = value.trim();
  const range = t.match(/^(\d{1,2})\s*(?:-|–|to|tot|bis|a|à)\s*(\d{1,2})(?:\s*(?:years|jaar|jahre|anni|ans))?$/i);
  if (range) return `${range[1]}–${range[2]}`;
  if (/^\d{1,3}$/.test(t)) {
    const age = Number(t);
    return BANDS.find(([max]) => age <= max)?.[1] ?? '65+';
  }
  return t.replace(/^(\d{2})\s*\+$/, '$1+');
}

/** Parses "resident, 34, F, student" into {group, age, ageBand, gender, role}; a country is the origin. */
export function parseSpeakerAttrs(inner: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of inner.split(/[,;/]/)) {
    const token = raw.trim();
    if (!token) continue;
    const kv = token.match(/^([a-z][\w ]{0,20}?)\s*[:=]\s*(.+)$/i);
    if (kv) { out[kv[1].trim().toLowerCase()] = kv[2].trim(); continue; }
    const lower = token.toLowerCase();
    if (!out.age && /^\d{1,3}$|^\d{2}\s*[-–]\s*\d{2}$|^\d0s$|^\d{2}\+$/.test(lower)) {
      out.age = token;
      out.ageBand = ageBand(token);
    }
    else if (!out.gender && GENDER[lower]) out.gender = GENDER[lower];
    else if (!out.origin && /^(non[- ]?eu|eu)$/i.test(token)) out.origin = originFromText(token);
    else if (!out.group && groupFromText(token) && token.split(/\s+/).length <= 3) out.group = groupFromText(token)!;
    // "P3 (international, Brazil)": a country or nationality is the speaker's origin
    else if (!out.origin && countryCode(token)) out.origin = token;
    else if (!out.role) out.role = token;
    else out.note = out.note ? `${out.note}, ${token}` : token;
  }
  return out;
}
