/** Words and drawer filters of the checklist page and its report section. */
import type { EvidenceFigure, Status } from '../../../../data/checklist/types.ts';
import { EVIDENCE_KEYS, type EvidenceFilter } from '../../evidence/ev-param.ts';
import { fmtShare, fmtSigned } from '../../format/intl.ts';

export const STATUS_LABEL: Record<Status, string> = { green: 'Green', amber: 'Amber', red: 'Red', no_data: 'No data' };

/** The figure's value: signed points for net sentiment, a percentage for shares. */
export function figureValue(f: EvidenceFigure): string {
  if (f.value === null) return '\u2013';
  return f.kind === 'net' || f.kind === 'nps' ? fmtSigned(f.value) : fmtShare(f.value);
}

/** "−93 to +37" / "30 % to 95 %", or '' without an interval. */
export function figureInterval(f: EvidenceFigure): string {
  if (f.low === null || f.high === null) return '';
  return f.kind === 'net' || f.kind === 'nps' ? `${fmtSigned(f.low)} to ${fmtSigned(f.high)}` : `${fmtShare(f.low)} to ${fmtShare(f.high)}`;
}

/** The drawer filter of a figure's quotes link: its keys, every other page filter cleared. */
export function figureEvidence(f: EvidenceFigure): EvidenceFilter {
  const q = new URL(f.quotes ?? '/', 'http://x').searchParams;
  const filter: EvidenceFilter = {};
  for (const k of EVIDENCE_KEYS) if (k !== 'city') filter[k] = q.get(k) ?? '';
  return filter;
}

/** Counts of items per status, for a heading: "3 green, 2 amber, 4 red, 16 no data". */
export function statusCounts(statuses: Status[]): string {
  const order: Status[] = ['green', 'amber', 'red', 'no_data'];
  return order.map((s) => `${statuses.filter((x) => x === s).length} ${STATUS_LABEL[s].toLowerCase()}`).join(', ');
}
