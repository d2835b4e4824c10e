/** The Voices page: the evidence explorer — every quote behind the figures, filtered, searched, sorted. */
import { useMemo } from 'preact/hooks';
import { useQuotePages } from '../../api/use-quote-pages.ts';
import { EmptyState, ErrorBox } from '../../components/states.tsx';
import { FilterChips } from '../../evidence/chips.tsx';
import { contextHref } from '../../evidence/ev-param.ts';
import { QuoteList } from '../../evidence/quote-list.tsx';
import { fmtInt } from '../../format/intl.ts';
import type { PageProps } from '../registry.ts';
import { DocumentContext } from './document-context.tsx';
import { VoicesFilters } from './voices-filters.tsx';
import { CLEARABLE, clearFilters, quoteQuery } from './voices-url.ts';
import './voices.css';

/** Quotes of the city in the URL under every filter the URL carries. */
export default function VoicesPage({ filters, search }: PageProps) {
  const query = useMemo(() => quoteQuery(search), [search]);
  const pages = useQuotePages(query.city ? query : null, 30);
  const q = new URLSearchParams(search);
  const doc = Number(q.get('doc')) || null;
  const seg = Number(q.get('seg')) || null;
  const { city: _c, sort: _s, ...shown } = query;
  const filtered = CLEARABLE.some((k) => k !== 'sort' && q.get(k));
  // "View in context" keeps the whole view, so closing the document returns to the same list.
  const base = window.location.pathname + search;

  return (
    <div class="page voices">
      <div class="page-heading">
        <h1>Voices</h1>
        <p class="muted">{filters.city} · what people actually wrote and said</p>
      </div>
      <VoicesFilters search={search} />
      <div class="voices-summary">
        <p class="voices-count" aria-live="polite">
          {pages.total === null ? 'Counting…' : <><strong data-total={pages.total}>{fmtInt(pages.total)}</strong> {pages.total === 1 ? 'segment matches' : 'segments match'}</>}
        </p>
        <FilterChips filters={shown} strong={new Set(Object.keys(shown))} />
        {filtered && <button type="button" class="tool" onClick={clearFilters}>Clear filters</button>}
      </div>
      {pages.status === 'error' && pages.error && <ErrorBox error={pages.error} onRetry={pages.reload} />}
      {pages.status === 'loading' && <QuoteSkeleton />}
      {pages.status === 'ready' && pages.total === 0 && (
        <EmptyState title="No quotes match these filters">
          <p>Try a shorter search or fewer filters. {filtered && <button type="button" class="button" onClick={clearFilters}>Clear filters</button>}</p>
        </EmptyState>
      )}
      {pages.status === 'ready' && <QuoteList pages={pages} contextHref={(d, s) => contextHref(base, d, s)} />}
      {doc && <DocumentContext key={doc} id={doc} seg={seg} />}
    </div>
  );
}

function QuoteSkeleton() {
  return (
    <div class="quote-items" aria-busy="true">
      {[92, 70, 84, 60].map((w) => (
        <div class="quote-card skeleton">
          <div class="sk" style={{ height: '14px', width: `${w}%`, marginBottom: '8px' }} />
          <div class="sk" style={{ height: '14px', width: `${w - 30}%`, marginBottom: '14px' }} />
          <div class="sk" style={{ height: '10px', width: '40%' }} />
        </div>
      ))}
      <span class="sr-only">Loading quotes…</span>
    </div>
  );
}
