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
import type { SentenceScore } from './sentiment/combine.ts';
import { answeredLabel, questionAnswer } from './question-answer.ts';
import { hitKeys, type LexiconSignal } from './learned/features.ts';
import { createLearnedScorer, strongestWordFor, type SpanScorer, type SpanVerdict } from './learned/scorer.ts';
import { loadModels, type LearnedModels } from './learned/model-file.ts';
import { vocabularyOf, type LanguageVocabulary } from './learned/language-words.ts';
import { existsSync } from 'node:fs';

export { POSITIVE_THRESHOLD, NEGATIVE_THRESHOLD, MIXED_CLAUSE_THRESHOLD } from './sentiment/labels.ts';

export type Analyzer = {
  /** Splits text into sentences (offsets into `text`), detects language, scores, matches themes and values. */
  analyze(text: string, hint?: { language?: string }): DocAnalysis;
  /** Brand-value matches only, for re-annotating stored segments after a value edit. Offsets into `text`. */
  matchValues(text: string): TermMatch[];
  /** The learned layer's inputs for a whole text in a known language (training reads these). */
  spanInputs(text: string, language: string): { tokens: Token[]; lexicon: LexiconSignal; hits: string[] };
};

/** Parts shorter than this keep one language for all their sentences. */
const MIN_PART_FOR_SEGMENTS = 160;
/** A part of at most this many characters (and segments) is also judged as a whole. */
const WHOLE_PART_CHARS = 600;
const WHOLE_PART_SEGMENTS = 4;

/** The models the repository ships (`npm run train`). */
export const SHIPPED_MODELS = new URL('../../data/models/brandgap.bin', import.meta.url);
let shippedModels: LearnedModels | null | undefined;

/** The shipped models, read once per process; null when none is built. */
export function shippedLearnedModels(): LearnedModels | null {
  if (shippedModels === undefined) shippedModels = existsSync(SHIPPED_MODELS) ? loadModels(SHIPPED_MODELS) : null;
  return shippedModels;
}

const vocabularies = new WeakMap<LearnedModels, LanguageVocabulary | null>();
/** The models' language words as a lookup, built once per model set. */
function vocabularyFor(m: LearnedModels): LanguageVocabulary | null {
  if (!vocabularies.has(m)) vocabularies.set(m, m.languageWords ? vocabularyOf(m.languageWords) : null);
  return vocabularies.get(m) ?? null;
}

let domainShared: ReturnType<typeof loadDomainSentiment> | null = null;
// theme lexicons per set of custom theme terms (the taxonomy alone under the key of [])
const themesShared = new Map<string, ReturnType<typeof loadThemeLexicons>>();

/**
 * Creates an analyzer; the taxonomy and lexicons are compiled once per process (and per set of
 * custom theme terms, table theme_terms) and shared.
 */
export function createAnalyzer(opts?: { values?: ValueLexicon[]; themeTerms?: CustomThemeTerm[]; models?: LearnedModels | null }): Analyzer {
  domainShared ??= loadDomainSentiment();
  const domain = domainShared;
  const key = themeTermsKey(opts?.themeTerms ?? []);
  const themes_ = themesShared.get(key) ?? loadThemeLexicons(opts?.themeTerms ?? []);
  themesShared.set(key, themes_);
  // a long-running server sees a new set after every term edit: keep only the recent few
  if (themesShared.size > 4) themesShared.delete(themesShared.keys().next().value as string);
  const values = compileLexicon((opts?.values ?? []).map((v) => ({ id: v.name, terms: v.terms, exclusions: v.exclusions })));
  // models: null means the lexicon alone (for comparisons); undefined the shipped models
  const models = opts?.models === undefined ? shippedLearnedModels() : opts.models;
  const learned: SpanScorer | null = models ? createLearnedScorer(models) : null;
  const vocabulary = models ? vocabularyFor(models) : null;

  /** The lexicon score of tokens [first, last] in `language`, or null when it has no lexicon. */
  function lexiconScore(english: EnglishContext, tokens: Token[], first: number, last: number, text: string, language: string | null, hits: ReturnType<typeof readDoc>['hits']): SentenceScore | null {
    if (last < first || !language) return null;
    return language === 'en' ? scoreEnglish(english, first, last, text) : scoreOther(language, tokens, first, last, text, hits);
  }

  function analyze(text: string, hint?: { language?: string }): DocAnalysis {
    const { doc, hits } = readDoc(text);
    const tokens = toTokens(doc, text);
    const language = detectPartLanguage(text, hint?.language, () => wordsOf(tokens, 0, tokens.length - 1), vocabulary);
    const english: EnglishContext = { tokens, hits, domain: domain.lexicon, domainScores: domain.scores };
    const raws: (number | null)[] = [];
    const ranges = segmentsOf(text, tokens, sentenceSpans(doc));
    // Sentences get their own detection only in longer parts (answers, turns, brand texts):
    // code-switching inside a short post is rare, and eld costs as much as wink itself.
    const perSegment = ranges.length > 1 && text.length >= MIN_PART_FOR_SEGMENTS;
    const verdicts: (SpanVerdict | null)[] = [];
    const answeredSegments: boolean[] = [];
    // the lexicon's own verdicts, for the part's lexicon score (a feature of the whole part)
    const lexiconSegments: { sentiment: number | null; label: Label | null; positives: number; negatives: number }[] = [];
    const segments: SegmentAnalysis[] = ranges.map((seg) => {
      const segText = text.slice(seg.start, seg.end);
      // A lone segment is the part itself: its language is already known.
      const segLanguage = perSegment ? detectSegmentLanguage(segText, language, () => wordsOf(tokens, seg.first, seg.last)) : language;
      const hasTokens = seg.last >= seg.first;
      const scored = hasTokens ? lexiconScore(english, tokens, seg.first, seg.last, text, segLanguage, hits) : null;
      raws.push(scored ? scored.raw : null);
      const signal = lexiconSignal(scored);
      lexiconSegments.push({ sentiment: scored ? scored.score : null, label: scored ? scored.label : null, positives: signal?.positives ?? 0, negatives: signal?.negatives ?? 0 });
      let themes = hasTokens ? matchLexicon(themeLexiconFor(themes_, segLanguage), tokens, seg.first, seg.last) : [];
      let verdict: SpanVerdict | null = null;
      if (hasTokens && learned && learned.handles(segLanguage)) {
        verdict = learned.score(tokens, seg.first, seg.last, text, segLanguage as string, signal, hitKeys(themes));
        themes = learnedThemes(themes, verdict, tokens);
      }
      verdicts.push(verdict);
      const answered = hasTokens ? answeredJudgement(english, tokens, seg, text, segText, segLanguage, hits) : null;
      answeredSegments.push(answered !== null);
      return {
        text: segText,
        start: seg.start,
        end: seg.end,
        language: segLanguage,
        sentiment: answered ? answered.score : verdict ? verdict.score : scored ? scored.score : null,
        label: answered ? answered.label : verdict ? verdict.label : scored ? scored.label : null,
        themes,
        values: hasTokens ? matchLexicon(values, tokens, seg.first, seg.last) : [],
        terms: hasTokens ? extractTerms(tokens, seg.first, seg.last, segLanguage) : [],
        contributions: verdict ? verdict.words.map((w) => ({ word: tokens[w.index].value, start: tokens[w.index].start, end: tokens[w.index].end, score: w.score })) : scored ? scored.contributions : [],
      };
    });
    const themeIds = new Set<ThemeId>();
    for (const s of segments) for (const m of s.themes) themeIds.add(m.id as ThemeId);
    if (themeIds.size === 0) textFallback(segments, verdicts, tokens, themeIds);
    const lexiconDoc = docLabel(lexiconSegments, raws, punctuationEmphasis(text));
    const whole = learnedWhole(text, tokens, wholeSignal(lexiconDoc, lexiconSegments), language, segments, verdicts);
    // a lone "question? answer" segment is the part's judgement in the lexicon layer too
    const lone = segments.length === 1 && answeredSegments[0] ? { score: segments[0].sentiment as number, label: segments[0].label as Label } : null;
    const { score, label } = lone ?? whole ?? lexiconDoc;
    return { language, sentiment: score, label: label as Label | null, segments, themes: [...themeIds] };
  }

  /** "Question? Short answer." as one judgement: the label the answer gives what the question
   * names (question-answer.ts), with a score of that sign; null when the segment is not one. */
  function answeredJudgement(english: EnglishContext, tokens: Token[], seg: { start: number; first: number; last: number }, text: string, segText: string, language: string | null, hits: ReturnType<typeof readDoc>['hits']): { label: Label; score: number } | null {
    const qa = questionAnswer(segText, language);
    if (!qa) return null;
    const qEnd = seg.start + qa.questionEnd;
    let qLast = seg.first;
    while (qLast + 1 <= seg.last && tokens[qLast + 1].start < qEnd) qLast += 1;
    const question = lexiconScore(english, tokens, seg.first, qLast, text, language, hits);
    let words = 0;
    for (let i = seg.first; i <= qLast; i += 1) if (tokens[i].type !== 'punctuation') words += 1;
    const label = answeredLabel(question ? question.label : null, qa.answer, words);
    if (!label) return null;
    const magnitude = Math.max(0.3, Math.abs(question?.score ?? 0));
    return { label, score: label === 'negative' ? -magnitude : magnitude };
  }

  /** The part's own verdict when the learned scorer covers it: a short part is judged as a
   * whole (a reader takes its sentences together); a long one from its segments' labels. */
  function learnedWhole(text: string, tokens: Token[], wholeLexicon: LexiconSignal, language: string | null, segments: SegmentAnalysis[], verdicts: (SpanVerdict | null)[]): { score: number; label: Label } | null {
    if (!learned || segments.length === 0 || verdicts.some((v) => v === null)) return null;
    if (segments.length === 1) return { score: segments[0].sentiment as number, label: segments[0].label as Label };
    if (text.length <= WHOLE_PART_CHARS && segments.length <= WHOLE_PART_SEGMENTS && learned.handles(language)) {
      const first = 0;
      const last = tokens.length - 1;
      const ids = [...new Set(segments.flatMap((s) => s.themes.map((m) => m.id)))];
      const v = learned.score(tokens, first, last, text, language as string, wholeLexicon, ids, true);
      return { score: v.score, label: v.label };
    }
    return labelFromSegments(segments);
  }

  /** A part none of whose sentences got a theme: its likeliest sentence's likeliest theme when it
   * reaches the models' text bar (5-fold CV by sentence, themes micro-F1: see train.ts), shown on
   * the word that pushes it most. */
  function textFallback(segments: SegmentAnalysis[], verdicts: (SpanVerdict | null)[], tokens: Token[], themeIds: Set<ThemeId>): void {
    let best = -1;
    verdicts.forEach((v, i) => { if (v?.top && (best < 0 || v.top.p > (verdicts[best]?.top?.p ?? 0))) best = i; });
    if (best < 0) return;
    const top = verdicts[best]?.top as { id: string; word: number };
    const w = tokens[top.word];
    segments[best].themes = [{ id: top.id, term: w.norm, start: w.start, end: w.end }];
    themeIds.add(top.id as ThemeId);
  }

  /** The taxonomy's matches the learned layer keeps, plus the themes it adds (marked by the
   * word that pushed them most, so every theme still points at a word in the text). */
  function learnedThemes(matches: TermMatch[], verdict: SpanVerdict, tokens: Token[]): TermMatch[] {
    const keep = new Set(verdict.themes.map((t) => t.id));
    // a theme the models were not trained with (added to the taxonomy later) keeps its matches
    const out = matches.filter((m) => keep.has(m.id) || !models?.themeIds.includes(m.id));
    const have = new Set(out.map((m) => m.id));
    for (const t of verdict.themes) {
      if (have.has(t.id) || !models) continue;
      const w = strongestWordFor(models, verdict.wordTokens ?? [], verdict.wordHashes, models.themeIds.indexOf(t.id));
      if (w === null) continue;
      out.push({ id: t.id, term: tokens[w].norm, start: tokens[w].start, end: tokens[w].end });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  function matchValues(text: string): TermMatch[] {
    if (values.size === 0) return [];
    const { doc } = readDoc(text);
    return matchLexicon(values, toTokens(doc, text));
  }

  function spanInputs(text: string, language: string) {
    const { doc, hits } = readDoc(text);
    const tokens = toTokens(doc, text);
    const english: EnglishContext = { tokens, hits, domain: domain.lexicon, domainScores: domain.scores };
    const last = tokens.length - 1;
    // the lexicon signal as analyze() gives it for the whole part: from its segments' scores
    const ranges = segmentsOf(text, tokens, sentenceSpans(doc));
    const raws: (number | null)[] = [];
    const segs: { sentiment: number | null; label: Label | null; positives: number; negatives: number }[] = [];
    let single: LexiconSignal = null;
    for (const seg of ranges) {
      const scored = seg.last >= seg.first ? lexiconScore(english, tokens, seg.first, seg.last, text, language, hits) : null;
      const signal = lexiconSignal(scored);
      single = signal;
      raws.push(scored ? scored.raw : null);
      segs.push({ sentiment: scored ? scored.score : null, label: scored ? scored.label : null, positives: signal?.positives ?? 0, negatives: signal?.negatives ?? 0 });
    }
    const lexicon = ranges.length === 1 ? single : wholeSignal(docLabel(segs, raws, punctuationEmphasis(text)), segs);
    const matches = last >= 0 ? matchLexicon(themeLexiconFor(themes_, language), tokens, 0, last) : [];
    return { tokens, lexicon, hits: hitKeys(matches) };
  }

  return { analyze, matchValues, spanInputs };
}

/** What the learned features read of a lexicon score. */
export function lexiconSignal(s: SentenceScore | null): LexiconSignal {
  if (!s) return null;
  let positives = 0;
  let negatives = 0;
  for (const c of s.contributions) if (c.score > 0) positives += 1; else if (c.score < 0) negatives += 1;
  return { score: s.score, label: s.label, positives, negatives };
}

/** The lexicon's verdict on a whole part, from its segments' (as the part's lexicon score is). */
function wholeSignal(doc: { score: number | null; label: string | null }, segments: { positives: number; negatives: number }[]): LexiconSignal {
  if (doc.score === null || doc.label === null) return null;
  let positives = 0;
  let negatives = 0;
  for (const s of segments) { positives += s.positives; negatives += s.negatives; }
  return { score: doc.score, label: doc.label, positives, negatives };
}

/** A long part's label from its segments: both sides (or a mixed segment) make it mixed. */
function labelFromSegments(segments: SegmentAnalysis[]): { score: number; label: Label } {
  let pos = 0, neg = 0, mixed = 0, sum = 0, n = 0;
  for (const s of segments) {
    if (s.sentiment === null) continue;
    n += 1;
    sum += s.sentiment;
    if (s.label === 'positive') pos += 1; else if (s.label === 'negative') neg += 1; else if (s.label === 'mixed') mixed += 1;
  }
  const score = n ? Math.round((sum / n) * 1000) / 1000 : 0;
  const label: Label = mixed > 0 || (pos > 0 && neg > 0) ? 'mixed' : pos > 0 ? 'positive' : neg > 0 ? 'negative' : 'neutral';
  return { score, label };
}

/** The lowercase words of tokens [first, last], for the cheap English check of language.ts. */
function wordsOf(tokens: Token[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let i = first; i <= last; i += 1) if (tokens[i].type === 'word') words.push(tokens[i].norm);
  return words;
}
