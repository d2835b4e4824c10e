/** The speaker fields stay (length-of-stay band) and stage (journey stage), from answers in en/nl/de/fr. */
import type { Stage, Stay } from '../../data/speaker.ts';
import { normalAnswer } from './countries.ts';

const BORN = /\bborn here\b|\ball my life\b|\bsince birth\b|\bhier geboren\b|\bmijn hele leven\b|\bseit (meiner )?geburt\b|\bne e? ici\b|\btoute ma vie\b|\bnaissance\b/;
const LESS_THAN = /\b(less than|under|minder dan|korter dan|weniger als|unter|moins d|moins de)\b/;
const MONTHS = /\b(months?|maanden|maand|monate?n?|mois)\b/;
const MORE_THAN = /\b(more than|over|longer than|meer dan|langer dan|mehr als|uber|plus de|plus d)\b|\+/;
const NOT_HERE = /\b(don t live here|do not live here|not living here|woon hier niet|wohne nicht hier|n habite pas ici|visitor|visiting)\b/;
const YEARS = /(\d+(?:[.,]\d+)?)/g;

const band = (years: number): Stay => (years < 1 ? 'lt1' : years < 3 ? '1_2' : years <= 5 ? '3_5' : 'gt5');

/**
 * A length-of-stay answer as a band: "Less than a year" → lt1, "1–2 years" → 1_2, "4" → 3_5,
 * "More than 5 years" → gt5, "I was born here" → born_here. A range takes its midpoint ("1–3
 * years" → 2 → 1_2); "more than N" counts as just over N. Anything else is unknown.
 */
export function stayBand(answer: string | null | undefined): Stay {
  const raw = answer?.trim();
  if (!raw) return 'unknown';
  if (['lt1', '1_2', '3_5', 'gt5', 'born_here'].includes(raw)) return raw as Stay;
  const t = normalAnswer(raw.replace(/(\d)\s*\+/, '$1 +')) + (raw.includes('+') ? ' +' : '');
  if (BORN.test(t)) return 'born_here';
  if (NOT_HERE.test(t)) return 'unknown';
  const nums = [...t.matchAll(YEARS)].map((m) => Number(m[1].replace(',', '.')));
  if (LESS_THAN.test(t) && (nums.length === 0 || nums[0] <= 1)) return 'lt1';
  if (MONTHS.test(t)) return nums.length && nums[0] >= 12 ? band(nums[0] / 12) : 'lt1';
  if (!nums.length) return 'unknown';
  if (MORE_THAN.test(t)) return band(nums[0] + 0.5);
  if (LESS_THAN.test(t)) return band(nums[0] - 0.5);
  return band(nums.length >= 2 ? (nums[0] + nums[1]) / 2 : nums[0]);
}

const STAGE_WORDS: [Stage, RegExp][] = [
  ['before_arrival', /\b(before arrival|not yet (arrived|moved)|planning to (move|come)|still abroad|nog niet verhuisd|noch nicht (angekommen|umgezogen)|pas encore arrive)/],
  ['first_year', /\b(first year|just arrived|newly arrived|eerste jaar|net aangekomen|erstes jahr|gerade angekommen|premiere annee|juste arrive)/],
  ['left', /\b(left|moved away|alumni|alumnus|no longer live|vertrokken|weggegaan|weggezogen|fortgezogen|parti|partie)\b/],
  ['settled', /\b(settled|staying|gesetteld|gevestigd|sesshaft|niedergelassen|installe|installee)\b/],
];

/** The journey stage: as answered when the answer says one, else derived from the stay band. */
export function stageOf(answer: string | null | undefined, stay: Stay): Stage {
  const t = answer?.trim();
  if (t) {
    if ((['before_arrival', 'first_year', 'settled', 'left'] as string[]).includes(t)) return t as Stage;
    const n = normalAnswer(t);
    const hit = STAGE_WORDS.find(([, re]) => re.test(n));
    if (hit) return hit[0];
  }
  if (stay === 'lt1') return 'first_year';
  if (stay === '1_2' || stay === '3_5' || stay === 'gt5') return 'settled';
  return 'unknown';
}
