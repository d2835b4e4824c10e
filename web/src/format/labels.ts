/** Words the UI uses for the ids of the data model (groups, sources, themes). */
import type { Group, SourceKind, ThemeOrUnclassified } from '../../../data/types.ts';

/** Plural names of audience groups, as the audience toggle and chart axes show them. */
export const GROUP_LABEL: Record<Group | 'brand', string> = {
  resident: 'Residents',
  international: 'Internationals',
  visitor: 'Visitors',
  unknown: 'Unknown group',
  brand: 'Brand texts',
};

/** Audience groups in the order every chart and table lists them. */
export const GROUP_ORDER: Group[] = ['resident', 'international', 'visitor', 'unknown'];

/** The same order with all audiences together first. */
export const AUDIENCE_ORDER: (Group | 'all')[] = ['all', ...GROUP_ORDER];

/** "All audiences" for the 'all' figure, the group's plural name otherwise. */
export function audienceName(g: Group | 'all'): string {
  return g === 'all' ? 'All audiences' : GROUP_LABEL[g];
}

/** Names of source kinds as the source filter shows them. */
export const SOURCE_LABEL: Record<SourceKind, string> = {
  survey: 'Surveys',
  'focus-group': 'Focus groups',
  social: 'Social',
  brand: 'Brand texts',
};

/** Names of the documents a source holds, for sentences ("Social posts are 52 % of …"). */
export const SOURCE_DOCS: Record<SourceKind, string> = {
  survey: 'Survey responses',
  'focus-group': 'Focus-group sessions',
  social: 'Social posts',
  brand: 'Brand texts',
};

const THEME_OVERRIDES: Partial<Record<ThemeOrUnclassified, string>> = {
  work_career: 'Work & career',
  culture_events: 'Culture & events',
  social_life: 'Social life',
  cost_of_living: 'Cost of living',
  city_image: 'City image',
  retention: 'Staying or leaving',
  unclassified: 'No theme',
};

/** A theme id as a label: "cost_of_living" → "Cost of living". */
export function themeLabel(id: ThemeOrUnclassified): string {
  const o = THEME_OVERRIDES[id];
  if (o) return o;
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Readable names of the respondent attributes the readers store (groupAnswer is the answer to the audience question). */
const ATTR_LABEL: Record<string, string> = {
  groupAnswer: 'Describes themselves as',
  ageBand: 'Age',
  lengthOfStay: 'Length of stay',
  origin: 'Origin',
  fieldOfStudy: 'Field of study',
  gender: 'Gender',
  role: 'Role',
};

/** A plain label for an attribute key: the known ones by name, others de-camel-cased ("homeTown" → "Home town"). */
export function attrLabel(key: string): string {
  if (ATTR_LABEL[key]) return ATTR_LABEL[key];
  const words = key.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
