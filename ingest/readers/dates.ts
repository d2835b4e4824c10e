/** Dates as exports write them → ISO strings (date or UTC date-time). */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  mrt: 3, mei: 5, okt: 10, mär: 3, mai: 5, dez: 12, gen: 1, mag: 5, giu: 6, lug: 7, ago: 8, set: 9, ott: 10, dic: 12,
  janv: 1, févr: 2, fevr: 2, mars: 3, avr: 4, juin: 6, juil: 7, août: 8, aout: 8, sept: 9, déc: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, mo: number, d: number, time?: string): string | undefined {
  if (!(y > 1900 && y < 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!time) return date;
  const [h, mi, s] = time.split(':').map(Number);
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s || 0)}Z`;
}

/**
 * Normalises a date string. `dayFirst` decides ambiguous d/m/y (Europe) vs m/d/y (US, Google
 * Sheets); unix seconds/milliseconds are accepted as numbers or digit strings.
 */
export function toIsoDate(value: unknown, dayFirst = false): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!s) return undefined;
  if (/^\d{9,13}(\.\d+)?$/.test(s)) return toIsoDate(Number(s));
  let m = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/);
  if (m) {
    if (m[6] && m[6] !== 'Z') {
      const d = new Date(s.replace(' ', 'T'));
      return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace('.000Z', 'Z');
    }
    return iso(+m[1], +m[2], +m[3], m[4]);
  }
  m = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*([AaPp][Mm])?)?$/);
  if (m) {
    const [a, b] = [+m[1], +m[2]];
    const dayFirstHere = a > 12 ? true : b > 12 ? false : dayFirst;
    const time = m[5] ? twelveHour(m[4], m[5]) : m[4];
    return dayFirstHere ? iso(+m[3], b, a, time) : iso(+m[3], a, b, time);
  }
  m = s.match(/^(\d{1,2})\.?\s+([\p{L}]{3,})\.?\s+(\d{4})$/u);
  if (m) return iso(+m[3], monthOf(m[2]), +m[1]);
  m = s.match(/^([\p{L}]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/u);
  if (m) return iso(+m[3], monthOf(m[1]), +m[2]);
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace('.000Z', 'Z');
}

/** "10:34:17" + "PM" → "22:34:17". */
function twelveHour(time: string, half: string): string {
  const [h, ...rest] = time.split(':');
  const pm = half.toLowerCase() === 'pm';
  const hour = (Number(h) % 12) + (pm ? 12 : 0);
  return [String(hour), ...rest].join(':');
}

function monthOf(name: string): number {
  const n = name.toLowerCase();
  return MONTHS[n] ?? MONTHS[n.slice(0, 4)] ?? MONTHS[n.slice(0, 3)] ?? 0;
}
