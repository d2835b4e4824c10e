import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../ingest/analysis/index.ts';
import { answeredLabel, questionAnswer } from '../../../ingest/analysis/question-answer.ts';

describe('a question and its short answer are one judgement', () => {
  it('finds the answer and whether it denies or confirms', () => {
    expect(questionAnswer('Welcoming? Not at all.', 'en')).toEqual({ questionEnd: 9, answer: 'deny' });
    expect(questionAnswer('Gezellig? Zeker weten!', 'nl')).toEqual({ questionEnd: 8, answer: 'confirm' });
    expect(questionAnswer('Why is the tram always late?', 'en')).toBeNull();
    expect(questionAnswer('Welcoming? Well, it depends on who you ask and when.', 'en')).toBeNull();
  });

  it('flips a denied quality and keeps a confirmed one; a short neutral question takes the answer', () => {
    expect(answeredLabel('positive', 'deny', 1)).toBe('negative');
    expect(answeredLabel('negative', 'deny', 1)).toBe('positive');
    expect(answeredLabel('negative', 'confirm', 1)).toBe('negative');
    expect(answeredLabel('neutral', 'deny', 1)).toBe('negative');
    expect(answeredLabel('neutral', 'deny', 6)).toBeNull();
  });

  // Both layers: the learned one, and the lexicon alone.
  for (const [name, analyzer] of [['learned', createAnalyzer()], ['lexicon', createAnalyzer({ models: null })]] as const) {
    it.each([
      ['en', 'Welcoming? Not at all.', 'negative'],
      ['en', 'Expensive? Not at all.', 'positive'],
      ['en', 'Friendly neighbours? Absolutely.', 'positive'],
      ['nl', 'Gastvrij? Helemaal niet.', 'negative'],
      ['de', 'Weltoffen? Von wegen.', 'negative'],
      ['fr', 'Accueillante ? Pas du tout.', 'negative'],
    ])(`${name}: %s "%s" is %s`, (language, text, label) => {
      const a = analyzer.analyze(text, { language });
      expect(a.segments).toHaveLength(1);
      expect(a.segments[0].label).toBe(label);
      expect(a.label).toBe(label);
      expect(Math.sign(a.sentiment ?? 0)).toBe(label === 'negative' ? -1 : 1);
    });
  }
});
