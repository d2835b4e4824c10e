import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../ingest/analysis/index.ts';
import { normalize } from '../../../../ingest/analysis/sentiment/labels.ts';

// The lexicon and rules layer (VADER's port) on its own: the learned layer reads its score as a feature.
const analyzer = createAnalyzer({ models: null });

/** The contributions of an English text's segments by word, and its part score. */
const read = (text: string, language = 'en') => {
  const a = analyzer.analyze(text, { language });
  const words: Record<string, number> = {};
  for (const s of a.segments) for (const c of s.contributions) words[c.word] = c.score;
  return { ...a, words };
};

describe('fidelity to VADER where our port diverged', () => {
  it('adds "!" emphasis once per part, over all its sentences, as VADER does per text', () => {
    // Six "!" in two sentences: VADER counts at most four in the whole text, 0.292 each.
    const good = 1.9 / 4;
    const a = read('It is good!!! It is good!!!');
    expect(a.segments).toHaveLength(2);
    expect(a.sentiment).toBe(Math.round(normalize(2 * good + (4 * 0.292) / 4) * 1000) / 1000);
    // A sentence keeps its own emphasis in its own score.
    expect(a.segments[0].sentiment).toBe(Math.round(normalize(good + (3 * 0.292) / 4) * 1000) / 1000);
  });

  it('never negates an emoticon or emoji: it is how the writer feels', () => {
    const s = read('No cheque today :(');
    expect(s.words[':(']).toBeLessThan(0);
    expect(s.label).toBe('negative');
    expect(read('Not again 😡').words['😡']).toBeLessThan(0);
  });

  it('stresses instead of negating after "never so" and a negated "this"/"so" comparison', () => {
    expect(read('I have never been so happy.').words.happy).toBeGreaterThan(read('I am happy.').words.happy);
    expect(read('I have never slept so well.').label).toBe('positive');
    expect(read("Haven't been this sore in a while.").words.sore).toBeLessThan(0);
    // An ordinary negation still flips.
    expect(read('The flat is not nice.').words.nice).toBeLessThan(0);
    expect(read('It is not so bad.').words.bad).toBeGreaterThan(0);
  });

  it('gives "least" no rating of its own: "at least" is no sentiment', () => {
    const s = read('At least the tram was on time.');
    expect(s.words.least).toBeUndefined();
    expect(s.sentiment).toBe(0);
  });

  it('keeps VADER\'s ratings of general words the domain list used to silence', () => {
    expect(read('I wish I could stay longer.').words.wish).toBeCloseTo(1.7 / 4, 3);
    expect(read('We ate well.').words.well).toBeCloseTo(1.1 / 4, 3);
    expect(read("I don't care about the noise.").words.care).toBeLessThan(0);
    expect(read('I want a garden.').words.want).toBeCloseTo(0.3 / 4, 3);
  });

  it('reads "at home" as a place, "feel at home" as belonging', () => {
    expect(read('I left my keys at home.').sentiment).toBe(0);
    expect(read('I finally feel at home here.').words['feel at home']).toBeGreaterThan(0);
  });
});

describe('emoticons and emoji in every language', () => {
  it.each([
    ['nl', 'Wat een dag :)', ':)'],
    ['es', 'Cierra la puerta ;)', ';)'],
    ['de', 'Heute Markt 😍', '😍'],
  ])('scores %s: %s', (language, text, symbol) => {
    const a = read(text, language);
    expect(a.language).toBe(language);
    expect(a.words[symbol]).toBeGreaterThan(0);
    expect(a.label).toBe('positive');
  });

  it('does not negate them after a negation of the language', () => {
    expect(read('Het is niet leuk :(', 'nl').words[':(']).toBeLessThan(0);
  });
});
