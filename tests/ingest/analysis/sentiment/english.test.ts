import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../ingest/analysis/index.ts';

// The lexicon and rules layer (VADER's port) on its own: the learned layer reads its score as a feature.
const analyzer = createAnalyzer({ models: null });

/** The one English segment of `text`, with its contributions by word. */
const one = (text: string) => {
  const a = analyzer.analyze(text, { language: 'en' });
  expect(a.segments).toHaveLength(1);
  const s = a.segments[0];
  return { ...s, words: Object.fromEntries(s.contributions.map((c) => [c.word, c.score])) };
};

describe('VADER lexicon and rules on English sentences', () => {
  it('rates words with VADER\'s human ratings (/4), not AFINN\'s', () => {
    // VADER rates "heartwarming" 2.1 of 4, AFINN 3 of 5.
    expect(one('The welcome was heartwarming.').words.heartwarming).toBeCloseTo(2.1 / 4, 3);
    expect(one('The weather was dreadful.').words.dreadful).toBeCloseTo(-1.9 / 4, 3);
  });

  it('adds VADER\'s booster increment (0.293 of 4) for "very"', () => {
    const plain = one('The tram is good.');
    const boosted = one('The tram is very good.');
    expect(plain.words.good).toBeCloseTo(1.9 / 4, 3);
    expect(boosted.words.good).toBeCloseTo((1.9 + 0.293) / 4, 3);
    expect(boosted.sentiment as number).toBeGreaterThan(plain.sentiment as number);
  });

  it('reads "kind of" as a dampener, never as the positive word "kind"', () => {
    const kindOf = one('The staff were kind of rude.');
    expect(kindOf.words.kind).toBeUndefined();
    expect(kindOf.label).toBe('negative');
    expect(kindOf.sentiment as number).toBeGreaterThan(one('The staff were rude.').sentiment as number);
    expect(one('The staff were kind.').label).toBe('positive');
  });

  it('drops a rated intensifier\'s own rating when it modifies a rated word', () => {
    const s = one('That was a pretty bad idea.');
    expect(s.words.pretty).toBeUndefined();
    expect(s.label).toBe('negative');
  });

  it('negates a word after "least" but not after "at least"', () => {
    const least = one('The least helpful office in town.');
    expect(least.words.least).toBeUndefined();
    expect(least.words.helpful).toBeLessThan(0);
    expect(one('At least the staff were helpful.').words.helpful).toBeGreaterThan(0);
  });

  it('scores "no" alone as negative, and "no problems" as a positive set phrase', () => {
    expect(one('No!').label).toBe('negative');
    expect(one('No problems at all.').label).toBe('positive');
    // "no" never negates another "no".
    expect(one('No, no, no.').sentiment as number).toBeLessThan(0);
  });

  it('rejoins emoticons wink splits, and reads hashtags and stretched words', () => {
    expect(one('Thanks =)').words['=)']).toBeGreaterThan(0);
    expect(one('Moving day #fail').words['#fail']).toBeLessThan(0);
    expect(one('The market was goooood').words.goooood).toBeCloseTo(1.9 / 4, 3);
  });

  it('adds VADER\'s emphasis for "??" as for "!"', () => {
    const plain = one('The city is nice.').sentiment as number;
    expect(one('The city is nice??').sentiment as number).toBeGreaterThan(plain);
    expect(one('The city is nice!').sentiment as number).toBeGreaterThan(plain);
  });

  it('keeps a rated phrase around a word the domain list silences', () => {
    // "pay" (VADER −0.4) is silenced in this domain ("we pay the rent"); "go" too, yet "go wrong" stays.
    expect(one('We pay the rent every month.').words.pay).toBeUndefined();
    expect(one('Things will go wrong.').words['go wrong']).toBeLessThan(0);
    expect(one('This case seems well made.').words['well made']).toBeGreaterThan(0);
  });
});
