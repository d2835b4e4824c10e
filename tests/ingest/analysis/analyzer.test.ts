import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../ingest/analysis/index.ts';

// The lexicon, rules and taxonomy layer on its own (the learned layer over it: known-answers.test.ts).
const analyzer = createAnalyzer({
  models: null,
  values: [
    { name: 'green', terms: ['green', 'sustainable'], exclusions: ['green card'] },
    { name: 'art', terms: ['art'], exclusions: [] },
    { name: 'food culture', terms: ['food culture', 'street food'], exclusions: [] },
  ],
});

const one = (text: string, language?: string) => {
  const a = analyzer.analyze(text, language ? { language } : undefined);
  expect(a.segments).toHaveLength(1);
  return a.segments[0];
};

describe('English sentiment', () => {
  it('labels a clearly positive clause against a clearly negative one as mixed', () => {
    const s = one('Great city but the bureaucracy is a nightmare.');
    expect(s.label).toBe('mixed');
    const words = Object.fromEntries(s.contributions.map((c) => [c.word, c.score]));
    expect(words.Great).toBeGreaterThan(0);
    expect(words.nightmare).toBeLessThan(0);
    // The clause after "but" weighs more: the score leans negative.
    expect(s.sentiment).toBeLessThan(0);
  });

  it('weights the clause after "but" when the other clause is only mildly positive', () => {
    expect(one('The flat is okay but the landlord is a scam.').sentiment).toBeLessThan(-0.3);
  });

  it('flips a negated word', () => {
    expect(one('The housing here is affordable.').label).toBe('positive');
    const s = one('The housing here is not affordable.');
    expect(s.label).toBe('negative');
    expect(s.contributions.find((c) => c.word === 'affordable')?.score).toBeLessThan(0);
  });

  it('scores domain words general lexicons miss', () => {
    expect(one('Red tape everywhere and a waiting list for everything.').label).toBe('negative');
    expect(one('Such a cosy and welcoming neighbourhood.').label).toBe('positive');
    expect(one('I felt so lonely in the expat bubble.').label).toBe('negative');
  });

  it('reads emoji and emoticons', () => {
    expect(one('Tram ride home 😍').label).toBe('positive');
    expect(one('Tram ride home 😡').label).toBe('negative');
    expect(one('Rent went up again :(').label).toBe('negative');
  });

  it('ignores an emoticon glued inside a link', () => {
    expect(one('Morning view http://url_removed').sentiment).toBe(0);
  });

  it('makes intensifiers, ALL-CAPS and exclamation marks stronger', () => {
    const plain = one('The tram is good.').sentiment as number;
    expect(one('The tram is very good.').sentiment as number).toBeGreaterThan(plain);
    expect(one('The tram is GOOD!!!').sentiment as number).toBeGreaterThan(plain);
  });

  it('keeps scores in [-1, 1] for very long texts', () => {
    const a = analyzer.analyze('This is a wonderful amazing great lovely city. '.repeat(50));
    expect(a.sentiment as number).toBeLessThanOrEqual(1);
    expect(a.sentiment as number).toBeGreaterThan(0.9);
  });
});

describe('other languages', () => {
  const cases: [string, string, string][] = [
    ['nl', 'De stad is erg gezellig en mooi.', 'positive'],
    ['nl', 'De huisbaas is vreselijk en slecht.', 'negative'],
    ['de', 'Die Altstadt ist wunderschön und toll.', 'positive'],
    ['de', 'Die Wohnungssuche ist eine Katastrophe.', 'negative'],
    ['fr', 'La ville est magnifique et agréable.', 'positive'],
    ['fr', 'Le logement est horrible et triste.', 'negative'],
    ['es', 'La ciudad es maravillosa y hermosa.', 'positive'],
    ['es', 'El alquiler es terrible y horrible.', 'negative'],
    ['it', 'La città è bellissima e piacevole.', 'positive'],
    ['it', 'La burocrazia è orribile e terribile.', 'negative'],
    ['pt', 'A cidade é maravilhosa e linda.', 'positive'],
    ['pt', 'O aluguel é horrível e péssimo.', 'negative'],
  ];
  it.each(cases)('scores %s: %s', (language, text, label) => {
    const a = analyzer.analyze(text, { language });
    expect(a.language).toBe(language);
    expect(a.label).toBe(label);
    expect(a.segments[0].contributions.length).toBeGreaterThan(0);
  });

  it('limits a Dutch negation to its clause instead of flipping every later word', () => {
    const s = one('Het is niet goed, maar de mensen zijn geweldig.', 'nl');
    expect(s.contributions.find((c) => c.word === 'goed')?.score).toBeLessThan(0);
    expect(s.contributions.find((c) => c.word === 'geweldig')?.score).toBeGreaterThan(0);
  });

  it('leaves text in a language without a lexicon unscored, never neutral', () => {
    const ja = analyzer.analyze('東京はとても大きい都市です。私はこの街が大好きです。');
    expect(ja.language).toBe('ja');
    expect(ja.sentiment).toBeNull();
    expect(ja.label).toBeNull();
    expect(ja.segments.every((s) => s.sentiment === null && s.label === null)).toBe(true);
    const pl = analyzer.analyze('Mieszkanie w centrum jest bardzo drogie, a właściciel nie odpowiada na wiadomości.');
    expect(pl.language).toBe('pl');
    expect(pl.sentiment).toBeNull();
  });

  it('uses the platform hint for short texts', () => {
    expect(analyzer.analyze('Top!', { language: 'de' }).language).toBe('de');
  });
});

describe('themes', () => {
  it('finds several themes in one sentence with their words and offsets', () => {
    const text = 'The rent is insane and the IND took months to process my residence permit.';
    const a = analyzer.analyze(text);
    expect(a.themes).toEqual(expect.arrayContaining(['housing', 'bureaucracy']));
    for (const m of a.segments[0].themes) expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
    const permit = a.segments[0].themes.find((m) => m.term === 'residence permit');
    expect(permit && text.slice(permit.start, permit.end)).toBe('residence permit');
  });

  it('matches whole words and lemmas, never substrings', () => {
    expect(analyzer.analyze('My parent has a current account.').themes).not.toContain('housing');
    expect(analyzer.analyze('Permits take forever.').themes).toContain('bureaucracy');
  });

  it('matches Dutch and German compounds through stems', () => {
    expect(analyzer.analyze('De huurprijzen zijn hoog.', { language: 'nl' }).themes).toContain('housing');
    expect(analyzer.analyze('Die Wohnungssuche dauert ewig.', { language: 'de' }).themes).toContain('housing');
  });

  it('returns no theme (unclassified) when nothing matches', () => {
    expect(analyzer.analyze('I moved here in 2019.').themes).toEqual([]);
  });
});

describe('brand values', () => {
  it('does not match a value term inside a longer word', () => {
    expect(analyzer.matchValues('The party was fun and the article was smart.')).toEqual([]);
    const text = 'The art museum is great.';
    expect(analyzer.matchValues(text)).toEqual([{ id: 'art', term: 'art', start: 4, end: 7 }]);
  });

  it('lets an exclusion veto a match and matches multi-word terms', () => {
    expect(analyzer.matchValues('I finally got my green card.')).toEqual([]);
    const text = 'Green parks and great street food.';
    const ids = analyzer.matchValues(text).map((m) => [m.id, text.slice(m.start, m.end)]);
    expect(ids).toEqual([['green', 'Green'], ['food culture', 'street food']]);
  });

  it('annotates segments with value matches', () => {
    const a = analyzer.analyze('Our city is green. Sustainable transport matters.');
    expect(a.segments.map((s) => s.values.map((v) => v.id))).toEqual([['green'], ['green']]);
  });
});

describe('segments and terms', () => {
  it('slices the text exactly to each segment, match and contribution', () => {
    const text = '  Great city!!  But rent is a nightmare :(\n\nThe tram 😍 is  fast.\r\nIk woon in Groningen.';
    const a = analyzer.analyze(text);
    expect(a.segments.length).toBeGreaterThanOrEqual(3);
    for (const s of a.segments) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      for (const m of [...s.themes, ...s.values]) expect(text.slice(m.start, m.end).toLowerCase()).toContain(m.term.split(' ')[0].replace('*', ''));
      for (const c of s.contributions) expect(text.slice(c.start, c.end)).toBe(c.word);
    }
  });

  it('splits unspaced Japanese at its full stops', () => {
    const text = '東京は大きい都市です。とても好きです。';
    const a = analyzer.analyze(text);
    expect(a.segments.map((s) => s.text)).toEqual(['東京は大きい都市です。', 'とても好きです。']);
    for (const s of a.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('extracts lemmatised content words and noun phrases without stop words', () => {
    const s = one('The student rooms were overpriced.');
    expect(s.terms).toEqual(expect.arrayContaining(['student', 'room', 'student room', 'overpriced']));
    expect(s.terms).not.toContain('the');
  });

  it('returns an empty analysis for empty text', () => {
    const a = analyzer.analyze('   ');
    expect(a.segments).toEqual([]);
    expect(a.sentiment).toBeNull();
  });
});
