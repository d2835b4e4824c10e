/** Overview rows for the chart tests, shaped like the API's answer (OverviewResponse parts). */
import type { GroupNet, SourceGroupCount, ThemeRow } from '../../data/types.ts';

type Net = Omit<GroupNet, 'group' | 'low_n'>;

function net(n: number, scored: number, value: number | null): Net {
  return { n, scored, net: value, low: value == null ? null : value - 6, high: value == null ? null : value + 6, mean: value == null ? null : value / 200 };
}

export const NET_BY_GROUP: GroupNet[] = [
  { group: 'resident', ...net(1750, 1700, 18.4), low_n: false },
  { group: 'international', ...net(1060, 1010, -12.6), low_n: false },
  { group: 'visitor', ...net(22, 22, 41), low_n: true },
  { group: 'unknown', ...net(0, 0, null), low_n: true },
];

const noMeanBand = { mean_low: null, mean_high: null };

export const THEMES: ThemeRow[] = [
  { theme: 'culture_events', share: 0.14, stage: 'attraction', ...net(430, 420, 44), ...noMeanBand, low_n: false },
  { theme: 'housing', share: 0.182, stage: 'facilitation', ...net(560, 540, -37.2), ...noMeanBand, low_n: false },
  { theme: 'mobility', share: 0.09, stage: 'facilitation', ...net(280, 275, 2), ...noMeanBand, low_n: false },
  { theme: 'family', share: 0.004, stage: 'incorporation', ...net(12, 12, -60), ...noMeanBand, low_n: true },
];

export const SOURCES: SourceGroupCount[] = [
  { source: 'social', group: 'resident', documents: 2000, segments: 9000 },
  { source: 'social', group: 'international', documents: 1000, segments: 5000 },
  { source: 'survey', group: 'resident', documents: 800, segments: 4000 },
  { source: 'focus-group', group: 'international', documents: 12, segments: 2600 },
  { source: 'brand', group: 'brand', documents: 88, segments: 1500 },
];
