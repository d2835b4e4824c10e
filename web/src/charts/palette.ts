/** The colours of UI.md: Okabe–Ito for audience groups, a colour-blind-safe diverging sentiment scale. */
import type { Group } from '../../../data/types.ts';

/** Audience group colours; brand texts get their own blue. */
export const GROUP_COLOR: Record<Group | 'brand', string> = {
  resident: '#009E73',
  international: '#CC79A7',
  visitor: '#E69F00',
  unknown: '#999999',
  brand: '#56B4E9',
};

/** Sentiment colours from most negative to most positive, neutral in the middle. */
export const SENTIMENT_SCALE = ['#b2182b', '#d6604d', '#f4a582', '#e0e0e0', '#92c5de', '#4393c3', '#2166ac'] as const;

/** Upper bounds (in net points) of the first six sentiment bins; the last bin is open-ended. */
export const SENTIMENT_BREAKS = [-50, -25, -5, 5, 25, 50] as const;

/** The colour of a net sentiment in points (−100…+100): seven bins centred on 0; null is neutral. */
export function sentimentColor(net: number | null): string {
  if (net == null) return SENTIMENT_SCALE[3];
  const i = SENTIMENT_BREAKS.findIndex((b) => net < b);
  return SENTIMENT_SCALE[i === -1 ? SENTIMENT_SCALE.length - 1 : i];
}

/** The same colour drawn pale, for figures below the minimum n. */
export function pale(hex: string, alpha = 0.35): string {
  const h = hex.replace('#', '');
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Text, axis and grid colours shared by every chart (AA contrast on white). */
export const INK = { text: '#1f2328', muted: '#57606a', axis: '#8c959f', grid: '#eaeef2' } as const;

/** The system font stack, so charts match the page. */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
