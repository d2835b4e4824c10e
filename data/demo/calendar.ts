/** The demo's 24-month window and the date formats the real exports use. */

/** First instant of the demo period (UTC). */
export const PERIOD_START = Date.UTC(2024, 11, 1);
/** Last instant of the demo period: 2026-11-30 23:59:59 UTC. */
export const PERIOD_END = Date.UTC(2026, 10, 30, 23, 59, 59);
export const PERIOD_MONTHS = 24;
const DAY = 86_400_000;

/** Month index 0..23 of a timestamp inside the period (0 = December 2024). */
export function monthIndex(ms: number): number {
  const d = new Date(ms);
  return (d.getUTCFullYear() - 2024) * 12 + d.getUTCMonth() - 11;
}

/** Position in the period as a fraction 0..1, used for trends that drift over time. */
export function periodFraction(ms: number): number {
  return Math.min(1, Math.max(0, (ms - PERIOD_START) / (PERIOD_END - PERIOD_START)));
}

/** A timestamp `days` (may be fractional) after the start of the period, clamped to it. */
export function dayOffset(days: number): number {
  return Math.min(PERIOD_END, PERIOD_START + Math.round(days * DAY));
}

/** A moment on day `day` (whole days from the start) at `seconds` after midnight, kept inside the period. */
export function atTime(day: number, seconds: number): number {
  return clampToPeriod(PERIOD_START + Math.floor(day) * DAY + Math.round(seconds * 1000));
}

/** Keeps a timestamp inside the demo period (comments and retweets must not spill past its end). */
export function clampToPeriod(ms: number): number {
  return Math.min(PERIOD_END, Math.max(PERIOD_START, ms));
}

/** Number of days in the period. */
export const PERIOD_DAYS = Math.floor((PERIOD_END - PERIOD_START) / DAY) + 1;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Qualtrics export style: "2025-03-14 09:12:44". */
export function qualtricsTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** X API v2 style: "2025-03-14T09:12:44.000Z". */
export function isoTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** Calendar date "2025-03-14". */
export function isoDate(ms: number): string {
  return isoTime(ms).slice(0, 10);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** English month name of a timestamp, for sentences like "since March". */
export function monthName(ms: number): string {
  return MONTHS[new Date(ms).getUTCMonth()];
}
