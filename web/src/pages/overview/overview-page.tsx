/** The Overview page: a city's headline figures and three charts, from `GET /api/overview`. */
import { BreakdownCard } from '../../components/breakdown-card.tsx';
import { useOverview } from '../../api/use-overview.ts';
import { LanguageCaveatNote } from '../../components/language-caveat.tsx';
import { ChartSkeleton, EmptyState, ErrorBox, StatsSkeleton } from '../../components/states.tsx';
import { withParam } from '../../router/filters.ts';
import { navigate, onLinkClick } from '../../router/location.ts';
import { findPage, type PageProps } from '../registry.ts';
import { AlertsCard } from './alerts.tsx';
import { describeFilters } from './context.ts';
import { Headline } from './headline.tsx';
import { MoversCard } from './movers-card.tsx';
import { OverviewCharts } from './overview-charts.tsx';

/** Overview of the city in the URL under the audience and source filters. */
export default function OverviewPage({ filters, search }: PageProps) {
  const ov = useOverview(filters);
  // Only a view of the same city is worth keeping while the next one loads.
  const stale = ov.status === 'loading' && ov.stale?.city === filters.city && ov.stale.documents > 0 ? ov.stale : null;
  const shown = ov.status === 'ready' && ov.data.documents > 0 ? ov.data : stale;
  return (
    <div class="page overview">
      <div class="page-heading">
        <h1>{filters.city ?? 'Overview'}</h1>
        <p class="muted">Overview · {describeFilters(filters)}</p>
      </div>
      {ov.status === 'loading' && !stale && <OverviewSkeleton />}
      {ov.status === 'error' && <ErrorBox error={ov.error} onRetry={ov.reload} />}
      {ov.status === 'ready' && ov.data.documents === 0 && <NoMatch search={search} filtered={!!(filters.group || filters.source)} />}
      {shown && (
        // One wrapper for fresh and stale figures, so the charts update in place on a filter
        // change (dimmed while the next answer loads) instead of being rebuilt.
        <div class={stale ? 'overview-body stale' : 'overview-body'} aria-busy={stale ? 'true' : undefined}>
          <LanguageCaveatNote caveat={shown.languageCaveat} />
          <Headline d={shown} />
          <OverviewCharts d={shown} filters={filters} search={search} />
          {shown.breakdown && <BreakdownCard breakdown={shown.breakdown} title="Net sentiment by speaker" minN={shown.minN} />}
          <MoversCard d={shown} scope={describeFilters(filters)} />
          <AlertsCard d={shown} filters={filters} />
        </div>
      )}
    </div>
  );
}

function OverviewSkeleton() {
  return (
    <>
      <StatsSkeleton />
      <div class="chart-grid">
        <ChartSkeleton rows={3} height={196} id="net-by-group" />
        <ChartSkeleton rows={4} height={280} id="documents-by-source" />
      </div>
      <ChartSkeleton rows={10} height={340} id="top-themes" />
    </>
  );
}

function NoMatch({ search, filtered }: { search: string; filtered: boolean }) {
  const clear = () => navigate(window.location.pathname + withParam(withParam(search, 'group', null), 'source', null));
  return (
    <EmptyState title={filtered ? 'No documents match these filters' : 'No documents for this city yet'}>
      {filtered ? (
        <p>
          Nothing was uploaded for this audience and source. <button type="button" class="button" onClick={clear}>Show all audiences and sources</button>
        </p>
      ) : (
        <p>
          Upload a survey export, focus-group notes, social posts or the city's brand texts
          {findPage('/sources') ? (
            <>
              {' '}on the <a href="/sources" onClick={onLinkClick}>Sources</a> page, or run
            </>
          ) : (
            ' with'
          )}{' '}
          <code>npm run ingest -- FILE --city NAME</code>.
        </p>
      )}
    </EmptyState>
  );
}
