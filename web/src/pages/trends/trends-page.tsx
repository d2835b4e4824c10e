/** The Trends page: net sentiment over time with its 95% band, n per point and negative-spike alerts. */
import { BreakdownCard } from '../../components/breakdown-card.tsx';
import { useMemo } from 'preact/hooks';
import type { CityEvent, TrendAlert, TrendResponse } from '../../../../data/types.ts';
import { useEvents } from '../../api/use-events.ts';
import { withEventLines } from '../../charts/event-lines.ts';
import { useTrend } from '../../api/use-trend.ts';
import '../../charts/echarts-line.ts';
import '../../charts/echarts-scatter.ts';
import { describeTrend, periodLabel, seriesLabel, trendAxes, trendHit, trendLines, trendTable, type SeriesKey } from '../../charts/trend-lines.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { ChartSkeleton, ErrorBox } from '../../components/states.tsx';
import { pageFilters, type EvidenceFilter } from '../../evidence/ev-param.ts';
import { openEvidence } from '../../evidence/open.ts';
import { fileStem } from '../../export/download.ts';
import { fmtInt, fmtShare } from '../../format/intl.ts';
import type { PageProps } from '../registry.ts';
import { EventCard, selectedEvent } from './event-card.tsx';
import { spikeHeadline, spikeNote } from './spike-words.ts';
import { TrendControls } from './trend-controls.tsx';
import { periodEnd, readInterval, readSplit, type Interval } from './trend-url.ts';
import './trends.css';

/** Trend of the city in the URL under the page's filters and pickers. */
export default function TrendsPage({ filters, search }: PageProps) {
  const q = new URLSearchParams(search);
  const interval = readInterval(q);
  const params = useMemo(() => {
    const { label: _l, q: _q, ...p } = pageFilters(search);
    return interval === 'week' ? { ...p, interval } : p;
  }, [search]);
  const res = useTrend(params);
  const events = useEvents(filters.city || null);
  return (
    <div class="page trends">
      <div class="page-heading">
        <h1>Trends</h1>
        <p class="muted">{filters.city} · is it getting better or worse, and when did it turn?</p>
      </div>
      <TrendControls search={search} />
      {res.status === 'loading' && <ChartSkeleton rows={6} height={360} id="trend" />}
      {res.status === 'error' && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.status === 'ready' && <TrendBody d={res.data} search={search} interval={interval} split={readSplit(q)} events={events.data?.events ?? []} />}
      {res.status === 'ready' && events.status === 'ready' && <EventCard events={events.data.events} search={search} reload={events.reload} />}
    </div>
  );
}

/** The evidence of one period (and group) — negative only for an alert. */
function evidenceFor(period: string, group: SeriesKey, interval: Interval, negative: boolean): [EvidenceFilter, string] {
  const f: EvidenceFilter = { from: period, to: periodEnd(period, interval) };
  if (group !== 'all') f.group = group;
  if (negative) f.label = 'negative';
  return [f, `${negative ? 'Negative voices · ' : ''}${seriesLabel(group)} · ${periodLabel(period, interval)}`];
}

function TrendBody({ d, search, interval, split, events }: { d: TrendResponse; search: string; interval: Interval; split: boolean; events: CityEvent[] }) {
  const show: SeriesKey[] = split ? ['resident', 'international', 'visitor', 'unknown'] : ['all'];
  const selected = selectedEvent(events, search)?.id ?? null;
  const chart = useMemo(() => {
    const f = describeTrend(d.points, d.alerts, show, interval, d.minN);
    const lines = trendLines(d.points, d.alerts, show, interval, d.minN, f.summary);
    const { periods } = trendAxes(d.points, show);
    const option = withEventLines(lines, events, periods, (p) => periodEnd(p, interval), selected);
    return { ...f, option, table: trendTable(d.points, show, interval, d.minN) };
  }, [d, split, events, selected]);
  // every series' alerts, as the Overview lists them: the chart marks those of the lines shown
  const alerts = d.alerts;
  const n = d.points.filter((p) => p.group === 'all').reduce((a, p) => a + p.n, 0);
  const q = new URLSearchParams(search);
  const onClick = (p: unknown) => {
    const hit = trendHit(p, d.points, d.alerts, show);
    if (hit) openEvidence(...evidenceFor(hit.period, hit.group, interval, hit.kind === 'alert'));
  };
  return (
    <>
      <ChartCard
        id="trend"
        class="wide"
        title={chart.title}
        subtitle={`Net sentiment in points per ${interval}, with its 95% interval shaded${events.length ? '; dashed lines mark events' : ''}. ▲ marks a spike of negative segments (more than ${d.k} standard deviations above the previous ${d.baseline} ${interval}s). Click a point or ▲ for its quotes.`}
        source={`n = ${fmtInt(n)} segments · points under ${fmtInt(d.minN)} segments are hollow and pale · ${d.city}`}
        option={chart.option}
        height={380}
        table={chart.table}
        fileStem={fileStem([d.city, 'trend', q.get('theme'), q.get('value'), q.get('group'), interval])}
        onChartClick={onClick}
      />
      {d.breakdown && <BreakdownCard breakdown={d.breakdown} title={`Net sentiment per ${interval} by speaker`} keyName={interval === 'week' ? 'Week' : 'Month'} keyLabel={(k) => periodLabel(k, interval)} minN={d.minN} />}
      <section class="card alerts" aria-labelledby="alerts-title" data-card="alerts" data-enough-history={String(d.spikes.enoughHistory)}>
        <h2 id="alerts-title" class="card-title">{spikeHeadline(d.spikes)}</h2>
        <p class="muted">{spikeNote(d.spikes)}</p>
        <ul class="alert-list">
          {alerts.map((a) => <AlertItem a={a} interval={interval} />)}
        </ul>
      </section>
    </>
  );
}

function AlertItem({ a, interval }: { a: TrendAlert; interval: Interval }) {
  const [filter, label] = evidenceFor(a.period, a.group, interval, true);
  return (
    <li class="alert-item" data-alert={`${a.period}:${a.group}`}>
      <p>
        <b>▲ {periodLabel(a.period, interval)}</b> · {seriesLabel(a.group)}: {fmtShare(a.negative_share)} of segments negative, against a baseline of {fmtShare(a.baseline_share)}.
      </p>
      {a.quotes[0] && <blockquote class="alert-quote">“{a.quotes[0].text}”</blockquote>}
      <button type="button" class="button button-quiet" onClick={() => openEvidence(filter, label)}>Read the negative quotes</button>
    </li>
  );
}
