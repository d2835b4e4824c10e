/** Turns a wink document into plain token records with character offsets into the source text. */
import { its } from './wink.ts';
import { stemKeyOf } from './matcher.ts';
import type { readDoc } from './wink.ts';

type WinkDoc = ReturnType<typeof readDoc>['doc'];

/** One token: surface form, lowercase normal, lemma, tags and its [start, end) in the text. */
export type Token = {
  value: string;
  norm: string;
  lemma: string;
  /** Index key for `stem*` lexicon terms (see matcher.ts). */
  stemKey: string;
  pos: string;
  type: string;
  stop: boolean;
  start: number;
  end: number;
};

/** Extracts the tokens of `doc`, locating each in `text` (wink keeps no character offsets). */
export function toTokens(doc: WinkDoc, text: string): Token[] {
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const normals = tokens.out(its.normal) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const out: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    let start = cursor + spaces[i].length;
    // Normally exact; indexOf guards against any space wink folded or dropped.
    if (text.startsWith(value, start) === false) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : Math.min(start, text.length);
    }
    const end = Math.min(start + value.length, text.length);
    cursor = end;
    const norm = normals[i].toLowerCase();
    out[i] = {
      value,
      norm,
      stemKey: stemKeyOf(norm),
      lemma: (lemmas[i] || normals[i]).toLowerCase(),
      pos: pos[i],
      type: types[i],
      stop: stops[i],
      start,
      end,
    };
  }
  return out;
}

/** Sentence spans as [firstToken, lastToken] pairs. */
export function sentenceSpans(doc: WinkDoc): [number, number][] {
  return doc.sentences().out(its.span) as unknown as [number, number][];
}
