/** The text analysis: segments, language, sentiment, themes, brand values and terms of one document part. */
import type { Label, ThemeId } from '../../data/types.ts';
import type { DocAnalysis, SegmentAnalysis, TermMatch, ValueLexicon } from '../types.ts';
import { detectPartLanguage, detectSegmentLanguage } from './language.ts';
import { compileLexicon, matchLexicon } from './matcher.ts';
import { segmentsOf } from './segment.ts';
import { scoreEnglish, type EnglishContext } from './sentiment/english.ts';
import { scoreOther } from './sentiment/other.ts';
import { docLabel } from './sentiment/document.ts';
import { punctuationEmphasis } from './sentiment/combine.ts';
import { loadDomainSentiment, loadThemeLexicons, themeLexiconFor, themeTermsKey, type CustomThemeTerm } from './taxonomy.ts';
import { extractTerms } from './terms.ts';
import { sentenceSpans, toTokens, type Token } from './tokens.ts';
import { readDoc } from './wink.ts';

export { POSITIVE_THRESHOLD, NEGATIVE_THRESHOLD, MIXED_CLAUSE_THRESHOLD } from './sentiment/labels.ts';

export type Analyzer = {
  /** Splits text into sentences (offsets into `text`), detects language, scores, matches themes and values. */
  analyze(text: string, hint?: { language?: string }): DocAnalysis;
  /** Brand-value matches only, for re-annotating stored segments after a value edit. Offsets into `text`. */
  matchValues(text: string): TermMatch[];
};

/** Parts shorter than this keep one language for all their sentences. */
const MIN_PART_FOR_SEGMENTS = 160;

let domainShared: ReturnType<typeof loadDomainSentiment> | null = null;
// theme lexicons per set of custom theme terms (the taxonomy alone under the key of [])
const themesShared = new Map<string, ReturnType<typeof loadThemeLexicons>>();

/**
 * Creates an analyzer; the taxonomy and lexicons are compiled once per process (and per set of
 * custom theme terms, table theme_terms) and shared.
 */
export function createAnalyzer(opts?: { values?: ValueLexicon[]; themeTerms?: CustomThemeTerm[] }): Analyzer {
  domainShared ??= loadDomainSentiment();
  const domain = domainShared;
  const key = themeTermsKey(opts?.themeTerms ?? []);
  const themes = themesShared.get(key) ?? loadThemeLexicons(opts?.themeTerms ?? []);
  themesShared.set(key, themes);
  // a long-running server sees a new set after every term edit: keep only the recent few
  if (themesShared.size > 4) themesShared.delete(themesShared.keys().next().value as string);
  const values = compileLexicon((opts?.values ?? []).map((v) => ({ id: v.name, terms: v.terms, exclusions: v.exclusions })));

  function analyze(text: string, hint?: { language?: string }): DocAnalysis {
    const { doc, hits } = readDoc(text);
    const tokens = toTokens(doc, text);
    const language = detectPartLanguage(text, hint?.language, () => wordsOf(tokens, 0, tokens.length - 1));
    const english: EnglishContext = { tokens, hits, domain: domain.lexicon, domainScores: domain.scores };
    const raws: (number | null)[] = [];
    const ranges = segmentsOf(text, tokens, sentenceSpans(doc));
    // Sentences get their own detection only in longer parts (answers, turns, brand texts):
    // code-switching inside a short post is rare, and eld costs as much as wink itself.
    const perSegment = ranges.length > 1 && text.length >= MIN_PART_FOR_SEGMENTS;
    const segments: SegmentAnalysis[] = ranges.map((seg) => {
      const segText = text.slice(seg.start, seg.end);
      // A lone segment is the part itself: its language is already known.
      const segLanguage = perSegment ? detectSegmentLanguage(segText, language, () => wordsOf(tokens, seg.first, seg.last)) : language;
      const hasTokens = seg.last >= seg.first;
      const scored = !hasTokens ? null
        : segLanguage === 'en' ? scoreEnglish(english, seg.first, seg.last, text)
        : segLanguage ? scoreOther(segLanguage, tokens, seg.first, seg.last, text, hits) : null;
      raws.push(scored ? scored.raw : null);
      return {
        text: segText,
        start: seg.start,
        end: seg.end,
        language: segLanguage,
        sentiment: scored ? scored.score : null,
        label: scored ? scored.label : null,
        themes: hasTokens ? matchLexicon(themeLexiconFor(themes, segLanguage), tokens, seg.first, seg.last) : [],
        values: hasTokens ? matchLexicon(values, tokens, seg.first, seg.last) : [],
        terms: hasTokens ? extractTerms(tokens, seg.first, seg.last, segLanguage) : [],
        contributions: scored ? scored.contributions : [],
      };
    });
    const themeIds = new Set<ThemeId>();
    for (const s of segments) for (const m of s.themes) themeIds.add(m.id as ThemeId);
    const { score, label } = docLabel(segments, raws, punctuationEmphasis(text));
    return { language, sentiment: score, label: label as Label | null, segments, themes: [...themeIds] };
  }

  function matchValues(text: string): TermMatch[] {
    if (values.size === 0) return [];
    const { doc } = readDoc(text);
    return matchLexicon(values, toTokens(doc, text));
  }

  return { analyze, matchValues };
}

/** The lowercase words of tokens [first, last], for the cheap English check of language.ts. */
function wordsOf(tokens: Token[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let i = first; i <= last; i += 1) if (tokens[i].type === 'word') words.push(tokens[i].norm);
  return words;
}
