import { describe, expect, it } from 'vitest';
import { scoreAuthenticity } from '../../../ingest/analysis/authenticity.ts';

const label = (text: string, lang: string | null) => scoreAuthenticity(text, lang).label;

describe('authenticity lexicons and rules, known answers per language', () => {
  it('English: inauthentic and authentic words and phrases, negation flips a word', () => {
    expect(label('This poster is too polished, it looks fake.', 'en')).toBe('inauthentic');
    expect(label('That is not my city.', 'en')).toBe('inauthentic');
    expect(label('Glossy, elite marketing.', 'en')).toBe('inauthentic');
    expect(label('That is us, so recognisable.', 'en')).toBe('authentic');
    expect(label('It is not fake at all.', 'en')).toBe('authentic');
    expect(label("It doesn't look real.", 'en')).toBe('inauthentic');
    expect(label('The rents are too high.', 'en')).toBeNull();
  });

  it('English: phrases that judge nothing, and words out of a negation\'s reach, are not flipped', () => {
    expect(label('Real estate prices worry me.', 'en')).toBeNull();
    expect(label('To be honest, the trams are late.', 'en')).toBeNull();
    // "not my city" holds its own negation: matched whole, not flipped to authentic
    expect(scoreAuthenticity('That is not my city.', 'en').matches).toEqual([
      { term: 'not my city', start: 8, end: 19, polarity: -1, negated: false },
    ]);
    // a clause boundary ends the negation: "no" does not reach "fake"
    expect(label('No, it is fake.', 'en')).toBe('inauthentic');
    // "not" three words before is within the window, four words before is not
    expect(label('It is not at all fake.', 'en')).toBe('authentic');
    expect(label('Not that I thought it fake.', 'en')).toBe('inauthentic');
  });

  it('Dutch: "nep" is inauthentic, "echt" authentic, "niet echt" inauthentic, "dat zijn wij" authentic', () => {
    expect(label('Dit is nep.', 'nl')).toBe('inauthentic');
    expect(label('Het voelt echt.', 'nl')).toBe('authentic');
    expect(label('Het is niet echt.', 'nl')).toBe('inauthentic');
    expect(label('Heel herkenbaar, dat zijn wij.', 'nl')).toBe('authentic');
    expect(label('Helemaal niet nep.', 'nl')).toBe('authentic');
    expect(label('Dat is niet mijn stad.', 'nl')).toBe('inauthentic');
  });

  it('German: "aufgesetzt" is inauthentic, "nicht aufgesetzt" and "typisch" authentic', () => {
    expect(label('Das wirkt total aufgesetzt.', 'de')).toBe('inauthentic');
    expect(label('Nicht aufgesetzt, sondern typisch.', 'de')).toBe('authentic');
    expect(label('Das sind wir.', 'de')).toBe('authentic');
    expect(label('Das ist nicht meine Stadt.', 'de')).toBe('inauthentic');
  });

  it('French: "bidon" is inauthentic, "pas bidon" authentic, "pas ma ville" inauthentic', () => {
    expect(label("C'est bidon.", 'fr')).toBe('inauthentic');
    expect(label("Ce n'est pas bidon du tout.", 'fr')).toBe('authentic');
    expect(label("Ce n'est pas ma ville.", 'fr')).toBe('inauthentic');
    expect(label("C'est nous, c'est authentique.", 'fr')).toBe('authentic');
    // agreement, not a judgement of the brand
    expect(label("C'est vrai.", 'fr')).toBeNull();
  });

  it('a segment with as many authentic as inauthentic words carries no label; other languages read English', () => {
    expect(label("It's not glossy, but it is not real.", 'en')).toBeNull();
    expect(label('Molto fake.', 'it')).toBe('inauthentic');
    expect(label('Fake.', null)).toBe('inauthentic');
  });
});

describe('authenticity: the false friends found in the demo data', () => {
  it('reads "real" and "echt" before another word as intensifiers, and fake listings as no judgement of the brand', () => {
    expect(label('Small shops are disappearing, a real shame.', 'en')).toBeNull();
    expect(label('The expat bubble is real.', 'en')).toBeNull();
    expect(label('Another fake rental listing asking for the deposit first.', 'en')).toBeNull();
    expect(label('Nothing like paying €7 for a small beer.', 'en')).toBeNull();
    expect(label('Ik ga graag naar de Kunsthal, echt leuk.', 'nl')).toBeNull();
    expect(label('@someone Yes, I recognise that.', 'en')).toBeNull();
    expect(label('The video is so glossy I did not recognise my own city.', 'en')).toBe('inauthentic');
    expect(label('Finally something genuine, those are real neighbours.', 'en')).toBe('authentic');
  });
});
