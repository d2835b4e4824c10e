/** First-pass statistics of a survey column, bounded in memory, used to infer the item kind. */

const MAX_DISTINCT = 60;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

export type ColumnProfile = {
  nonEmpty: number;
  distinct: Map<string, number>;
  /** More distinct values than we keep: free text or a numeric measure. */
  overflow: boolean;
  totalLength: number;
  maxLength: number;
  emails: number;
  numbers: number;
  withSeparator: number;
};

/** An empty profile. */
export function newProfile(): ColumnProfile {
  return { nonEmpty: 0, distinct: new Map(), overflow: false, totalLength: 0, maxLength: 0, emails: 0, numbers: 0, withSeparator: 0 };
}

/** Parses "3", "3.5", "3,5" (decimal comma), or null. */
export function parseNumber(value: string): number | null {
  const t = value.trim();
  if (!/^[-+]?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** Adds one cell to a profile. */
export function observe(p: ColumnProfile, raw: string, separator: string): void {
  const value = raw.trim();
  if (value === '') return;
  p.nonEmpty++;
  p.totalLength += value.length;
  if (value.length > p.maxLength) p.maxLength = value.length;
  if (EMAIL.test(value)) p.emails++;
  if (parseNumber(value) !== null) p.numbers++;
  if (value.includes(separator)) p.withSeparator++;
  if (p.overflow) return;
  p.distinct.set(value, (p.distinct.get(value) ?? 0) + 1);
  if (p.distinct.size > MAX_DISTINCT) {
    p.overflow = true;
    p.distinct.clear();
  }
}

/** True when the column mostly holds e-mail addresses (personal data). */
export function isEmailColumn(p: ColumnProfile): boolean {
  return p.nonEmpty > 0 && p.emails / p.nonEmpty >= 0.5;
}

/** True when the column reads as free text rather than choices. */
export function isFreeText(p: ColumnProfile): boolean {
  if (p.nonEmpty === 0) return false;
  const avg = p.totalLength / p.nonEmpty;
  if (p.numbers === p.nonEmpty) return false;
  if (p.overflow) return avg > 12;
  const ratio = p.distinct.size / p.nonEmpty;
  return (avg > 40 && ratio > 0.5) || (p.maxLength > 120 && ratio > 0.3) || (p.nonEmpty >= 20 && ratio > 0.8 && avg > 15);
}
