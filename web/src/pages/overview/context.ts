/** Words around the overview's charts: the filter description and the source lines. */
import { AXIS_LABELS } from '../../../../data/speaker.ts';
import type { LoudFew, OverviewResponse, SourceKind } from '../../../../data/types.ts';
import { fmtInt, fmtPeriod, fmtShare } from '../../format/intl.ts';
import { GROUP_LABEL, SOURCE_DOCS, SOURCE_LABEL } from '../../format/labels.ts';
import type { Filters } from '../../router/filters.ts';

/** "Internationals · Surveys", or "All audiences · all sources". */
export function describeFilters(f: Filters): string {
  const who = f.group ? GROUP_LABEL[f.group] : 'All audiences';
  const what = f.source ? SOURCE_LABEL[f.source] : 'all sources';
  return `${who} · ${what}${f.by ? ` · by ${AXIS_LABELS[f.by].toLowerCase()}` : ''}`;
}

/** The kinds of source present, in reading order, as a lower-case list. */
function sourceList(d: OverviewResponse, audienceOnly: boolean): string {
  const order: SourceKind[] = ['survey', 'focus-group', 'social', 'brand'];
  const present = order.filter((s) => (!audienceOnly || s !== 'brand') && d.bySourceGroup.some((r) => r.source === s && r.documents > 0));
  const words = present.map((s) => SOURCE_DOCS[s].toLowerCase());
  if (words.length <= 1) return words[0] ?? 'no sources';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The grey line under a chart: n, the sources and the dates it rests on. */
export function sourceLine(d: OverviewResponse, what: 'documents' | 'net' | 'themes'): string {
  const period = fmtPeriod(d.period.from, d.period.to);
  if (what === 'documents') return `n = ${fmtInt(d.documents)} documents, ${fmtInt(d.segments)} segments · ${sourceList(d, false)} · ${period}`;
  if (what === 'net') {
    const n = d.netByGroup.reduce((a, r) => a + r.n, 0);
    const scored = d.netByGroup.reduce((a, r) => a + r.scored, 0);
    return `n = ${fmtInt(n)} segments, ${fmtInt(scored)} scored · ${sourceList(d, true)} · ${period}`;
  }
  // Theme shares are of audience segments: the city's own brand texts are not its audience's voice.
  const audience = d.bySourceGroup.filter((r) => r.source !== 'brand').reduce((a, r) => a + r.segments, 0);
  return `n = ${fmtInt(audience)} audience segments (one segment can carry several themes) · ${sourceList(d, true)} · ${period}`;
}

/**
 * The "loud few" note shown beside social figures: how much of the social talk the most active
 * 1% of authors wrote, so a handful of accounts does not read as the whole city.
 */
export function loudFewNote(l: LoudFew | undefined): string | null {
  if (!l || l.top1_share == null || l.segments === 0 || l.authors === 0) return null;
  return `Social: the most active 1% of authors (${fmtInt(l.top_authors)} of ${fmtInt(l.authors)}) wrote ${fmtShare(l.top1_share)} of the ${fmtInt(l.segments)} social segments.`;
}
