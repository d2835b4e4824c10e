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

/** Lemmatised lowercase content words and noun phrases (English POS-based; other languages by stop list). */
export function extractTerms(tokens: Token[], first: number, last: number, language: string | null): string[] {
  const out = new Set<string>();
  if (language === 'en' || language === null) {
    let run: Token[] = [];
    const flush = () => {
      while (run.length > 0 && run[run.length - 1].pos === 'ADJ') run.pop();
      if (run.length >= 2) out.add(run.map((t) => t.lemma).join(' '));
      run = [];
    };
    for (let i = first; i <= last; i += 1) {
      const t = tokens[i];
      const content = t.type === 'word' && !t.stop && WORDLIKE.test(t.norm) && t.norm.length > 1;
      if (content && CONTENT_POS.has(t.pos)) out.add(t.lemma);
      if (content && PHRASE_POS.has(t.pos)) run.push(t);
      else flush();
    }
    flush();
    return [...out];
  }
  const stop = stopwords(language);
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    if (t.type === 'word' && t.norm.length > 2 && WORDLIKE.test(t.norm) && !stop.has(t.norm)) out.add(t.norm);
  }
  return [...out];
}
