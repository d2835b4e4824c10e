/** Turns a wink document into plain token records with character offsets into the source text. */
import { its } from './wink.ts';
import type { readDoc } from './wink.ts';

type WinkDoc = ReturnType<typeof readDoc>['doc'];

/** What wink says of a word form in one part of speech, shared by all its tokens, with memos
 * of what only depends on the form: `valence`, its general-lexicon score (undefined until asked;
 * sentiment/english-lexicons.ts), and per lexicon slot the patterns it can start (matcher.ts:
 * `memo[2 × slot]` the lexicon, `memo[2 × slot + 1]` its patterns). */
export type Form = {
  value: string; norm: string; lemma: string; pos: string; type: string; stop: boolean;
  valence: number | null | undefined; memo: unknown[];
};

/** One token: surface form, lowercase normal, lemma, tags, its [start, end) in the text, and its shared form. */
export type Token = {
  value: string;
  norm: string;
  lemma: string;
  pos: string;
  type: string;
  stop: boolean;
  start: number;
  end: number;
  form: Form;
};

// Reading seven token properties out of wink costs more than wink's own sentiment pass. Value,
// normal, type and stop flag depend only on the token's vocabulary entry (its uniqueId, stable
// for the process: wink keeps every word it has seen), and the lemma on that entry and the
// part of speech; so once a form has been seen, three cheap reads (id, POS, contraction flag)
// suffice. Contractions ("ca" + "n't") take their normal and lemma from the whole word: never
// cached. Arrays by id and POS, not Maps: one lookup per token of every text. FORMS is kept
// dense (filled with undefined up to the highest id): a sparse array turns into a hash table.
const FORMS: ((Form | undefined)[] | undefined)[] = new Array(1 << 17).fill(undefined);
// The first form cached per id: most words take one part of speech, found with one array read.
const FIRST: (Form | undefined)[] = new Array(1 << 17).fill(undefined);
const POS_INDEX = new Map<string, number>();
let cachedForms = 0;
const MAX_CACHED = 100_000;

/** Extracts the tokens of `doc`, locating each in `text` (wink keeps no character offsets). */
export function toTokens(doc: WinkDoc, text: string): Token[] {
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const pos = tokens.out(its.pos) as string[];
  const contracted = tokens.out(its.contractionFlag) as unknown as boolean[];
  const out: Token[] = new Array(ids.length);
  let cursor = 0;
  for (let i = 0; i < ids.length; i += 1) {
    let form = contracted[i] ? undefined : FIRST[ids[i]];
    if (form !== undefined && form.pos !== pos[i]) form = FORMS[ids[i]]?.[posIndex(pos[i])];
    if (form === undefined) return readTokens(tokens, text, ids, pos, contracted);
    const start = locate(text, form.value, cursor);
    const end = Math.min(start + form.value.length, text.length);
    cursor = end;
    out[i] = { value: form.value, norm: form.norm, lemma: form.lemma, pos: form.pos, type: form.type, stop: form.stop, start, end, form };
  }
  return out;
}

/** The slow path: every property read from wink, and the cache filled from what it read. */
function readTokens(tokens: ReturnType<WinkDoc['tokens']>, text: string, ids: number[], pos: string[], contracted: boolean[]): Token[] {
  const values = tokens.out(its.value) as string[];
  const normals = tokens.out(its.normal) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  if (cachedForms > MAX_CACHED) { FORMS.fill(undefined); FIRST.fill(undefined); cachedForms = 0; }
  const out: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    const start = locate(text, value, cursor);
    const end = Math.min(start + value.length, text.length);
    cursor = end;
    const byPos = contracted[i] ? undefined : formsOf(ids[i]);
    const p = posIndex(pos[i]);
    let form = byPos?.[p];
    if (form === undefined) {
      form = {
        value, norm: normals[i].toLowerCase(), lemma: (lemmas[i] || normals[i]).toLowerCase(), pos: pos[i], type: types[i], stop: stops[i],
        valence: undefined, memo: [],
      };
      if (byPos) { byPos[p] = form; cachedForms += 1; FIRST[ids[i]] ??= form; }
    }
    out[i] = { value, norm: form.norm, lemma: form.lemma, pos: form.pos, type: form.type, stop: form.stop, start, end, form };
  }
  return out;
}

/** The forms of vocabulary entry `id` by POS, created (and FORMS grown densely) on first sight. */
function formsOf(id: number): (Form | undefined)[] {
  while (FORMS.length <= id) { FORMS.push(undefined); FIRST.push(undefined); }
  return (FORMS[id] ??= []);
}

function posIndex(pos: string): number {
  let p = POS_INDEX.get(pos);
  if (p === undefined) POS_INDEX.set(pos, (p = POS_INDEX.size));
  return p;
}

/** Where `value` starts at or after `cursor`: past the whitespace wink drops between tokens;
 * indexOf guards against anything else wink folded or dropped. */
function locate(text: string, value: string, cursor: number): number {
  let start = cursor;
  while (start < text.length && isSpace(text.charCodeAt(start))) start += 1;
  if (text.startsWith(value, start)) return start;
  const found = text.indexOf(value, cursor);
  return found >= 0 ? found : Math.min(start, text.length);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 0x1680 && /\s/.test(String.fromCharCode(c)));
}

/** Sentence spans as [firstToken, lastToken] pairs. */
export function sentenceSpans(doc: WinkDoc): [number, number][] {
  return doc.sentences().out(its.span) as unknown as [number, number][];
}
