/** `GET /api/quotes` page after page with the keyset cursor: the list behind a drawer or the Voices page. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quote, QuotesResponse } from '../../../data/types.ts';
import { apiUrl, fetchJson } from './fetch-json.ts';

export type QuotePages = {
  status: 'loading' | 'ready' | 'error';
  quotes: Quote[];
  /** Quotes matching the filters (the figure's n); null until the first page arrives. */
  total: number | null;
  error: Error | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
};

type State = { key: string; quotes: Quote[]; total: number | null; cursor: string | null; error: Error | null; busy: boolean };

/** Quotes for `params` (null: wait), `limit` per page; changing params starts over. */
export function useQuotePages(params: Record<string, string> | null, limit = 25): QuotePages {
  const key = params ? apiUrl('/api/quotes', { ...params, limit: String(limit) }) : '';
  const [state, setState] = useState<State>({ key: '', quotes: [], total: null, cursor: null, error: null, busy: false });
  const [nonce, setNonce] = useState(0);
  const ctrl = useRef<AbortController | null>(null);

  const fetchPage = (cursor: string | null, append: boolean) => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setState((s) => ({ ...(append ? s : { key, quotes: [], total: null, cursor: null }), key, error: null, busy: true }));
    const url = cursor ? `${key}&cursor=${encodeURIComponent(cursor)}` : key;
    fetchJson<QuotesResponse>(url, c.signal).then(
      (r) =>
        setState((s) =>
          s.key !== key ? s : { key, quotes: append ? [...s.quotes, ...r.quotes] : r.quotes, total: append ? s.total : r.total, cursor: r.nextCursor, error: null, busy: false },
        ),
      (error: Error) => {
        if (error.name !== 'AbortError') setState((s) => (s.key !== key ? s : { ...s, error, busy: false }));
      },
    );
  };

  useEffect(() => {
    if (!key) return;
    fetchPage(null, false);
    return () => ctrl.current?.abort();
  }, [key, nonce]);

  const current = state.key === key;
  const quotes = current ? state.quotes : [];
  const first = current && state.total !== null;
  const status = current && state.error && !first ? 'error' : first ? 'ready' : 'loading';
  return {
    status,
    quotes,
    total: first ? state.total : null,
    error: current ? state.error : null,
    hasMore: current && state.cursor !== null,
    loadingMore: current && state.busy && first,
    loadMore: () => {
      if (current && state.cursor && !state.busy) fetchPage(state.cursor, true);
    },
    reload: () => setNonce((n) => n + 1),
  };
}
