/** "View in context": a quote's whole document — a survey response with its closed answers, a session with its turns. */
import { useEffect, useRef } from 'preact/hooks';
import type { DocumentResponse } from '../../../../data/types.ts';
import { useDocument } from '../../api/use-document.ts';
import { sentimentColor } from '../../charts/palette.ts';
import { ErrorBox } from '../../components/states.tsx';
import { trapTab } from '../../evidence/focus-trap.ts';
import { SourceIcon } from '../../evidence/source-icon.tsx';
import { fmtDay, languageName } from '../../format/intl.ts';
import { attrLabel, GROUP_LABEL, SOURCE_DOCS } from '../../format/labels.ts';
import { navigate } from '../../router/location.ts';
import { withParam } from '../../router/filters.ts';

function close(): void {
  navigate(window.location.pathname + withParam(withParam(window.location.search, 'doc', null), 'seg', null));
}

/** The document `id` in a side panel, the segment `seg` marked and scrolled into view. */
export function DocumentContext({ id, seg }: { id: number; seg: number | null }) {
  const doc = useDocument(id);
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('.drawer-close')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      } else if (panel.current) trapTab(panel.current, e);
    };
    document.addEventListener('keydown', onKey);
    const back = opener.current;
    return () => {
      document.removeEventListener('keydown', onKey);
      if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    panel.current?.querySelector('[data-current="true"]')?.scrollIntoView({ block: 'center' });
  }, [doc.status]);

  return (
    <>
      <div class="drawer-backdrop" onClick={close} aria-hidden="true" />
      <div ref={panel} class="evidence-drawer context-panel" role="dialog" aria-modal="true" aria-labelledby="context-title">
        <header class="drawer-head">
          <div>
            <p class="drawer-kicker">In context</p>
            <h2 id="context-title">{doc.data ? SOURCE_DOCS[doc.data.source].replace(/s$/, '') : 'Document'}</h2>
          </div>
          <button type="button" class="drawer-close" onClick={close} aria-label="Close the document">×</button>
        </header>
        <div class="drawer-body">
          {doc.status === 'loading' && <p class="muted">Loading the document…</p>}
          {doc.status === 'error' && <ErrorBox error={doc.error} onRetry={doc.reload} />}
          {doc.status === 'ready' && <DocumentBody d={doc.data} seg={seg} />}
        </div>
      </div>
    </>
  );
}

function DocumentBody({ d, seg }: { d: DocumentResponse; seg: number | null }) {
  const attrs = Object.entries(d.attrs).filter(([, v]) => v != null && v !== '' && typeof v !== 'object');
  const turns = d.source === 'focus-group';
  return (
    <>
      <p class="doc-meta">
        <SourceIcon source={d.source} /> {d.fileName}
        {d.date && <> · <time dateTime={d.date}>{fmtDay(d.date)}</time></>}
        {d.group && <> · {GROUP_LABEL[d.group]}</>}
        {d.language && <> · {languageName(d.language)}</>}
      </p>
      {attrs.length > 0 && (
        <dl class="doc-attrs">
          {attrs.map(([k, v]) => <div data-attr={k}><dt>{attrLabel(k)}</dt><dd>{String(v)}</dd></div>)}
        </dl>
      )}
      <h3 class="doc-h">{turns ? 'The session' : d.source === 'survey' ? 'Open answers' : 'Text'}</h3>
      <ol class={`doc-segments${turns ? ' doc-turns' : ''}`}>
        {d.segments.map((s) => (
          <li data-segment={s.id} data-current={s.id === seg ? 'true' : undefined} class={`${s.id === seg ? 'is-current' : ''}${s.moderator ? ' is-moderator' : ''}`}>
            {(s.speaker || s.question) && (
              <p class="doc-who">{turns ? `${s.speaker ?? 'Speaker'}${s.moderator ? ' (moderator)' : s.group ? ` · ${GROUP_LABEL[s.group]}` : ''}` : s.question}</p>
            )}
            <p class="doc-text">
              <span class="doc-dot" style={{ background: s.sentiment == null ? '#e0e0e0' : sentimentColor(s.sentiment * 100) }} title={s.label ?? 'unscored'} aria-hidden="true" />
              {s.text}
            </p>
            {s.id === seg && <p class="sr-only">This is the quoted segment.</p>}
          </li>
        ))}
      </ol>
      {d.answers.length > 0 && (
        <>
          <h3 class="doc-h">Closed answers</h3>
          <table class="data-table doc-answers">
            <thead><tr><th scope="col">Question</th><th scope="col">Answer</th></tr></thead>
            <tbody>
              {d.answers.map((a) => (
                <tr><th scope="row">{a.text || a.key}</th><td class="num">{a.value}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
