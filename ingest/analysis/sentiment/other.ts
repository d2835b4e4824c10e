/** Sentence sentiment for Dutch, German, French, Spanish, Italian and Portuguese. */
import type { Token } from '../tokens.ts';
import { splitClauses, type ContrastWords } from './clauses.ts';
import { punctuationEmphasis, scoreClauses, type SentenceScore, type WordScore } from './combine.ts';
import { lexiconFor } from './lexicons.ts';
import { singleHits, symbolAt } from './symbols.ts';
import type { WinkHit } from '../wink.ts';

type LanguageRules = { contrast: ContrastWords; negations: Set<string>; boosters: Set<string> };

const set = (s: string) => new Set(s.split(' '));

const RULES: Record<string, LanguageRules> = {
  nl: { contrast: { pivot: set('maar echter toch desondanks'), concession: set('hoewel ofschoon ondanks') },
    negations: set('niet nooit geen niemand niets nergens'), boosters: set('erg heel zeer echt super ontzettend enorm hartstikke superveel te') },
  de: { contrast: { pivot: set('aber jedoch sondern trotzdem dennoch allerdings'), concession: set('obwohl obgleich trotz') },
    negations: set('nicht kein keine keinen keinem keiner keines nie niemals nichts niemand'), boosters: set('sehr echt total extrem wirklich super richtig voll zu so besonders') },
  fr: { contrast: { pivot: set('mais cependant pourtant toutefois néanmoins'), concession: set('bien quoique malgré') },
    negations: set('ne pas jamais aucun aucune rien personne non n\''), boosters: set('très vraiment trop extrêmement super tellement si') },
  es: { contrast: { pivot: set('pero sin embargo sino'), concession: set('aunque pese') },
    negations: set('no nunca jamás ni tampoco nada nadie ningún ninguna'), boosters: set('muy realmente demasiado súper super tan bastante') },
  it: { contrast: { pivot: set('ma però tuttavia eppure'), concession: set('sebbene benché nonostante anche') },
    negations: set('non mai nessun nessuno nessuna niente nulla né'), boosters: set('molto davvero troppo super veramente così proprio') },
  pt: { contrast: { pivot: set('mas porém contudo todavia'), concession: set('embora apesar') },
    negations: set('não nunca jamais nem nada ninguém nenhum nenhuma'), boosters: set('muito realmente demais super tão bem bastante') },
};

// A negation flips at most this many following words, and never past a clause break: the
// library analyser flips every later word of the text, which sinks long answers.
const NEGATION_SCOPE = 3;
const NEGATION = -0.74;
const BOOST = 0.3;

// Lexicons list one form; Romance adjectives inflect for gender and number ("maravillosa").
const ROMANCE = new Set(['es', 'pt', 'it', 'fr']);
const INFLECTIONS: [RegExp, string][] = [[/as$/, 'o'], [/os$/, 'o'], [/a$/, 'o'], [/e$/, 'o'], [/i$/, 'o'], [/es$/, ''], [/s$/, ''], [/e$/, '']];

function lookup(lexicon: Map<string, number>, word: string, language: string): number {
  const direct = lexicon.get(word);
  if (direct !== undefined || !ROMANCE.has(language)) return direct ?? 0;
  for (const [suffix, base] of INFLECTIONS) {
    if (!suffix.test(word)) continue;
    const s = lexicon.get(word.replace(suffix, base));
    if (s !== undefined) return s;
  }
  return 0;
}

/** True when `language` can be scored here. */
export function hasLexicon(language: string): boolean {
  return RULES[language] !== undefined;
}

/** Scores tokens [first, last] of a part in `language`, with emoji and emoticons (wink's `hits`
 * of the part); null when there is no lexicon. */
export function scoreOther(language: string, tokens: Token[], first: number, last: number, text: string, hits: WinkHit[] = []): SentenceScore | null {
  const rules = RULES[language];
  const lexicon = lexiconFor(language);
  if (!rules || !lexicon) return null;
  const clauses = splitClauses(tokens, first, last, rules.contrast);
  const words = new Map<number, WordScore>();
  const emoji = singleHits(hits, first, last);
  for (const c of clauses) {
    let negatedUntil = -1;
    for (let i = c.first; i <= c.last; i += 1) {
      const t = tokens[i];
      const symbol = symbolAt(tokens, i, c.last, text, emoji);
      if (symbol) { words.set(i, { first: i, last: symbol.last, base: symbol.score }); i = symbol.last; continue; }
      if (rules.negations.has(t.norm)) { negatedUntil = i + NEGATION_SCOPE; continue; }
      if (t.type === 'punctuation') { negatedUntil = -1; continue; }
      let s = lookup(lexicon, t.norm, language);
      if (s === 0) continue;
      if (i > c.first && rules.boosters.has(tokens[i - 1].norm)) s *= 1 + BOOST;
      if (i <= negatedUntil) s *= NEGATION;
      words.set(i, { first: i, last: i, base: s });
    }
  }
  const emphasis = punctuationEmphasis(text.slice(tokens[first].start, tokens[last].end));
  return scoreClauses(tokens, text, clauses, words, emphasis);
}
