/** What the stimulus card says in words: the finding of its title, and the cells of one row. */
import type { AuthenticityFigure, ShareFigure, StimulusRow } from '../../../../data/types.ts';
import { fmtInt, fmtShare, fmtSigned } from '../../format/intl.ts';
import { audienceName } from '../../format/labels.ts';

/** The figures to judge from: rows of one group (or every group) with enough judged segments. */
const MIN_JUDGED = 5;

/**
 * The title: the stimulus a group finds least authentic, when enough of its segments judge
 * authenticity; else the stimulus with the lowest net sentiment; else a plain question.
 */
export function stimulusFinding(rows: StimulusRow[]): string {
  const judged = rows.filter((r) => r.authenticity.judged >= MIN_JUDGED && r.authenticity.share !== null);
  const worst = [...judged].sort((a, b) => a.authenticity.share! - b.authenticity.share! || b.authenticity.judged - a.authenticity.judged)[0];
  if (worst && worst.authenticity.share! < 0.5) {
    const who = worst.group === 'all' ? 'Focus groups' : audienceName(worst.group);
    return `${who} find “${worst.label}” inauthentic: ${fmtShare(worst.authenticity.share!)} authentic of ${fmtInt(worst.authenticity.judged)} judging it`;
  }
  const lowest = [...rows].filter((r) => r.net !== null && r.group === 'all').sort((a, b) => a.net! - b.net!)[0];
  if (lowest) return `“${lowest.label}” drew the least favourable reactions: net ${fmtSigned(lowest.net)} (n = ${fmtInt(lowest.n)})`;
  return 'How did the focus groups react to what they were shown?';
}

/** A share and, apart, its count and interval: ["25%", "1 of 4 · 5–70%"]; ["–", ""] without n. */
export function shareCell(f: ShareFigure): [string, string] {
  if (f.share === null || f.n === 0) return ['–', ''];
  return [fmtShare(f.share), `${fmtInt(f.k)} of ${fmtInt(f.n)} · ${fmtShare(f.low ?? 0)}–${fmtShare(f.high ?? 0)}`];
}

/** The authentic share of the segments judging authenticity, as a share cell. */
export function authenticCell(a: AuthenticityFigure): [string, string] {
  return shareCell({ k: a.authentic, n: a.judged, share: a.share, low: a.low, high: a.high });
}

/** ["−24", "−55 to +11"]: net sentiment in signed points and, apart, its 95% interval. */
export function netCell(r: Pick<StimulusRow, 'net' | 'low' | 'high'>): [string, string] {
  if (r.net === null) return ['–', ''];
  return [fmtSigned(r.net), `${fmtSigned(r.low)} to ${fmtSigned(r.high)}`];
}
