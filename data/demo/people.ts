/** Fake personal details (names, e-mails, IPs, handles): plausible enough to prove that ingest drops them. */
import type { CityProfile } from './cities.ts';
import type { Rng } from './rng.ts';

const FIRST = ['Anna', 'Sanne', 'Pieter', 'Jeroen', 'Fatima', 'Mohamed', 'Priya', 'Arjun', 'Wei', 'Mei', 'Lucas', 'Sofia', 'Mateo', 'Elif', 'Can', 'Olga', 'Dmitri', 'Chiara', 'Marco', 'Ines', 'João', 'Aisha', 'Kwame', 'Lena', 'Jonas', 'Hannah', 'Tom', 'Emma', 'Daan', 'Lotte', 'Noah', 'Sara', 'Yuki', 'Hiroshi', 'Ana', 'Diego', 'Zeynep', 'Kofi', 'Maja', 'Felix'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Peeters', 'Maes', 'Claes', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'El Amrani', 'Yilmaz', 'Kaya', 'Sharma', 'Patel', 'Chen', 'Wang', 'Rossi', 'Bianchi', 'García', 'Fernández', 'Silva', 'Santos', 'Nowak', 'Kowalski', 'Ivanova', 'Okafor', 'Mensah', 'Tanaka', 'Sato', 'Novak', 'Dubois', 'Moreau', 'Hansen'];

export type Person = { first: string; last: string };

/** A random fake person. */
export function fakePerson(rng: Rng): Person {
  return { first: rng.pick(FIRST), last: rng.pick(LAST) };
}

/** An address at a reserved example domain, in one of the shapes people use. */
export function fakeEmail(rng: Rng, p: Person): string {
  const last = p.last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const first = p.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const local = rng.pick([`${first}.${last}`, `${first[0]}.${last}`, `${first}${rng.int(70, 99)}`, `${last}.${first}`, `${first}_${last}${rng.int(1, 9)}`]);
  return `${local}@${rng.pick(['example.com', 'example.org', 'example.net', 'mail.example.com'])}`;
}

/** An IPv4 address: the city's prefix mostly, a mobile carrier's sometimes. */
export function fakeIp(rng: Rng, city: CityProfile): string {
  const prefix = rng.chance(0.7) ? city.ipPrefix : rng.pick(['84.241', '62.45', '213.127', '91.64', '178.84']);
  return `${prefix}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** Latitude/longitude near the city centre with the long decimals Qualtrics writes. */
export function fakeLocation(rng: Rng, city: CityProfile): [string, string] {
  const f = (x: number): string => x.toFixed(12).replace(/0+$/, '');
  return [f(city.lat + (rng.next() - 0.5) * 0.12), f(city.lon + (rng.next() - 0.5) * 0.18)];
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** A Qualtrics ResponseId: "R_" and 15 base-62 characters. */
export function responseId(rng: Rng): string {
  let s = 'R_';
  for (let i = 0; i < 15; i++) s += B62[rng.int(0, 61)];
  return s;
}

/** A social handle built from words people put in handles. */
export function fakeHandle(rng: Rng, city: CityProfile): string {
  const a = rng.pick(['anna', 'pieter', 'mo', 'priya', 'wei', 'sofia', 'elif', 'jonas', 'lotte', 'kofi', 'marco', 'ines', 'daan', 'yuki', 'lena', 'tom', 'sara', 'felix', 'zeynep', 'diego', 'the', 'just', 'real', 'not']);
  const b = rng.pick(['bikes', 'coffee', 'inthecity', city.slug, 'explores', 'writes', 'runs', 'cooks', 'dev', 'design', 'photo', 'nl', 'de', 'be', 'abroad', 'expat', 'local', 'fan', '']);
  return `${a}${b}${rng.chance(0.5) ? rng.int(1, 99) : ''}`.slice(0, 15) || 'user';
}
