/** Country names and nationality words → ISO code, and EU membership (data/speaker/countries.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type CountryData = { eu: string[]; aliases: Record<string, string[]> };
const DATA = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/speaker/countries.json'), 'utf8')) as CountryData;
const EU = new Set(DATA.eu);

/** Lower case, accents stripped, every run of non-letters one space (SQL normal_answer does the same). */
export const normalAnswer = (t: string): string =>
  t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

let index: Map<string, string> | null = null;

/** Every region name ICU knows in en/nl/de/fr, and the nationality words of the data file. */
function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  const names = ['en', 'nl', 'de', 'fr'].map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      for (const dn of names) {
        let name: string | undefined;
        try { name = dn.of(code); } catch { name = undefined; }
        // ICU answers with the code itself, or with a group such as "European Union", for non-countries
        if (name && name !== code && !['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'].includes(code)) map.set(normalAnswer(name), code);
      }
    }
  }
  for (const [code, words] of Object.entries(DATA.aliases)) for (const w of words) map.set(normalAnswer(w), code);
  return map;
}

/** The ISO code of a country or nationality answer ("Brazil", "Brasilien", "Dutch", "the Netherlands"), or null. */
export function countryCode(text: string): string | null {
  index ??= buildIndex();
  const t = normalAnswer(text).replace(/^(the|de|het|die|der|la|le|les|l) /, '');
  return index.get(t) ?? index.get(normalAnswer(text)) ?? null;
}

/** Whether a country code is an EU member state. */
export function isEu(code: string): boolean {
  return EU.has(code);
}
