/** A figure broken down by a speaker axis (`by=`): per row n, net with its 95% interval, low-n flag, quotes. */
import { axisValueLabel, AXIS_LABELS, type Breakdown, type BreakdownRow } from '../../../data/speaker.ts';
import { EVIDENCE_KEYS, type EvidenceFilter } from '../evidence/ev-param.ts';
import { openEvidence } from '../evidence/open.ts';
import { fmtInt, fmtSigned } from '../format/intl.ts';

/** The evidence filter of a row: its quotes link's parameters that the drawer understands. */
export function rowEvidence(row: BreakdownRow): EvidenceFilter {
  const q = new URL(row.quotes, 'http://x').searchParams;
  const filter: EvidenceFilter = {};
  for (const k of EVIDENCE_KEYS) {
    const v = q.get(k);
    if (v) filter[k] = v;
  }
  return filter;
}

type Props = {
  breakdown: Breakdown;
  title: string;
  /** What a row's key is called ("Theme") and how it reads; omitted: the rows have no key. */
  keyName?: string;
  keyLabel?: (key: string) => string;
  /** Only the rows of these keys, in this order (default: every key as it comes). */
  keys?: (string | null)[];
  minN: number;
  /** What the net is (survey items: net agreement). */
  what?: string;
};

/** A table of the breakdown's rows; a row opens its quotes. Rows under the minimum n are flagged, not hidden. */
export function BreakdownCard({ breakdown, title, keyName, keyLabel = (k) => k, keys, minN, what = 'net sentiment (% positive − % negative)' }: Props) {
  const axis = AXIS_LABELS[breakdown.by];
  const order = keys ?? [...new Set(breakdown.rows.map((r) => r.key))];
  const rows = order.flatMap((k) => breakdown.rows.filter((r) => r.key === k));
  return (
    <section class="card wide breakdown-card" data-card="breakdown" data-by={breakdown.by}>
      <h2>{title}</h2>
      <p class="muted">
        By {axis.toLowerCase()}: {what} with its 95% interval; rows under {fmtInt(minN)} segments are flagged ⚠. Click a row for its quotes.
      </p>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="sr-only">{title} by {axis.toLowerCase()}</caption>
          <thead>
            <tr>
              {keyName && <th scope="col">{keyName}</th>}
              <th scope="col">{axis}</th>
              <th scope="col" class="num">n</th>
              <th scope="col" class="num">Net</th>
              <th scope="col" class="num">95% interval</th>
              <th scope="col">Low n</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const label = `${keyName && r.key ? `${keyLabel(r.key)} · ` : ''}${axisValueLabel(breakdown.by, r.value)}`;
              return (
                <tr class={r.low_n ? 'low-n clickable' : 'clickable'} data-value={r.value} tabIndex={0}
                  onClick={() => openEvidence(rowEvidence(r), label)}
                  onKeyDown={(e) => { if (e.key === 'Enter') openEvidence(rowEvidence(r), label); }}>
                  {keyName && <th scope="row">{r.key ? keyLabel(r.key) : 'All'}</th>}
                  <td>{axisValueLabel(breakdown.by, r.value)}</td>
                  <td class="num">{fmtInt(r.n)}</td>
                  <td class="num">{r.net == null ? '–' : fmtSigned(r.net)}</td>
                  <td class="num">{r.low == null ? '–' : `${fmtSigned(r.low)} to ${fmtSigned(r.high)}`}</td>
                  <td>{r.low_n ? '⚠ yes' : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
