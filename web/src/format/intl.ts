/** Numbers and dates through Intl in the reader's locale (18.600 in Dutch, 18,600 in English). */

// `undefined` means the browser's locale; tests run in Node's default locale.
const LOCALE: string | undefined = undefined;
const MINUS = '\u2212';

const intFmt = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const signedFmt = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const decFmt = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pctFmt = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const pctFineFmt = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const monthFmt = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', timeZone: 'UTC' });
const dayFmt = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });

/** A count: 4812 → "4,812" (or "4.812"). */
export function fmtInt(n: number): string {
  return intFmt.format(n);
}

/** Net sentiment in signed points with a true minus sign: 24 → "+24", −37.4 → "−37"; null → "–". */
export function fmtSigned(points: number | null): string {
  if (points == null) return '\u2013';
  // Round first so −0.4 reads "0", not "−0".
  const r = Math.round(points);
  return signedFmt.format(r === 0 ? 0 : r).replace('-', MINUS);
}

/** A score with two decimals, e.g. a mean sentiment of 0.12. */
export function fmtDecimal(x: number): string {
  return decFmt.format(x).replace('-', MINUS);
}

/** A share in [0, 1] as a percentage; below 10 % it keeps one decimal so 0.4 % is not "0 %". */
export function fmtShare(share: number): string {
  return (share > 0 && share < 0.1 ? pctFineFmt : pctFmt).format(share);
}

/** "n = 312", the small grey count every figure carries. */
export function fmtN(n: number): string {
  return `n\u00a0=\u00a0${fmtInt(n)}`;
}

function parseDate(iso: string): Date | null {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An ISO date as month and year: "Mar 2025". */
export function fmtMonth(iso: string): string {
  const d = parseDate(iso);
  return d ? monthFmt.format(d) : iso;
}

/** An ISO date as a medium date: "23 Nov 2026". */
export function fmtDay(iso: string): string {
  const d = parseDate(iso);
  return d ? dayFmt.format(d) : iso;
}

/** A period "Jan 2024 – Dec 2025", or "no dates" when the data carries none. */
export function fmtPeriod(from: string | null, to: string | null): string {
  if (!from && !to) return 'no dates';
  const a = from ? fmtMonth(from) : '…';
  const b = to ? fmtMonth(to) : '…';
  return a === b ? a : `${a}\u2009\u2013\u2009${b}`;
}

let langNames: Intl.DisplayNames | null = null;

/** A language code as a name in the reader's language: "nl" → "Dutch"; unknown codes as-is. */
export function languageName(code: string): string {
  if (!code || code === 'und' || code === 'unknown') return 'Unknown';
  try {
    langNames ??= new Intl.DisplayNames(LOCALE, { type: 'language' });
    return langNames.of(code) ?? code;
  } catch {
    return code;
  }
}
