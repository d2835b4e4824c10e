/** Expands phrase templates: `[a|b|c]` picks one alternative, `{slot}` takes a city detail or a number. */
import type { CityProfile } from '../cities.ts';
import { monthName } from '../calendar.ts';
import type { Rng } from '../rng.ts';

/** What a template may refer to: the city, the moment of writing, and the random stream. */
export type FillContext = { city: CityProfile; rng: Rng; date: number };

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A rent figure written the way people write it: "€1,450" (steps of 25 or 50). */
export function euros(rng: Rng, [low, high]: [number, number], step = rng.pick([25, 50])): string {
  const n = Math.round(rng.int(low, high) / step) * step;
  return `€${n.toLocaleString('en-US')}`;
}

/** Slot values in European style for Dutch/German text: "€ 1.450" or "1.450 Euro". */
function eurosLocal(rng: Rng, range: [number, number], lang: 'nl' | 'de'): string {
  const n = Math.round(rng.int(range[0], range[1]) / 50) * 50;
  const s = n.toLocaleString('de-DE');
  return lang === 'nl' ? `€ ${s}` : rng.pick([`${s} Euro`, `${s} €`]);
}

function slot(name: string, ctx: FillContext): string {
  const { city, rng } = ctx;
  switch (name) {
    case 'city': return city.name;
    case 'hood': return rng.pick(city.hoods);
    case 'street': return rng.pick(city.streets);
    case 'festival': return rng.pick(city.festivals);
    case 'museum': return rng.pick(city.museums);
    case 'venue': return rng.pick(city.venues);
    case 'food': return rng.pick(city.foods);
    case 'park': return rng.pick(city.parks);
    case 'water': return city.water;
    case 'landmark': return rng.pick(city.landmarks);
    case 'uni': return city.university;
    case 'transit': return rng.pick(city.transit);
    case 'office': return rng.pick(city.offices);
    case 'employer': return rng.pick(city.employers);
    case 'lang': return city.localLanguageName;
    case 'demonym': return city.demonym;
    case 'country': return city.country;
    case 'hood_l': return rng.pick(city.localNames.hoods);
    case 'street_l': return rng.pick(city.localNames.streets);
    case 'park_l': return rng.pick(city.localNames.parks);
    case 'landmark_l': return rng.pick(city.localNames.landmarks);
    case 'festival_l': return rng.pick(city.localNames.festivals);
    case 'museum_l': return rng.pick(city.localNames.museums);
    case 'venue_l': return rng.pick(city.localNames.venues);
    case 'water_l': return city.localNames.water;
    case 'room_rent': return euros(rng, city.roomRent);
    case 'flat_rent': return euros(rng, city.flatRent);
    case 'room_rent_local': return eurosLocal(rng, city.roomRent, city.local);
    case 'flat_rent_local': return eurosLocal(rng, city.flatRent, city.local);
    case 'n_months': return NUMBER_WORDS[rng.int(2, 9)];
    case 'n_weeks': return NUMBER_WORDS[rng.int(3, 12)];
    case 'n_years': return NUMBER_WORDS[rng.int(2, 12)];
    case 'n_viewing': return String(rng.pick([20, 25, 30, 40, 50, 60, 80]));
    case 'n_minutes': return String(rng.pick([10, 15, 20, 25, 40, 45]));
    case 'n_nat': return String(rng.pick([120, 150, 170, 180]));
    case 'month': return monthName(ctx.date);
    case 'last_month': return monthName(ctx.date - 40 * 86_400_000);
    default: throw new Error(`unknown slot {${name}}`);
  }
}

/** Expands one template: alternatives first (innermost out), then slots. */
export function fill(template: string, ctx: FillContext): string {
  let s = template;
  // innermost [..|..] first so alternatives may nest
  const alt = /\[([^[\]]*)\]/;
  for (let m = alt.exec(s); m; m = alt.exec(s)) {
    s = s.slice(0, m.index) + ctx.rng.pick(m[1].split('|')) + s.slice(m.index + m[0].length);
  }
  s = s.replace(/\{(\w+)\}/g, (_, name: string) => slot(name, ctx));
  return s.replace(/ {2,}/g, ' ').replace(/ ([,.!?])/g, '$1').trim();
}

/** Upper-cases the first letter (after a filler was removed or a clause starts a sentence). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ALWAYS_CAPITAL = new Set(['I', "I'm", "I've", "I'd", "I'll", 'Airbnb', 'IND', 'BSN', 'GP', 'English', 'Dutch', 'German', 'Christmas', 'Facebook', 'WhatsApp', 'London', 'Paris', 'Munich', 'Amsterdam', '']);

/** Lower-cases the first letter after an opener, unless the sentence starts with "I", a name or an acronym. */
export function decapitalize(s: string, names: ReadonlySet<string> = new Set()): string {
  const first = s.split(/[\s,:;.!?]/)[0];
  if (ALWAYS_CAPITAL.has(first) || names.has(first) || /^[A-Z]{2,}/.test(first) || /^[A-Z][a-z]+[A-Z]/.test(first)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Capitalised words of a city's place names (the words an opener must not lower-case). */
export function properNames(values: string[]): Set<string> {
  return new Set(values.flatMap((v) => v.split(/[\s,]+/)).filter((w) => /^[A-Z]/.test(w)));
}
