/** Builds every demo file in memory: per city a survey, focus groups, social posts and brand texts. */
import { CITIES, type CityProfile } from './cities.ts';
import type { Ledger } from './ledger.ts';
import { createRng } from './rng.ts';
import { buildSurvey } from './survey.ts';
import { BAROMETER_WAVES, buildBarometerWave } from './barometer.ts';
import { buildSessions } from './focus-groups.ts';
import { buildTweets } from './twitter.ts';
import { buildRedditThreads } from './reddit.ts';
import { HAVENSTAD_BRAND } from './brand/havenstad.ts';
import { LINDHOLM_BRAND } from './brand/lindholm.ts';
import { MARENBURG_BRAND } from './brand/marenburg.ts';
import type { BrandText } from './brand/types.ts';

export type DemoSource = 'survey' | 'focus-group' | 'social' | 'brand';
export type DemoGroup = 'resident' | 'international' | 'visitor' | 'unknown';
/** One generated file: `file` is relative to the output folder here. */
export type DemoEntry = { file: string; city: string; source: DemoSource; group?: DemoGroup };
export type DemoBuild = { files: Map<string, string>; manifest: DemoEntry[]; ledger: Ledger };

const BRAND: Record<string, BrandText[]> = { Havenstad: HAVENSTAD_BRAND, Lindholm: LINDHOLM_BRAND, Marenburg: MARENBURG_BRAND };

/** Per-city base counts at scale 1 (the brief's ≈ 600 responses and ≈ 3,000 tweets). */
/** Respondents per wave of Havenstad's barometer. */
export const BAROMETER_N = 120;

export const BASE_COUNTS = { surveyResponses: 600, tweets: 3000, redditThreads: 12 };

function buildCity(seed: number, city: CityProfile, scale: number, out: DemoBuild): void {
  const root = createRng(seed).fork(city.slug);
  const add = (file: string, text: string, source: DemoSource, group?: DemoGroup): void => {
    out.files.set(file, text);
    out.manifest.push({ file, city: city.name, source, ...(group ? { group } : {}) });
  };
  const survey = buildSurvey(root.fork('survey'), city, Math.max(5, Math.round(BASE_COUNTS.surveyResponses * scale)), out.ledger);
  add(`surveys/${city.slug}-survey-qualtrics.csv`, survey, 'survey');
  if (city.name === 'Havenstad') {
    // the barometer's size does not scale: its planted drop needs its n at every scale
    for (const wave of [0, 1] as const) {
      add(`surveys/${city.slug}-barometer-${BAROMETER_WAVES[wave]}.csv`, buildBarometerWave(root.fork(`barometer-${wave}`), city, wave, BAROMETER_N), 'survey', 'international');
    }
  }
  for (const [file, md] of buildSessions(root.fork('focus-groups'), city, scale, out.ledger)) {
    const kind = /-(resident|international|mixed)\.md$/.exec(file)?.[1];
    add(file, md, 'focus-group', kind === 'mixed' ? undefined : (kind as DemoGroup));
  }
  add(`social/${city.slug}-x-search.jsonl`, buildTweets(root.fork('tweets'), city, Math.max(20, Math.round(BASE_COUNTS.tweets * scale)), out.ledger), 'social', 'unknown');
  if (city.name === 'Lindholm') {
    for (const [file, json] of buildRedditThreads(root.fork('reddit'), city, Math.max(1, Math.round(BASE_COUNTS.redditThreads * scale)), out.ledger)) add(file, json, 'social', 'resident');
  }
  for (const b of BRAND[city.name]) add(`brand/${city.slug}-${b.slug}.md`, b.md, 'brand');
}

/** Generates all files for all cities from one seed; nothing touches the disk here. */
export function buildDemoFiles(opts: { seed?: number; scale?: number } = {}): DemoBuild {
  const out: DemoBuild = { files: new Map(), manifest: [], ledger: [] };
  for (const city of CITIES) buildCity(opts.seed ?? 20241201, city, opts.scale ?? 1, out);
  return out;
}
