import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noRedactions, PLACEHOLDERS, redactDoc, redactText, type RedactionKind } from '../../../ingest/readers/redact.ts';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

const email = fc.tuple(
  fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,14}[a-z0-9]$/), fc.stringMatching(/^[a-z0-9]{1,10}$/), pick('nl', 'de', 'fr', 'com', 'org', 'eu', 'gemeente'),
).map(([user, domain, tld]) => `${user.replace(/\.{2,}/g, '.')}@${domain}.${tld}`);

// the formats people type in the four languages, with a trunk 0 or a country code
const phone = fc.oneof(
  fc.tuple(digits(8), pick(' ', '-', '')).map(([d, s]) => `06${s}${d}`), // nl mobile
  digits(8).map((d) => `06 ${d.slice(0, 4)} ${d.slice(4)}`),
  digits(7).map((d) => `020 ${d.slice(0, 3)} ${d.slice(3)}`), // nl landline
  digits(7).map((d) => `(020) ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`),
  digits(7).map((d) => `010-${d}`),
  fc.tuple(pick('030', '040', '089', '0171', '0152'), digits(7), pick(' ', '/', '-')).map(([a, d, s]) => `${a}${s}${d}`), // de
  fc.tuple(pick('30', '40', '89', '171'), digits(7)).map(([a, d]) => `+49 ${a} ${d}`),
  fc.tuple(pick('30', '89'), digits(6)).map(([a, d]) => `+49 (0)${a} ${d}`),
  fc.tuple(pick('01', '02', '04', '06', '07'), digits(8), pick(' ', '.')).map(([a, d, s]) => [a, d.slice(0, 2), d.slice(2, 4), d.slice(4, 6), d.slice(6)].join(s)), // fr
  fc.tuple(pick('1', '6', '7'), digits(8)).map(([a, d]) => `+33 ${a} ${d.match(/../g)!.join(' ')}`),
  digits(6).map((d) => `07700 ${d}`), // uk
  digits(8).map((d) => `020 ${d.slice(0, 4)} ${d.slice(4)}`),
  digits(8).map((d) => `+44 20 ${d.slice(0, 4)} ${d.slice(4)}`),
  fc.tuple(fc.integer({ min: 200, max: 999 }), digits(7)).map(([a, d]) => `(${a}) ${d.slice(0, 3)}-${d.slice(3)}`), // us
  fc.tuple(fc.integer({ min: 200, max: 999 }), digits(7)).map(([a, d]) => `${a}-${d.slice(0, 3)}-${d.slice(3)}`),
  fc.tuple(fc.integer({ min: 200, max: 999 }), digits(7)).map(([a, d]) => `+1 ${a} ${d.slice(0, 3)} ${d.slice(3)}`),
);

const octet = fc.integer({ min: 0, max: 255 });
const ip = fc.oneof(
  fc.tuple(octet, octet, octet, octet).map((o) => o.join('.')),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }).map((g) => g.map((x) => x.toString(16)).join(':')),
  fc.tuple(fc.integer({ min: 0x2000, max: 0x2fff }), fc.integer({ min: 1, max: 0xffff })).map(([a, b]) => `${a.toString(16)}:db8::${b.toString(16)}`),
);

/** An IBAN with correct check digits (ISO 13616), compact or in groups of four. */
function iban(country: string, bban: string, grouped: boolean): string {
  const num = (s: string) => [...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  let rest = 0;
  for (const d of num(bban + country + '00')) rest = (rest * 10 + Number(d)) % 97;
  const compact = `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
  return grouped ? compact.match(/.{1,4}/g)!.join(' ') : compact;
}
const ibans = fc.oneof(
  fc.tuple(pick('ABNA', 'INGB', 'RABO'), digits(10), fc.boolean()).map(([bank, d, g]) => iban('NL', bank + d, g)),
  fc.tuple(digits(18), fc.boolean()).map(([d, g]) => iban('DE', d, g)),
  fc.tuple(digits(21), fc.boolean()).map(([d, g]) => iban('FR', `${d}M`, g)),
  fc.tuple(digits(12), fc.boolean()).map(([d, g]) => iban('BE', d, g)),
);

const address = fc.oneof(
  fc.tuple(pick('Kerk', 'Molen', 'Linde', 'Heren', 'Spui'), pick('straat', 'laan', 'weg', 'gracht', 'plein', 'kade'), fc.integer({ min: 1, max: 999 }), pick('', 'a', 'B', '-2')).map(([a, b, n, x]) => `${a}${b} ${n}${x}`),
  fc.tuple(pick('Goethe', 'Haupt', 'Linden', 'Bahnhof'), pick('straße', 'strasse', 'str.', 'allee', 'platz', 'gasse'), fc.integer({ min: 1, max: 300 })).map(([a, b, n]) => `${a}${b} ${n}`),
  fc.tuple(fc.integer({ min: 1, max: 200 }), pick('rue', 'avenue', 'boulevard', 'place', 'impasse'), pick('de la Paix', 'Victor Hugo', 'du Moulin', 'des Lilas')).map(([n, a, b]) => `${n} ${a} ${b}`),
  fc.tuple(fc.integer({ min: 1, max: 400 }), pick('', 'B'), pick('Baker Street', 'Downing Street', 'Church Road', 'Mill Lane', 'Park Avenue')).map(([n, x, s]) => `${n}${x} ${s}`),
);

const before = pick('Mail me at', 'you can reach me via', 'Bel me op', 'mijn adres is', 'Ruf mich an unter', 'Schreib an', 'Appelez-moi au', 'écrivez à', 'contact:', '(');
const after = pick('', '.', ', thanks!', ' if you have questions', ', groetjes', ' bitte.', ' merci', ')', ' or later this week');

const contacts: [RedactionKind, fc.Arbitrary<string>][] = [['email', email], ['phone', phone], ['ip', ip], ['iban', ibans], ['address', address]];

describe('redactText: contact details typed into free text become placeholders', () => {
  for (const [kind, contact] of contacts) {
    it(`replaces a ${kind} inside a sentence in en, nl, de or fr, and counts it once`, () => {
      fc.assert(fc.property(before, contact, after, (b, c, a) => {
        const counts = noRedactions();
        const out = redactText(`${b} ${c}${a}`, counts);
        expect(out).toBe(`${b} ${PLACEHOLDERS[kind]}${a}`);
        expect(counts).toEqual({ ...noRedactions(), [kind]: 1 });
      }), { numRuns: 300, seed: 17 });
    });
  }

  it('replaces the report\'s example: an e-mail, a phone and an IP in one open answer', () => {
    const counts = noRedactions();
    expect(redactText('mail me at jan@voorbeeld.nl or call 06 12345678, my IP is 192.168.1.20', counts))
      .toBe('mail me at [e-mail] or call [phone], my IP is [IP address]');
    expect(counts).toEqual({ email: 1, phone: 1, ip: 1, iban: 0, address: 0 });
  });

  const ordinary = fc.oneof(
    fc.integer({ min: 100, max: 9999 }).map((n) => `rent went up to €${n.toLocaleString('en-GB')} a month`),
    fc.integer({ min: 100, max: 9999 }).map((n) => `we betalen ${n.toLocaleString('de-DE')} euro huur`),
    fc.integer({ min: 1, max: 999 }).map((n) => `after ${n} viewings we gave up`),
    fc.integer({ min: 1990, max: 2030 }).map((y) => `I moved here in ${y}`),
    fc.tuple(fc.integer({ min: 1990, max: 2025 }), fc.integer({ min: 1, max: 5 })).map(([y, k]) => `from ${y}-${y + k} I lived abroad`),
    fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2030 }), pick('-', '.', '/'))
      .map(([d, m, y, s]) => `the appointment on ${String(d).padStart(2, '0')}${s}${String(m).padStart(2, '0')}${s}${y} was cancelled`),
    fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([d, m, y, h, mi]) => `Termin am ${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y} ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')} Uhr`),
    fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `on ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `le bus part à ${h}h${String(m).padStart(2, '0')} ou ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    fc.float({ min: 0, max: 100, noNaN: true }).map((p) => `${p.toFixed(1)}% of us`),
    fc.tuple(fc.integer({ min: 1000, max: 9999 }), pick('AB', 'CD', 'XK')).map(([n, l]) => `postcode ${n} ${l} is fine`),
    fc.integer({ min: 1000, max: 99999 }).map((n) => `${String(n).padStart(5, '0')} Berlin or Paris`),
    fc.integer({ min: 1, max: 300 }).map((n) => `de snelweg ${n} km verderop`),
  );

  it('keeps ordinary numbers: prices, years, counts, dates, times, percentages and postcodes on their own', () => {
    fc.assert(fc.property(ordinary, (text) => {
      const counts = noRedactions();
      expect(redactText(text, counts)).toBe(text);
      expect(counts).toEqual(noRedactions());
    }), { numRuns: 1000, seed: 23 });
  });

  it('redacts the text of every part and every closed answer of a document', () => {
    const counts = noRedactions();
    const doc = redactDoc({
      externalId: '1', attrs: {}, parts: [{ text: 'Bel 06-12345678' }, { text: 'Schreib an a.b@web.de' }],
      answers: [{ item: 'Q9_other', value: 'info@example.com', num: null }, { item: 'Q1', value: '4', num: 4 }],
    }, counts);
    expect(doc.parts.map((p) => p.text)).toEqual(['Bel [phone]', 'Schreib an [e-mail]']);
    expect(doc.answers).toEqual([{ item: 'Q9_other', value: '[e-mail]', num: null }, { item: 'Q1', value: '4', num: 4 }]);
    expect(counts).toMatchObject({ email: 2, phone: 1 });
  });
});
