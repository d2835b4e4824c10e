/** A list of quote cards that loads the next page when its end scrolls into view (and by button). */
import { useEffect, useRef } from 'preact/hooks';
import type { QuotePages } from '../api/use-quote-pages.ts';
import { fmtInt } from '../format/intl.ts';
import { QuoteCard } from './quote-card.tsx';

type Props = {
  pages: QuotePages;
  /** Link to a quote's whole document. */
  contextHref: (documentId: number, segmentId: number) => string;
  /** The scrolling ancestor (null = the page). */
  scrollRoot?: HTMLElement | null;
};

/** Quote cards with "Load more" and infinite scroll. */
export function QuoteList({ pages, contextHref, scrollRoot = null }: Props) {
  const sentinel = useRef<HTMLDivElement>(null);
  const more = useRef(pages.loadMore);
  more.current = pages.loadMore;

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !pages.hasMore) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more.current(), { root: scrollRoot, rootMargin: '300px' });
    io.observe(el);
    return () => io.disconnect();
  }, [pages.hasMore, pages.quotes.length, scrollRoot]);

  return (
    <div class="quote-list">
      <ol class="quote-items" aria-label="Quotes">
        {pages.quotes.map((q) => (
          <li key={q.id}>
            <QuoteCard q={q} contextHref={contextHref(q.documentId, q.id)} />
          </li>
        ))}
      </ol>
      {pages.error && pages.quotes.length > 0 && (
        <p role="alert" class="quote-list-error">
          {pages.error.message} <button type="button" class="tool" onClick={pages.loadMore}>Try again</button>
        </p>
      )}
      <div ref={sentinel} class="quote-list-end">
        {pages.hasMore ? (
          <button type="button" class="button button-quiet" onClick={pages.loadMore} disabled={pages.loadingMore}>
            {pages.loadingMore ? 'Loading…' : `Load more (${fmtInt(pages.quotes.length)} of ${fmtInt(pages.total ?? 0)} shown)`}
          </button>
        ) : (
          pages.quotes.length > 0 && <p class="muted small">All {fmtInt(pages.quotes.length)} shown.</p>
        )}
      </div>
    </div>
  );
}
