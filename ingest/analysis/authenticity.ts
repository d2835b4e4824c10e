/**
 * How authentic a segment finds the brand: per-language lexicons (data/authenticity/*.json) of
 * inauthentic and authentic words and phrases, with negation ("not fake" is authentic, "niet echt"
 * inauthentic). Pure; the lexicons are read once.
 */
import { readFileSync } from 'node:fs';

export type AuthenticityLabel = 'authentic' | 'inauthentic';
export const AUTHENTICITY_LANGUAGES = ['en', 'nl', 'de', 'fr'] as const;

type LexiconFile = {
  language: string; inauthentic: string[]; authentic: string[]; clauseFinal: string[]; exclusions: string[]; negators: string[]; window: number;
};
type Entry = { words: string[]; polarity: -1 | 0 | 1 };
// entries by their first word, each list longest first: a token is tried only against the
// entries that can start with it (a scan of every entry at every token cost ~5 µs a post).
// `keys`: each entry's longest word, as one case-insensitive pattern. First words are often "a",
// "the", "to", in nearly every segment; a segment with no key word skips the words and the matching.
type Lexicon = { byFirst: Map<string, Entry[]>; keys: RegExp; clauseFinal: Set<string>; negators: string[][]; window: number };

/** A matched word or phrase; offsets into the text, polarity after negation. */
export type AuthenticityMatch = { term: string; start: number; end: number; polarity: -1 | 1; negated: boolean };
export type AuthenticityScore = { label: AuthenticityLabel | null; matches: AuthenticityMatch[] };

type Token = { word: string; start: number; end: number; clause: number };

// words keep inner apostrophes ("isn't", "c'est"); hyphens split ("down-to-earth" = three words)
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// punctuation and contrastive conjunctions end a negation's reach
const CLAUSE_END = /[.,;:!?()"“”]|\b(?:but|maar|aber|mais|however|though)\b/giu;

const CONJUNCTIONS = new Set(['but', 'maar', 'aber', 'mais', 'however', 'though']);

const split = (s: string) => s.toLowerCase().match(WORD) ?? [];

function compile(file: LexiconFile): Lexicon {
  const entries: Entry[] = [
    ...file.exclusions.map((t) => ({ words: split(t), polarity: 0 as const })),
    ...file.inauthentic.map((t) => ({ words: split(t), polarity: -1 as const })),
    ...file.authentic.map((t) => ({ words: split(t), polarity: 1 as const })),
  ];
  // longest first: "not my city" before "my city", "real estate" before "real"
  entries.sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, Entry[]>();
  const keys: string[] = [];
  for (const e of entries) {
    if (e.words.length === 0) continue;
    keys.push(e.words.reduce((a, b) => (b.length > a.length ? b : a)));
    const list = byFirst.get(e.words[0]) ?? [];
    list.push(e);
    byFirst.set(e.words[0], list);
  }
  return { byFirst, keys: keyPattern(keys), clauseFinal: new Set(file.clauseFinal), negators: file.negators.map(split), window: file.window };
}

const LEXICONS = new Map<string, Lexicon>(AUTHENTICITY_LANGUAGES.map((lang) => {
  const file = JSON.parse(readFileSync(new URL(`../../data/authenticity/${lang}.json`, import.meta.url), 'utf8')) as LexiconFile;
  return [lang, compile(file)];
}));

const CURLY = /[’‘`´]/g;

/** The text's words with their clauses; null when none can start a lexicon entry (most
 * segments: then no token records, no clause scan and no matching, which cost more than
 * finding the words). */
function tokenize(text: string, lex: Lexicon): Token[] | null {
  const norm = text.replace(CURLY, "'");
  if (!mayMatch(norm, lex)) return null;
  const ends = [...norm.matchAll(CLAUSE_END)].map((m) => m.index!);
  const tokens: Token[] = [];
  let clause = 0;
  for (const m of norm.matchAll(WORD)) {
    while (clause < ends.length && ends[clause] < m.index!) clause++;
    const word = m[0].toLowerCase();
    // a conjunction that ends a clause is itself no word of either side
    if (CONJUNCTIONS.has(word)) continue;
    tokens.push({ word, start: m.index!, end: m.index! + m[0].length, clause });
  }
  return tokens;
}

/** Whether `norm` may hold an entry: some entry's key word stands in it (see Lexicon). */
function mayMatch(norm: string, lex: Lexicon): boolean {
  return lex.keys.test(norm);
}

/** A pattern found wherever one of `words` is a word of the text (WORD's, lowercased), and maybe
 * elsewhere too (inside longer words): /iu folds case at least as widely as toLowerCase does for
 * these keys. One regex test costs a third of WORD's matchAll with a lookup per word. */
function keyPattern(words: string[]): RegExp {
  const escaped = [...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'iu');
}

const startsAt = (tokens: Token[], i: number, words: string[]) =>
  i + words.length <= tokens.length && words.every((w, k) => tokens[i + k].word === w && tokens[i + k].clause === tokens[i].clause);

/** Whether a negator stands among the `window` words before token i, in its clause, after `from`. */
function negatedAt(tokens: Token[], i: number, from: number, lex: Lexicon): boolean {
  const lo = Math.max(from, i - lex.window);
  for (let j = lo; j < i; j++) {
    if (tokens[j].clause !== tokens[i].clause) continue;
    if (lex.negators.some((n) => j + n.length <= i && startsAt(tokens, j, n))) return true;
  }
  return false;
}

/** Scores a text with the lexicon of its language (English for any other or unknown language). */
export function scoreAuthenticity(text: string, language: string | null): AuthenticityScore {
  const lex = LEXICONS.get(language ?? 'en') ?? LEXICONS.get('en')!;
  const tokens = tokenize(text, lex);
  if (tokens === null) return { label: null, matches: [] };
  const matches: AuthenticityMatch[] = [];
  let afterLast = 0;
  for (let i = 0; i < tokens.length;) {
    const entry = lex.byFirst.get(tokens[i].word)?.find((e) => startsAt(tokens, i, e.words));
    // "real" and "echt" judge only at the end of a clause ("it feels real", "niet echt."); before
    // another word they intensify it ("a real shame", "echt leuk")
    const intensifier = entry?.words.length === 1 && lex.clauseFinal.has(entry.words[0])
      && i + 1 < tokens.length && tokens[i + 1].clause === tokens[i].clause;
    if (!entry || intensifier) { i++; continue; }
    if (entry.polarity !== 0) {
      const negated = negatedAt(tokens, i, afterLast, lex);
      const last = tokens[i + entry.words.length - 1];
      matches.push({
        term: text.slice(tokens[i].start, last.end), start: tokens[i].start, end: last.end,
        polarity: (negated ? -entry.polarity : entry.polarity) as -1 | 1, negated,
      });
    }
    i += entry.words.length;
    afterLast = i;
  }
  const sum = matches.reduce((s, m) => s + m.polarity, 0);
  return { label: sum > 0 ? 'authentic' : sum < 0 ? 'inauthentic' : null, matches };
}
