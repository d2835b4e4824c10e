/** One quote as a card: highlighted text, sentiment and group badges, source, date, context link. */
import type { Quote } from '../../../data/types.ts';
import { sentimentColor } from '../charts/palette.ts';
import { GROUP_COLOR } from '../charts/palette.ts';
import { fmtDay, fmtDecimal, languageName } from '../format/intl.ts';
import { GROUP_LABEL, themeLabel } from '../format/labels.ts';
import type { ThemeOrUnclassified } from '../../../data/types.ts';
import { onLinkClick } from '../router/location.ts';
import { useState } from 'preact/hooks';
import { canWrite, useMe } from '../auth/use-me.ts';
import { CorrectionControl } from './correction-control.tsx';
import { HighlightedText } from './highlighted-text.tsx';
import { SourceIcon } from './source-icon.tsx';

const LABEL_TEXT: Record<string, string> = { positive: 'Positive', negative: 'Negative', neutral: 'Neutral', mixed: 'Mixed' };

/** Sentiment as a badge on the diverging scale (score −1…1 drawn as ±100 points). */
function SentimentBadge({ q }: { q: Quote }) {
  if (!q.label) return <span class="badge badge-unscored" title="This language is not scored">Unscored</span>;
  const color = sentimentColor(q.sentiment == null ? 0 : q.sentiment * 100);
  const dark = q.sentiment != null && Math.abs(q.sentiment) >= 0.5;
  return (
    <span class="badge badge-sentiment" style={{ background: color, color: dark ? '#fff' : '#1f2328' }} title={q.sentiment == null ? undefined : `Score ${fmtDecimal(q.sentiment)}`}>
      {LABEL_TEXT[q.label] ?? q.label}
    </span>
  );
}

/** A quote card; `contextHref` links to its whole document. */
export function QuoteCard({ q: given, contextHref, focus }: { q: Quote; contextHref?: string; focus?: boolean }) {
  const me = useMe();
  // a reader's correction shows on the card at once (the figures refetch on their own)
  const [corrected, setCorrected] = useState<{ for: Quote; label: Quote['label']; sentiment: number | null; themes: string[] } | null>(null);
  const q = corrected && corrected.for === given ? { ...given, label: corrected.label, sentiment: corrected.sentiment, themes: corrected.themes } : given;
  const who = [q.speaker, q.question ? `Answer to “${q.question}”` : null].filter(Boolean).join(' · ');
  return (
    <article class={`quote-card${focus ? ' is-focus' : ''}`} data-quote={q.id}>
      <p class="quote-text" lang={q.language ?? undefined}>
        <HighlightedText text={q.text} highlights={q.highlights} />
      </p>
      {who && <p class="quote-who">{who}</p>}
      <footer class="quote-meta">
        <SentimentBadge q={q} />
        {q.group && (
          <span class="badge badge-group" style={{ borderColor: GROUP_COLOR[q.group] }}>
            <span class="group-dot" style={{ background: GROUP_COLOR[q.group] }} aria-hidden="true" />
            {GROUP_LABEL[q.group]}
          </span>
        )}
        {q.themes.slice(0, 3).map((t) => <span class="badge badge-theme">{themeLabel(t as ThemeOrUnclassified)}</span>)}
        <span class="quote-source">
          <SourceIcon source={q.source} />
          {q.date && <time dateTime={q.date}>{fmtDay(q.date)}</time>}
          {q.language && <span class="quote-lang">{languageName(q.language)}</span>}
        </span>
        {corrected?.for === given && <span class="badge badge-corrected" title="Corrected by a reader">Corrected</span>}
        {me.status === 'ready' && canWrite(me.data) && q.label && (
          <CorrectionControl id={q.id} label={q.label} themes={q.themes} onCorrected={(a) => setCorrected({
            for: given, label: a.correction.sentiment, themes: a.correction.themes,
            sentiment: a.score,
          })} />
        )}
        {contextHref && (
          <a class="quote-context" href={contextHref} onClick={onLinkClick}>
            View in context
          </a>
        )}
      </footer>
    </article>
  );
}
