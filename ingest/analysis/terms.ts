/** Content words and noun phrases of a segment, for the vocabulary-gap view and lexicon suggestions. */
import { createRequire } from 'node:module';
import type { Token } from './tokens.ts';

const require = createRequire(import.meta.url);
// stopwords-iso ships with `natural` (its dependency); one JSON of lists keyed by ISO 639-1.
const STOPWORDS = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
const stopCache = new Map<string, Set<string>>();

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const WORDLIKE = /^[\p{L}][\p{L}\p{N}'’-]*$/u;

function stopwords(language: string): Set<string> {
  let s = stopCache.get(language);
  if (!s) {
    s = new Set(STOPWORDS[language] ?? []);
    stopCache.set(language, s);
  }
  return s;
}

/** Adds the lemmas of tokens [from, to) as one phrase, less trailing adjectives, when two or more remain. */
function addPhrase(out: Set<string>, tokens: Token[], from: number, to: number): void {
  let end = to;
  while (end > from && tokens[end - 1].pos === 'ADJ') end -= 1;
  if (end - from < 2) return;
  let phrase = tokens[from].lemma;
  for (let k = from + 1; k < end; k += 1) phrase += ' ' + tokens[k].lemma;
  out.add(phrase);
}

/** Lemmatised lowercase content words and noun phrases (English POS-based; other languages by stop list). */
export function extractTerms(tokens: Token[], first: number, last: number, language: string | null): string[] {
  const out = new Set<string>();
  if (language === 'en' || language === null) {
    // A noun phrase is a run of NOUN/PROPN/ADJ tokens [runStart, i) ending in a noun.
    let runStart = -1;
    for (let i = first; i <= last; i += 1) {
      const t = tokens[i];
      const content = t.type === 'word' && !t.stop && t.norm.length > 1 && WORDLIKE.test(t.norm);
      if (content && CONTENT_POS.has(t.pos)) out.add(t.lemma);
      if (content && PHRASE_POS.has(t.pos)) {
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) {
        addPhrase(out, tokens, runStart, i);
        runStart = -1;
      }
    }
    if (runStart >= 0) addPhrase(out, tokens, runStart, last + 1);
    return [...out];
  }
  const stop = stopwords(language);
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    if (t.type === 'word' && t.norm.length > 2 && WORDLIKE.test(t.norm) && !stop.has(t.norm)) out.add(t.norm);
  }
  return [...out];
}
