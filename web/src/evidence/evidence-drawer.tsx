/** The evidence drawer: the quotes behind a clicked figure, opened by `ev` in the URL. */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useQuotePages } from '../api/use-quote-pages.ts';
import { ErrorBox } from '../components/states.tsx';
import { fmtInt } from '../format/intl.ts';
import { onLinkClick, type Loc } from '../router/location.ts';
import { FilterChips } from './chips.tsx';
import { contextHref, mergedQuery, readEvidence, voicesHref } from './ev-param.ts';
import { trapTab } from './focus-trap.ts';
import { closeEvidence } from './open.ts';
import { QuoteList } from './quote-list.tsx';
import './evidence.css';

/** Mounted once by the shell; renders nothing while the URL has no `ev`. */
export function EvidenceDrawer({ loc }: { loc: Loc }) {
  const ev = readEvidence(loc.search);
  if (!ev) return null;
  return <Drawer search={loc.search} />;
}

function Drawer({ search }: { search: string }) {
  const ev = readEvidence(search)!;
  const query = useMemo(() => mergedQuery(search, ev), [search]);
  const pages = useQuotePages(query.city ? query : null, 25);
  const panel = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const strong = new Set(Object.keys(ev.filter));
  const voices = voicesHref(search, ev);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('.drawer-close')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        closeEvidence();
      } else if (panel.current) trapTab(panel.current, e);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <div class="drawer-backdrop" onClick={closeEvidence} aria-hidden="true" />
      <div ref={panel} class="evidence-drawer" role="dialog" aria-modal="true" aria-labelledby="evidence-title">
        <header class="drawer-head">
          <div>
            <p class="drawer-kicker">Evidence</p>
            <h2 id="evidence-title">{ev.label || 'Quotes behind this figure'}</h2>
          </div>
          <button type="button" class="drawer-close" onClick={closeEvidence} aria-label="Close the evidence">
            ×
          </button>
        </header>
        <FilterChips filters={query} strong={strong} />
        <p class="drawer-count" aria-live="polite">
          {pages.total === null ? (
            <span>Counting quotes…</span>
          ) : (
            <span>
              <strong data-total={pages.total}>{fmtInt(pages.total)}</strong> {pages.total === 1 ? 'segment' : 'segments'}{' '}
              {query.item ? "of these respondents' open answers" : 'behind this figure'}
            </span>
          )}
          <a class="drawer-voices" href={voices} onClick={onLinkClick}>
            Open in Voices →
          </a>
        </p>
        <div ref={body} class="drawer-body">
          {pages.status === 'error' && pages.error && <ErrorBox error={pages.error} onRetry={pages.reload} />}
          {pages.status === 'loading' && <p class="muted">Loading quotes…</p>}
          {pages.status === 'ready' && pages.total === 0 && <p class="muted">No segments match these filters.</p>}
          {pages.status === 'ready' && (
            <QuoteList pages={pages} contextHref={(d, s) => contextHref(voices, d, s)} scrollRoot={body.current} />
          )}
        </div>
      </div>
    </>
  );
}
