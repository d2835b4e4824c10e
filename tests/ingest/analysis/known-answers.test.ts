/**
 * Known answers per kind of hard case and language (tests/fixtures/analysis/known-answers.jsonl:
 * 120 sentences written for this test, 3 per case and language, never trained on). The shipped
 * model must agree with a careful reader far more often than the lexicon alone, in every
 * language and every kind of case; single sentences may still be wrong (the eval reports how often).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, shippedLearnedModels } from '../../../ingest/analysis/index.ts';
import { hitKeys } from '../../../ingest/analysis/learned/features.ts';

type Row = { lang: string; case: string; text: string; sentiment: string; themes: string[] };
const rows: Row[] = readFileSync(new URL('../../fixtures/analysis/known-answers.jsonl', import.meta.url), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as Row);

const learned = createAnalyzer({});
const lexicon = createAnalyzer({ models: null });

function share(subset: Row[], analyzer: typeof learned): number {
  return subset.filter((r) => analyzer.analyze(r.text, { language: r.lang }).label === r.sentiment).length / subset.length;
}

describe('known answers per language and kind of case', () => {
  it('covers 4 languages × 10 cases × 3 sentences', () => {
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((r) => `${r.lang}/${r.case}`)).size).toBe(40);
  });

  for (const lang of ['en', 'nl', 'de', 'fr']) {
    it(`${lang}: at least 0.7 of the labels as a reader gives them, 0.2 above the lexicon alone`, () => {
      const subset = rows.filter((r) => r.lang === lang);
      const [ours, base] = [share(subset, learned), share(subset, lexicon)];
      expect(ours).toBeGreaterThanOrEqual(0.7); // measured: en 27/30, nl 26, de 25, fr 22
      expect(ours - base).toBeGreaterThanOrEqual(0.2);
    });
  }

  for (const kind of ['plain', 'no_sentiment_word', 'wish', 'sarcasm', 'contrast', 'question', 'negated', 'kind_negative_words', 'keyword_trap', 'brand_echo']) {
    it(`${kind}: at least 7 of its 12 sentences (all languages) right`, () => {
      expect(share(rows.filter((r) => r.case === kind), learned)).toBeGreaterThanOrEqual(7 / 12);
    });
  }

  it('positive and negative are swapped less often than by the lexicon alone', () => {
    const swapped = (analyzer: typeof learned) => rows.filter((r) => {
      const got = analyzer.analyze(r.text, { language: r.lang }).label;
      return (r.sentiment === 'positive' && got === 'negative') || (r.sentiment === 'negative' && got === 'positive');
    }).length;
    // measured: 12 of 120 learned, 33 lexicon; the eval's test split reports the rate per language
    expect(swapped(learned)).toBeLessThan(swapped(lexicon));
    expect(swapped(learned)).toBeLessThanOrEqual(18);
  });

  it('themes: most assigned themes are the sentence’s own (precision ≥ 0.7) and most are found (recall ≥ 0.7)', () => {
    let hit = 0, given = 0, gold = 0;
    for (const r of rows) {
      const got = learned.analyze(r.text, { language: r.lang }).themes;
      hit += got.filter((t) => r.themes.includes(t)).length;
      given += got.length;
      gold += r.themes.length;
    }
    expect(hit / given).toBeGreaterThanOrEqual(0.7);
    expect(hit / gold).toBeGreaterThanOrEqual(0.7);
  });
});

describe('themes: terms read in context, and a theme where no term matched', () => {
  it('the theme model reads each matched term as well as its theme, so it can learn which terms mislead', () => {
    expect(hitKeys([{ id: 'housing', term: 'waiting list' }, { id: 'housing', term: 'rent' }, { id: 'mobility', term: 'tram' }, { id: 'housing', term: 'rent' }]))
      .toEqual(['housing', 'mobility', 'housing|waiting list', 'housing|rent', 'mobility|tram']);
    expect(hitKeys([])).toEqual([]);
  });
  it('a part with no taxonomy term stays unclassified with the shipped models; a model with a text fallback gives it its likeliest theme, on the word that moved it', () => {
    const text = 'Nobody here ever looks people like me in the eye.';
    expect(lexicon.analyze(text, { language: 'en' }).themes).toEqual([]);
    // off in the shipped models: the unclassified are where words in no theme are found (Themes page)
    expect(learned.analyze(text, { language: 'en' }).themes).toEqual([]);
    const withFallback = createAnalyzer({ models: { ...shippedLearnedModels()!, themeTextFallback: 0.15 } });
    const a = withFallback.analyze(text, { language: 'en' });
    expect(a.themes).toEqual(['social_life']);
    expect(a.segments[0].themes.map((m) => [m.id, m.term])).toEqual([['social_life', 'people']]);
  });
  it('a part the model cannot place keeps no theme', () => {
    expect(learned.analyze('Ok.', { language: 'en' }).themes).toEqual([]);
    expect(learned.analyze('I moved here in 2019.', { language: 'en' }).themes).toEqual([]);
  });
});

describe('brand values judged as values (the issue’s own examples, not from any evaluation set)', () => {
  const withValues = createAnalyzer({ values: [{ name: 'Welcoming', terms: ['welcoming', 'welcome'], exclusions: [] }] });
  it('"The so-called welcoming city is a joke." is a negative judgement about Welcoming', () => {
    const [s] = withValues.analyze('The so-called welcoming city is a joke.', { language: 'en' }).segments;
    expect(s.values.map((v) => v.id)).toEqual(['Welcoming']);
    expect(s.label).toBe('negative');
  });
  it('a rhetorical question and its answer are one negative judgement about the value', () => {
    const a = withValues.analyze('Welcoming? Not at all.', { language: 'en' });
    expect(a.segments).toHaveLength(1);
    expect(a.segments[0].values.map((v) => v.id)).toEqual(['Welcoming']);
    expect(a.label).toBe('negative');
  });
});

describe('explanations of the learned verdicts', () => {
  it('show words that push the way of a positive or negative verdict', () => {
    let polar = 0;
    let agree = 0;
    for (const r of rows) {
      for (const s of learned.analyze(r.text, { language: r.lang }).segments) {
        if (s.label !== 'positive' && s.label !== 'negative') continue;
        polar += 1;
        const push = s.contributions.reduce((sum, c) => sum + c.score, 0);
        if ((push > 0) === (s.label === 'positive')) agree += 1;
      }
    }
    expect(polar).toBeGreaterThan(60);
    // each word's push adds up all the features it made: measured 0.897 here (0.95–0.96 on the
    // training texts); its unigram weight alone, as explanations showed before, agreed on 0.785
    // here. The rest are decided by the span's own features (the lexicon's score, cues, shape).
    expect(agree / polar).toBeGreaterThanOrEqual(0.85);
  });
});
