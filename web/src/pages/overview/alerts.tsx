/** Open alerts on the overview: months where negative talk spiked above its usual level. */
import type { OverviewResponse, TrendAlert } from '../../../../data/types.ts';
import { fmtMonth, fmtShare } from '../../format/intl.ts';
import { GROUP_LABEL } from '../../format/labels.ts';
import { filterSearch, type Filters } from '../../router/filters.ts';
import { onLinkClick } from '../../router/location.ts';
import { spikeHeadline, spikeNote } from '../trends/spike-words.ts';

const SHOWN = 3;

/** One alert in words: "Mar 2026 · Residents: 38% negative, usually 22%". */
export function alertLine(a: TrendAlert): string {
  const who = a.group === 'all' ? 'All audiences' : GROUP_LABEL[a.group];
  return `${fmtMonth(a.period)} · ${who}: ${fmtShare(a.negative_share)} negative, usually ${fmtShare(a.baseline_share)}`;
}

/** The most recent alerts first, at most `max`. */
export function recentAlerts(alerts: TrendAlert[], max = SHOWN): TrendAlert[] {
  return [...alerts].sort((a, b) => b.period.localeCompare(a.period) || a.group.localeCompare(b.group)).slice(0, max);
}

/** A card listing the latest spikes with their strongest quote, or why there are none (the verdict of /api/trend). */
export function AlertsCard({ d, filters }: { d: OverviewResponse; filters: Filters }) {
  const alerts = recentAlerts(d.alerts);
  const total = d.alerts.length;
  return (
    <section class="card alerts-card" aria-labelledby="alerts-title" data-card="alerts" data-enough-history={String(d.spikes.enoughHistory)}>
      <h2 id="alerts-title" class="card-title">{spikeHeadline(d.spikes)}</h2>
      <p class="card-subtitle">Did negative talk rise above its usual level? {spikeNote(d.spikes)}</p>
      {alerts.length > 0 && (
        <ul class="alert-list">
          {alerts.map((a) => {
            const href = '/trends' + filterSearch({ ...filters, group: a.group === 'all' ? filters.group : a.group });
            return (
              <li>
                <a href={href} onClick={onLinkClick} class="alert-head">⚠ {alertLine(a)}</a>
                {a.quotes[0] && <blockquote class="alert-quote">“{a.quotes[0].text}”</blockquote>}
              </li>
            );
          })}
        </ul>
      )}
      <p class="source-line">
        {total > alerts.length ? `Showing the latest ${alerts.length} of ${total} alerts. ` : ''}Monthly negative share of scored segments ·
        see Trends for every month.
      </p>
    </section>
  );
}
