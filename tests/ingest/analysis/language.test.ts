import { describe, expect, it } from 'vitest';
import { createAnalyzer, shippedLearnedModels } from '../../../ingest/analysis/index.ts';
import { languageWords, vocabularyOf } from '../../../ingest/analysis/learned/language-words.ts';
import { detectPartLanguage, detectSegmentLanguage } from '../../../ingest/analysis/language.ts';

// Language detection with the lexicon's labels (the learned layer's are tested in known-answers.test.ts).
const analyzer = createAnalyzer({ models: null });

describe('language of short and informal English', () => {
  it('measures "short" without @handles and links', () => {
    // Two words after the handles: eld reads French (0.72), too unsure for a short text.
    expect(detectPartLanguage('@anna @ben @cleo congrats ladies!!!')).toBe('en');
    expect(detectPartLanguage('Drunk Priest\'s "Sermon" http://url_removed')).toBe('en');
  });

  it('falls back to English when eld flags its own verdict as unreliable', () => {
    const a = analyzer.analyze('Yay yay yay yay yay yay yay yay yay yay yay yay #mets');
    expect(a.language).toBe('en');
    expect(a.label).toBe('positive');
  });

  it('falls back to English when eld\'s top score on a longer text is low', () => {
    // eld: Norwegian 0.59, Danish 0.58, English 0.50.
    const a = analyzer.analyze('I hate Joomla '.repeat(10).trim());
    expect(a.language).toBe('en');
    expect(a.label).toBe('negative');
  });

  it('still detects real Dutch, German and French sentences', () => {
    expect(detectPartLanguage('Onze huisbaas is heel behulpzaam en reageert snel.')).toBe('nl');
    expect(detectPartLanguage('Die neue Chipfabrik bringt viele Arbeitsplätze in die Region.')).toBe('de');
    expect(detectPartLanguage('Mais les loyers sont devenus beaucoup trop chers ces dernières années.')).toBe('fr');
    // Turkish has no lexicon: detected and left unscored.
    const tr = analyzer.analyze('@anonymous kisa zamanda mirrorlari cikar gibi geliyor :)');
    expect(tr.language).toBe('tr');
    expect(tr.sentiment).toBeNull();
  });
});

describe('language of the segments of a long part', () => {
  const text = 'I love living here in Utrecht and the people are really friendly to all of us, honestly. '
    + 'Maar de huurprijzen zijn echt veel te hoog geworden de laatste jaren, dat is een groot probleem.';

  it('keeps code-switching: a Dutch sentence in an English answer is Dutch', () => {
    const a = analyzer.analyze(text);
    expect(a.segments.map((s) => s.language)).toEqual(['en', 'nl']);
  });

  it('lets English function words settle a segment of an English part before eld is asked', () => {
    let asked = 0;
    const words = (list: string[]) => () => { asked += 1; return list; };
    const english = 'The tram to the centre was late and the staff were kind.';
    expect(detectSegmentLanguage(english, 'en', words(english.toLowerCase().replace('.', '').split(' ')))).toBe('en');
    expect(asked).toBe(1);
    // In a Dutch part the words are never asked for; eld decides.
    expect(detectSegmentLanguage('Maar de huurprijzen zijn echt veel te hoog geworden de laatste jaren.', 'nl', words([]))).toBe('nl');
    expect(asked).toBe(1);
    // German words are no English function words: eld still finds German in an English part.
    const german = 'Aber die Mieten sind in den letzten Jahren viel zu hoch geworden.';
    expect(detectSegmentLanguage(german, 'en', words(german.toLowerCase().replace('.', '').split(' ')))).toBe('de');
  });
});

describe('short answers eld cannot settle', () => {
  // the part's lowercase words, as the analyzer passes them
  const words = (t: string) => t.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  it('take the language whose function words they use', () => {
    expect(detectPartLanguage('Ich wohne allein mit meiner Katze.', undefined, () => words('Ich wohne allein mit meiner Katze.'))).toBe('de');
    expect(detectPartLanguage('Geen idee, ik woon hier pas net.', undefined, () => words('Geen idee, ik woon hier pas net.'))).toBe('nl');
    expect(detectPartLanguage('Rien à signaler, tout est ok.', undefined, () => words('Rien à signaler, tout est ok.'))).toBe('fr');
  });

  it('stay English when English words lead or nothing clearly leads', () => {
    expect(detectPartLanguage("I'm an au pair.", undefined, () => words("I'm an au pair."))).toBe('en');
    expect(detectPartLanguage('Super cool hier.', undefined, () => words('Super cool hier.'))).toBe('en');
  });

  it('are scored by their own language in analysis', () => {
    expect(analyzer.analyze('Ich wohne allein mit meiner Katze.').language).toBe('de');
    expect(analyzer.analyze('Geen idee, ik woon hier pas net.').language).toBe('nl');
  });
});

describe("short texts settled by the model's language words", () => {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const models = shippedLearnedModels();
  const vocabulary = vocabularyOf(models?.languageWords ?? {});
  const detect = (t: string) => detectPartLanguage(t, undefined, () => words(t), vocabulary);

  it('ships with the model', () => {
    expect(Object.keys(models?.languageWords ?? {}).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    expect(models?.languageWords?.nl).toContain('prachtig');
  });

  it('take the language only its texts use', () => {
    // without the words these went to English (too short for eld, no function word)
    expect(detectPartLanguage('Prachtig.', undefined, () => words('Prachtig.'))).toBe('en');
    expect(detect('Prachtig.')).toBe('nl');
    expect(detect('Super gezellig!')).toBe('nl');
    expect(detect('Tolle Stimmung!')).toBe('de');
    expect(detect('Génial !')).toBe('fr');
    expect(createAnalyzer().analyze('Prachtig.').language).toBe('nl');
  });

  it('leave short English alone', () => {
    for (const t of ['Great park!', 'Awful.', 'Lovely neighbours :)', 'Parking nightmare.', 'Super cool hier.']) expect(detect(t)).toBe('en');
  });
});

describe('languageWords', () => {
  const texts = [
    { lang: 'nl', text: 'Prachtig park, echt gezellig.' }, { lang: 'nl', text: 'Prachtig! Super gezellig.' },
    { lang: 'de', text: 'Super Park, gemütlich.' }, { lang: 'de', text: 'Gemütlich und super.' },
    { lang: 'en', text: 'Great park, super cosy.' }, { lang: 'en', text: 'A great park.' },
  ];
  it('keeps words of one language seen in two texts, minus English ones in other languages', () => {
    const w = languageWords(texts, (x) => x === 'gezellig');
    expect(w).toEqual({ de: ['gemütlich'], en: ['great'], nl: ['prachtig'] });
    expect(vocabularyOf(w).get('great')).toBe('en');
  });
});
