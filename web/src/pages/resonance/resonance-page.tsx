/** The Brand resonance page: do the city's brand values ring true, for whom? From `GET /api/values`. */
import { BreakdownCard } from '../../components/breakdown-card.tsx';
import { useValues } from '../../api/use-values.ts';
import { ChartSkeleton, EmptyState, ErrorBox } from '../../components/states.tsx';
import { onLinkClick } from '../../router/location.ts';
import { describeFilters } from '../overview/context.ts';
import { findPage, type PageProps } from '../registry.ts';
import { AlignmentCard } from './alignment-card.tsx';
import { HowComputed } from './how-computed.tsx';
import { QuadrantCard } from './quadrant-card.tsx';
import { TermDriftCard } from './term-drift-card.tsx';
import { SendersCard } from './senders-card.tsx';
import { ValuesTable } from './values-table.tsx';
import { VocabularyGapCard } from './vocabulary-gap.tsx';
import './resonance.css';

/** Quadrant, alignment, the table of every figure and the vocabulary gap of the city in the URL. */
export default function ResonancePage({ filters }: PageProps) {
  const res = useValues(filters);
  const scope = describeFilters(filters);
  return (
    <div class="page resonance">
      <div class="page-heading">
        <h1>{filters.city ?? 'Brand resonance'}</h1>
        <p class="muted">Brand resonance · {scope}</p>
      </div>
      {res.status === 'loading' && (
        <div class="resonance-grid">
          <ChartSkeleton rows={6} height={420} id="resonance-quadrant" />
          <ChartSkeleton rows={4} height={200} id="alignment" />
        </div>
      )}
      {res.status === 'error' && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.status === 'ready' && res.data.values.length === 0 && (
        <EmptyState title="This city has no brand values yet">
          <p>
            Name the values the brand claims and their words
            {findPage('/brand') ? <> on the <a href="/brand" onClick={onLinkClick}>Brand</a> page</> : ''}, or run{' '}
            <code>npm run values -- --city NAME --file values.json</code>; upload brand texts on{' '}
            {findPage('/sources') ? <a href="/sources" onClick={onLinkClick}>Sources</a> : 'the Sources page'}.
          </p>
        </EmptyState>
      )}
      {res.status === 'ready' && res.data.values.length > 0 && res.data.brandTexts.naming === 0 && (
        <EmptyState title={res.data.brandTexts.segments === 0 ? 'Brand texts are needed' : 'The brand texts name none of the values'}>
          <p>
            Emphasis compares each value with what the city's own brand texts say, so no value can be placed in a quadrant
            {res.data.brandTexts.segments === 0 ? ' until the brand texts are uploaded' : ' until the brand texts or the value words change'}.
            Upload the brochures, web pages or campaign copy as brand texts on{' '}
            {findPage('/sources') ? <a href="/sources" onClick={onLinkClick}>Sources</a> : 'the Sources page'}
            {findPage('/brand') && res.data.brandTexts.segments > 0 ? <>, or check the value words on the <a href="/brand" onClick={onLinkClick}>Brand</a> page</> : ''}.
          </p>
        </EmptyState>
      )}
      {res.status === 'ready' && res.data.values.length > 0 && res.data.brandTexts.naming > 0 && (
        <>
          <div class="resonance-grid">
            <QuadrantCard d={res.data} filters={filters} scope={scope} />
            <div class="resonance-side">
              <AlignmentCard d={res.data} filters={filters} scope={scope} />
              <HowComputed k={res.data.k} minN={res.data.minN} />
            </div>
          </div>
          {res.data.breakdown && <BreakdownCard breakdown={res.data.breakdown} title="Brand values by speaker" keyName="Value" minN={res.data.minN} />}
          <ValuesTable d={res.data} scope={scope} />
          <SendersCard filters={filters} />
          <VocabularyGapCard d={res.data} scope={scope} />
          <TermDriftCard d={res.data} filters={filters} scope={scope} />
        </>
      )}
    </div>
  );
}
