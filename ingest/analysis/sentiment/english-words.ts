/** Which words and phrases of an English sentence carry valence, and their base ratings before VADER's rules. */
import type { Token } from '../tokens.ts';
import type { WinkHit } from '../wink.ts';
import { matchSpans, type CompiledLexicon } from '../matcher.ts';
import type { WordScore } from './combine.ts';
import { emoticonAt } from './emoticons.ts';
import { hashtagValence, vaderScore, wordValence } from './english-lexicons.ts';
import { idiomAt } from './idioms.ts';
import { glued } from './symbols.ts';

/** Everything the scorer needs about one analysed part. */
export type EnglishContext = { tokens: Token[]; hits: WinkHit[]; domain: CompiledLexicon; domainScores: Map<string, number> };

// Function words never carry sentiment ("looks like" is not "like"; "no job" is scored through negation).
const SILENT_POS = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'AUX', 'PART', 'PRON', 'NUM', 'PUNCT']);

/** The rated words and phrases of tokens [first, last], keyed by first token. Sources in order,
 * each token taken by the first that claims it: idioms (idioms.ts); domain terms with a score;
 * wink's lexicon phrases ("well made", "top notch"); domain terms scored 0, which silence a word;
 * emoji (wink's score) and emoticons (VADER's, else wink's); then single words and hashtags
 * (VADER, AFINN, pattern; english-lexicons.ts). wink's single-word scores are not used: VADER's
 * human ratings cover more words on a finer, better calibrated scale. */
export function ratedWords(ctx: EnglishContext, first: number, last: number, text: string): Map<number, WordScore> {
  const { tokens } = ctx;
  const n = last - first + 1;
  if (buffer.length < n) buffer = new Uint8Array(Math.max(n, buffer.length * 2));
  buffer.fill(0, 0, n);
  // taken[k − first]: token k already belongs to a scored (or silenced) word or phrase.
  const st: Claims = { words: new Map(), taken: buffer, first };
  // Idioms first: they may contain words the domain list silences ("works well").
  for (let i = first; i < last; i += 1) {
    if (tokens[i].type !== 'word') continue;
    const idiom = idiomAt(tokens, i, last);
    if (idiom) { claimSpan(st, i, idiom.last, idiom.score); i = idiom.last; }
  }
  const domain = domainSpans(ctx, first, last);
  for (const d of domain) if (d.score !== 0) claimFree(st, d.i, d.j, d.score);
  let singles: WinkHit[] | null = null;
  for (const h of ctx.hits) {
    if (h.first < first || h.first > last || st.taken[h.first - first]) continue;
    if (h.last === h.first) (singles ??= []).push(h);
    else if (h.last <= last && isPhrase(tokens, h.first, h.last, st.taken, first)) claimSpan(st, h.first, h.last, h.score);
  }
  for (const d of domain) if (d.score === 0) claimFree(st, d.i, d.j, 0);
  if (singles) for (const h of singles) {
    const t = tokens[h.first];
    if (st.taken[h.first - first]) continue;
    if (t.type === 'emoji') claimSpan(st, h.first, h.first, h.score);
    else if (t.type === 'emoticon' && !glued(t, text)) claimSpan(st, h.first, h.first, vaderScore(t.value) ?? h.score);
  }
  for (let i = first; i <= last; i += 1) {
    if (st.taken[i - first]) continue;
    const t = tokens[i];
    if (t.type === 'word') {
      if (t.value.length > 2 || i === last || tokens[i + 1].start !== t.end || tokens[i + 1].type === 'word') {
        // VADER ignores one-letter words; "no" is rated although a determiner (see english.ts).
        if (t.value.length < 2 || (SILENT_POS.has(t.pos) && t.norm !== 'no')) continue;
        const v = wordValence(t);
        if (v !== undefined) claimSpan(st, i, i, v);
        continue;
      }
    } else if (t.type === 'hashtag') {
      const v = hashtagValence(t.norm);
      if (v !== undefined) claimSpan(st, i, i, v);
      continue;
    }
    // Punctuation, symbols and short words glued to them may be a split emoticon ("=)", "o_O").
    const emoticon = emoticonAt(tokens, i, last, text);
    if (emoticon) { claimSpan(st, i, emoticon.last, emoticon.score); i = emoticon.last; continue; }
    if (t.type === 'emoticon' && !glued(t, text)) {
      const v = vaderScore(t.value) ?? vaderScore(t.norm);
      if (v !== undefined) claimSpan(st, i, i, v);
    } else if (t.type === 'word' && t.value.length === 2 && !(SILENT_POS.has(t.pos) && t.norm !== 'no')) {
      const v = wordValence(t);
      if (v !== undefined) claimSpan(st, i, i, v);
    }
  }
  return st.words;
}

// Reused between sentences: a fresh typed array per sentence costs more than the scoring.
let buffer = new Uint8Array(256);

type Claims = { words: Map<number, WordScore>; taken: Uint8Array; first: number };

function claimSpan(st: Claims, i: number, j: number, base: number): void {
  st.words.set(i, { first: i, last: j, base });
  st.taken.fill(1, i - st.first, j - st.first + 1);
}

function claimFree(st: Claims, i: number, j: number, base: number): void {
  for (let k = i; k <= j; k += 1) if (st.taken[k - st.first]) return;
  claimSpan(st, i, j, base);
}

/** The domain terms of tokens [first, last] as token spans, longest first. Terms scored 0
 * silence a word the general lexicons rate although it carries no sentiment here ("rent",
 * "police"); they are claimed after wink's phrases, so "go wrong" survives a silenced "go". */
function domainSpans(ctx: EnglishContext, first: number, last: number): { i: number; j: number; score: number }[] {
  const spans: { i: number; j: number; score: number }[] = [];
  for (const m of matchSpans(ctx.domain, ctx.tokens, first, last)) {
    const score = ctx.domainScores.get(m.term);
    if (score !== undefined) spans.push({ i: m.i, j: m.j, score });
  }
  return spans.length < 2 ? spans : spans.sort((a, b) => b.j - b.i - (a.j - a.i));
}

const PHRASE_OPENERS = new Set(['PRON', 'AUX', 'ADP', 'PART', 'DET', 'SCONJ', 'CCONJ', 'NUM']);
const NEG = new Set(['not', 'no', 'never']);
/** A wink lexicon phrase worth keeping: words only, not opened by a function word, no negator
 * inside (negation is ours), none of its tokens taken. */
function isPhrase(tokens: Token[], i: number, j: number, taken: Uint8Array, first: number): boolean {
  if (PHRASE_OPENERS.has(tokens[i].pos)) return false;
  for (let k = i; k <= j; k += 1) if (taken[k - first] || tokens[k].type !== 'word' || NEG.has(tokens[k].norm)) return false;
  return true;
}
