/** Small line icons for the source of a quote (survey, focus group, social post, brand text). */
import type { SourceKind } from '../../../data/types.ts';
import { SOURCE_LABEL } from '../format/labels.ts';

const PATHS: Record<SourceKind, string> = {
  // A clipboard with ticks.
  survey: 'M5 2h6v2H5zM3 3h2v1h6V3h2v11H3zM5 7l1 1 2-2M5 11l1 1 2-2M9 7h3M9 11h3',
  // Two speech bubbles.
  'focus-group': 'M2 3h8v5H5l-2 2V8H2zM8 10h1v0M7 10v2h4l2 2v-2h1V7h-3',
  // A phone-sized post with lines.
  social: 'M4 1h8v14H4zM6 4h4M6 7h4M6 10h2',
  // A flag.
  brand: 'M3 15V2M3 2h9l-2 3 2 3H3',
};

/** The source as an icon with its name for screen readers and a tooltip. */
export function SourceIcon({ source }: { source: SourceKind }) {
  const label = SOURCE_LABEL[source] ?? source;
  return (
    <span class="source-icon" title={label}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d={PATHS[source] ?? PATHS.social} fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round" stroke-linecap="round" />
      </svg>
      <span class="sr-only">{label}</span>
    </span>
  );
}
