/** Word-score lexicons for the non-English languages, from `natural`'s vocabulary files plus our domain files. */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DOMAIN_DIR = new URL('../../../data/taxonomy/sentiment/', import.meta.url);

type Source = { file: string; kind: 'pattern' | 'senticon' | 'afinn' };

// natural's SentimentAnalyzer file set; read directly because the package root pulls in
// mongoose, pg and redis.
const BASE = 'natural/lib/natural/sentiment/';
const SOURCES: Record<string, Source[]> = {
  nl: [{ file: 'Dutch/pattern-sentiment-nl.json', kind: 'pattern' }],
  de: [{ file: 'German/pattern-sentiment-de.json', kind: 'pattern' }],
  fr: [{ file: 'French/pattern-sentiment-fr.json', kind: 'pattern' }],
  it: [{ file: 'Italian/pattern-sentiment-it.json', kind: 'pattern' }],
  es: [{ file: 'Spanish/senticon_es.json', kind: 'senticon' }, { file: 'Spanish/afinnShortSortedSpanish.json', kind: 'afinn' }],
  pt: [{ file: 'Portuguese/afinnShortSortedPortuguese.json', kind: 'afinn' }],
};

/** Languages (ISO 639-1) other than English that we can score. */
export const LEXICON_LANGUAGES = Object.keys(SOURCES);

const cache = new Map<string, Map<string, number>>();

/** The lowercase word → score map of a language, in [-1, 1]; null when we have no lexicon. */
export function lexiconFor(language: string): Map<string, number> | null {
  if (!SOURCES[language]) return null;
  const hit = cache.get(language);
  if (hit) return hit;
  const map = new Map<string, number>();
  for (const src of SOURCES[language]) addSource(map, src);
  const domain = new URL(`${language}.json`, DOMAIN_DIR);
  if (existsSync(domain)) {
    const words = JSON.parse(readFileSync(domain, 'utf8')).words as Record<string, number>;
    for (const [w, s] of Object.entries(words)) map.set(w.toLowerCase(), s);
  }
  cache.set(language, map);
  return map;
}

function addSource(map: Map<string, number>, src: Source): void {
  const data = JSON.parse(readFileSync(require.resolve(BASE + src.file), 'utf8')) as Record<string, unknown>;
  for (const [key, raw] of Object.entries(data)) {
    const word = key.toLowerCase();
    if (map.has(word)) continue;
    if (src.kind === 'afinn') map.set(word, Number(raw) / 5);
    else if (src.kind === 'senticon') map.set(word, Number((raw as { pol: string }).pol));
    else {
      const entry = raw as { polarity: string; sense?: string };
      const score = Number(entry.polarity);
      if (!Number.isFinite(score) || score === 0) continue;
      map.set(word, score);
      // German pattern entries list their inflected forms in `sense`.
      if (entry.sense && /^[\p{L},]+$/u.test(entry.sense)) {
        for (const form of entry.sense.split(',')) if (!map.has(form.toLowerCase())) map.set(form.toLowerCase(), score);
      }
    }
  }
}
