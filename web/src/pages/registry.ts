/**
 * The pages of the dashboard, in navigation order. A page is one lazily loaded module whose
 * default export takes PageProps; adding a page (Brand resonance, Themes, Voices, Trends,
 * Compare, Survey, Sources, Brand, Report) is one entry here and nothing in the shell.
 */
import type { ComponentType } from 'preact';
import type { Filters } from '../router/filters.ts';

/** What every page receives from the shell. */
export type PageProps = { filters: Filters; search: string };

export type PageDef = {
  id: string;
  path: string;
  label: string;
  /** One line under the label in the wide navigation. */
  hint: string;
  /** Separate chunk per page, so the first load carries only the shell and the current page. */
  load: () => Promise<{ default: ComponentType<PageProps> }>;
};

export const PAGES: PageDef[] = [
  {
    id: 'overview',
    path: '/',
    label: 'Overview',
    hint: 'Headline figures',
    load: () => import('./overview/overview-page.tsx'),
  },
  {
    id: 'resonance',
    path: '/resonance',
    label: 'Brand resonance',
    hint: 'Values × audiences',
    load: () => import('./resonance/resonance-page.tsx'),
  },
  {
    id: 'themes',
    path: '/themes',
    label: 'Themes',
    hint: 'Themes × audiences',
    load: () => import('./themes/themes-page.tsx'),
  },
  {
    id: 'voices',
    path: '/voices',
    label: 'Voices',
    hint: 'The quotes behind it all',
    load: () => import('./voices/voices-page.tsx'),
  },
  {
    id: 'trends',
    path: '/trends',
    label: 'Trends',
    hint: 'Over time, with alerts',
    load: () => import('./trends/trends-page.tsx'),
  },
  {
    id: 'compare',
    path: '/compare',
    label: 'Compare',
    hint: 'Cities side by side',
    load: () => import('./compare/compare-page.tsx'),
  },
  {
    id: 'survey',
    path: '/survey',
    label: 'Survey',
    hint: 'Likert, NPS, open answers',
    load: () => import('./survey/survey-page.tsx'),
  },
  {
    id: 'checklist',
    path: '/checklist',
    label: 'Checklist',
    hint: 'Welcoming international talent',
    load: () => import('./checklist/checklist-page.tsx'),
  },
  {
    id: 'sources',
    path: '/sources',
    label: 'Sources',
    hint: 'Upload and manage files',
    load: () => import('./sources/sources-page.tsx'),
  },
  {
    id: 'accuracy',
    path: '/accuracy',
    label: 'Accuracy',
    hint: 'How far labels agree with readers',
    load: () => import('./accuracy/accuracy-page.tsx'),
  },
  {
    id: 'brand',
    path: '/brand',
    label: 'Brand',
    hint: 'Edit brand values',
    load: () => import('./brand/brand-page.tsx'),
  },
  {
    id: 'report',
    path: '/report',
    label: 'Report',
    hint: 'Print-ready for council',
    load: () => import('./report/report-page.tsx'),
  },
];

/** The page at `path` (trailing slash ignored; "/overview" is the overview), or null. */
export function findPage(path: string): PageDef | null {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (p === '/overview' || p === '/index.html') return PAGES[0];
  return PAGES.find((d) => d.path === p) ?? null;
}
