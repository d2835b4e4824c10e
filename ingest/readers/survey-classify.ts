/** Decides what each survey column is (open text, Likert, NPS, choice, attribute, group, personal). */
import { isEmailColumn, isFreeText, parseNumber, type ColumnProfile } from './column-profile.ts';
import { groupFromText } from './groups.ts';
import { matchLikert, type LikertScale } from './likert.ts';

export type Kind = 'text' | 'likert' | 'nps' | 'single' | 'multi' | 'numeric' | 'attr' | 'group' | 'option' | 'drop' | 'ignore';
export type Role = 'id' | 'date' | 'status' | 'finished' | 'language' | 'city' | 'author' | 'drop' | 'ignore' | 'question';

export type ColumnSpec = {
  index: number;
  /** Export tag / code / header: the item key and a part's `question`. */
  key: string;
  /** Question text as shown to respondents. */
  text: string;
  role: Role;
  /** A kind forced by the layout or a mapping. */
  kind?: Kind;
  attrKey?: string;
  /** A checkbox column standing for one option of a multiple-choice item. */
  option?: { item: string; itemText: string; label: string };
  /** The tool draws whole numbers as a linear scale (Google Forms): 1–5, 0–10 … answers are a scale, not categories. */
  linearScale?: boolean;
};

export type PlannedColumn = ColumnSpec & { final: Kind; scale?: LikertScale; bounds?: { min: number; max: number } };

const PERSONAL_QUESTION = /\b(e-?mail|email address|e-?mailadres|phone|telephone|telefoon|telefon|mobile number|your name|full name|first name|last name|surname|naam|vorname|nachname|cognome|nom de famille|prénom|postcode|post code|zip code|postal code|street address|home address|adres|anschrift|indirizzo)\b/i;
const RECOMMEND = /recommend|aanbeve|aanraden|empfehl|weiterempfehl|raccomand|consiglier|recommander|how likely/i;
const ATTRS: [string, RegExp][] = [
  ['ageBand', /\b(age|age band|age group|how old|leeftijd|alter|altersgruppe|età|fascia d'età|âge|tranche d'âge)\b/i],
  ['lengthOfStay', /how long|length of stay|since when|years (have you|in)|hoe lang|wie lange|seit wann|da quanto|depuis combien|durée/i],
  ['origin', /where .*from|born in|origin|nationality|country of (birth|origin)|citizenship|herkomst|nationaliteit|herkunft|staatsangehörigkeit|provenienza|nazionalità|origine|nationalité|\beu\b.*\bnon-eu\b/i],
  ['fieldOfStudy', /field of study|\bmajor\b|study programme|what do you study|studierichting|opleiding|studiengang|studienfach|corso di (laurea|studi)|filière/i],
  ['gender', /\b(gender|sex|geslacht|geschlecht|genere|genre|sexe)\b/i],
  // the journey stage asked directly (speaker field stage); before role, whose words it shares
  ['stage', /journey stage|where are you in your (move|journey|stay)|stage of your (move|journey|stay)|fase van je verhuizing|phase ihres umzugs|étape de votre (installation|parcours)/i],
  ['role', /\brole\b|occupation|describes your (situation|role|status)|what do you do|main activity|current (status|situation)|typology|beroep|bezigheid|beruf|tätigkeit|rolle|occupazione|professione|profession|statut|situation professionnelle/i],
];
const RANK = /\brank|rangschik|rangfolge|ordina|classe[rz]/i;
const OPEN_HINT = /free[- ]?text|open (question|answer)|comment|explain|tell us|why\b|please specify|suggestion|anything else|toelichting|opmerking|waarom|kommentar|warum|anmerkung|commento|perché|commentaire|pourquoi|freitext/i;
const AGE_VALUE = /^(under |below |over |\d{2}\s*\+|\d{2}\s*[-–]\s*\d{2}|\d{2} (or|and) (older|over|above))/i;

/** Picks a kind for every question column from its header and first-pass profile. */
export function classify(col: ColumnSpec, p: ColumnProfile, separator: string): PlannedColumn {
  if (col.role !== 'question') return { ...col, final: col.role === 'drop' ? 'drop' : 'ignore' };
  if (PERSONAL_QUESTION.test(col.text) || PERSONAL_QUESTION.test(col.key) || isEmailColumn(p)) return { ...col, final: 'drop' };
  const values = [...p.distinct.keys()];
  if (col.kind) return withScale({ ...col, final: col.kind }, values);
  if (col.option) {
    const fits = values.every((v) => v === col.option!.label || /^(1|y|true|yes|x|checked|selected)$/i.test(v));
    if (fits) return { ...col, final: 'option' };
  }
  if (p.nonEmpty === 0) return { ...col, final: 'ignore' };
  const groups = new Set(values.map(groupFromText).filter((g) => g !== null));
  const mapped = values.filter((v) => groupFromText(v) !== null).length;
  if (!p.overflow && values.length <= 12 && groups.size >= 2 && mapped >= values.length - 1) return { ...col, final: 'group' };
  // Demographics asked as short free answers ("Virginia", "Economics") are attributes, not voice.
  const attrByText = ATTRS.find(([, re]) => re.test(col.text))?.[0];
  if (attrByText && p.totalLength / p.nonEmpty <= 30 && !matchLikert(values)) return { ...col, final: 'attr', attrKey: attrByText };
  if (isFreeText(p) || (OPEN_HINT.test(col.text) && values.every((v) => p.distinct.get(v) === 1) && !matchLikert(values))) {
    return { ...col, final: 'text' };
  }
  const scale = p.overflow ? null : matchLikert(values);
  if (scale) return { ...col, final: 'likert', scale, bounds: { min: 1, max: scale.labels.length } };
  const nums = values.map(leadingNumber);
  if (RANK.test(col.text) && p.numbers === p.nonEmpty) return { ...col, final: 'numeric' };
  if (!p.overflow && nums.every((n) => n !== null && Number.isInteger(n) && n >= 0 && n <= 10) && RECOMMEND.test(col.text)) {
    return { ...col, final: 'nps', bounds: { min: 0, max: 10 } };
  }
  if (!p.overflow && values.length <= 30) {
    if (values.every((v) => AGE_VALUE.test(v))) return { ...col, final: 'attr', attrKey: 'ageBand' };
    if (values.every((v) => /^(non[- ]?eu|eu|eea|same country)/i.test(v.trim()))) return { ...col, final: 'attr', attrKey: 'origin' };
    if (isMulti(values, separator)) return { ...col, final: 'multi' };
    // Matrix rows (Qualtrics "Q - statement", "Q6_1"; LimeSurvey arrays "G01Q01[SQ001]") answered in codes 1–7.
    if (nums.every((n) => n !== null && Number.isInteger(n) && n >= 1 && n <= 7) && /\s-\s|_\d+$|\[[^\]]+\]$/.test(col.text + ' ' + col.key)) {
      const max = Math.max(...(nums as number[]));
      return { ...col, final: 'likert', scale: numericScale(), bounds: { min: 1, max: max <= 5 ? 5 : 7 } };
    }
    // A linear scale (Google Forms): whole numbers 0/1 … 10, at least three points used.
    if (col.linearScale && values.length >= 3 && nums.every((n) => n !== null && Number.isInteger(n) && n >= 0 && n <= 10)) {
      const max = Math.max(...(nums as number[]));
      const min = Math.min(...(nums as number[])) === 0 ? 0 : 1;
      return { ...col, final: 'likert', scale: numericScale(), bounds: { min, max: max <= 5 ? 5 : max <= 7 ? 7 : 10 } };
    }
    return { ...col, final: 'single' };
  }
  if (p.numbers === p.nonEmpty) return { ...col, final: 'numeric' };
  return { ...col, final: 'text' };
}

function withScale(col: PlannedColumn, values: string[]): PlannedColumn {
  if (col.final === 'nps') col.bounds = { min: 0, max: 10 };
  if (col.final !== 'likert') return col;
  const labelled = matchLikert(values);
  if (labelled) return { ...col, scale: labelled, bounds: { min: 1, max: labelled.labels.length } };
  const nums = values.map(leadingNumber).filter((n): n is number => n !== null);
  const max = nums.length ? Math.max(...nums) : 5;
  return { ...col, scale: numericScale(), bounds: { min: nums.length && Math.min(...nums) === 0 ? 0 : 1, max: max <= 5 ? 5 : max <= 7 ? 7 : max } };
}

function numericScale(): LikertScale {
  return { id: -1, labels: [], position: (v) => leadingNumber(v) };
}

/** "7", "0 - Not at all likely", "Extremely likely 10" → the number, else null. */
export function leadingNumber(value: string): number | null {
  const direct = parseNumber(value);
  if (direct !== null) return direct;
  const m = value.trim().match(/^(\d{1,2})\b|\b(\d{1,2})$/);
  return m ? Number(m[1] ?? m[2]) : null;
}

/** Several options joined in one cell, with at least one option also answered on its own. */
function isMulti(values: string[], separator: string): boolean {
  const joined = values.filter((v) => v.includes(separator));
  if (joined.length === 0) return false;
  const whole = new Set(values.map((v) => v.trim()));
  const tokens = new Set(joined.flatMap((v) => v.split(separator).map((t) => t.trim())));
  return tokens.size <= 30 && [...tokens].some((t) => whole.has(t));
}
