/** "Top themes rising and falling": net sentiment of the latest 3 full months vs the 3 before. */
import type { OverviewResponse, Period, ThemeMove } from '../../../../data/types.ts';
import { lowNWarning } from '../../charts/base.ts';
import { openEvidence } from '../../evidence/open.ts';
import { fmtInt, fmtShare, fmtSigned } from '../../format/intl.ts';
import { themeLabel } from '../../format/labels.ts';
import { fmtChange, moversTitle, periodText } from './movers-format.ts';
import './movers.css';

/** Opens the quotes of a theme in the latest period. */
function openMove(r: ThemeMove, latest: Period): void {
  openEvidence({ theme: r.theme, from: latest.from, to: latest.to }, `${themeLabel(r.theme)} · ${periodText(latest)} (latest period)`);
}

function MoveRow({ r, latest, minN }: { r: ThemeMove; latest: Period; minN: number }) {
  const dir = r.change === null ? 'none' : r.change > 0 ? 'up' : r.change < 0 ? 'down' : 'flat';
  const arrow = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '•';
  const weak = r.previous.low_n || r.latest.low_n;
  const share = `share of segments ${fmtShare(r.previous.share)} → ${fmtShare(r.latest.share)}`;
  const label = `${themeLabel(r.theme)}: net ${fmtSigned(r.previous.net)} to ${fmtSigned(r.latest.net)}, change ${fmtChange(r.change)} points; n ${r.previous.n} then ${r.latest.n}; ${share}. Open the latest quotes.`;
  return (
    <li>
      <button type="button" class={`mover mover-${dir}${weak ? ' weak' : ''}`} data-theme={r.theme} aria-label={label}
        title={`${share[0].toUpperCase()}${share.slice(1)}${weak ? `\n${lowNWarning(minN)}` : ''}`} onClick={() => openMove(r, latest)}>
        <span class="mover-arrow" aria-hidden="true">{arrow}</span>
        <span class="mover-theme">{weak && '⚠ '}{themeLabel(r.theme)}</span>
        <span class="mover-change">{r.change === null ? '–' : `${fmtChange(r.change)} pts`}</span>
        <span class="mover-nets">{fmtSigned(r.previous.net)} → {fmtSigned(r.latest.net)}</span>
        <span class="mover-n">n = {fmtInt(r.previous.n)} → {fmtInt(r.latest.n)}</span>
      </button>
    </li>
  );
}

function MoveList({ title, rows, latest, minN, id }: { title: string; rows: ThemeMove[]; latest: Period; minN: number; id: string }) {
  return (
    <div class="mover-col" data-movers={id}>
      <h3>{title}</h3>
      {rows.length ? (
        <ol class="mover-list">{rows.map((r) => <MoveRow r={r} latest={latest} minN={minN} />)}</ol>
      ) : (
        <p class="muted">None with enough segments.</p>
      )}
    </div>
  );
}

/** The card; nothing when the server sent no movers or the data carries no dates. */
export function MoversCard({ d, scope }: { d: OverviewResponse; scope: string }) {
  const m = d.movers;
  if (!m || !m.latest || !m.previous) return null;
  const latest = m.latest;
  return (
    <section class="card movers-card" aria-labelledby="movers-title" data-card="movers">
      <h2 id="movers-title" class="card-title">{moversTitle(m)}</h2>
      <p class="card-subtitle">
        Which themes do people feel better or worse about lately? Net sentiment in {periodText(latest)} vs {periodText(m.previous)},
        change in points · {scope}
      </p>
      <div class="mover-cols">
        <MoveList id="rising" title="Rising" rows={m.rising} latest={latest} minN={m.minN} />
        <MoveList id="falling" title="Falling" rows={m.falling} latest={latest} minN={m.minN} />
      </div>
      {m.lowN.length > 0 && (
        // Open when nothing could be ranked: then these are the only figures the card has.
        <details class="mover-lown" data-movers="low-n" open={!m.rising.length && !m.falling.length}>
          <summary>
            ⚠ {fmtInt(m.lowN.length)} {m.lowN.length === 1 ? 'theme has' : 'themes have'} fewer than {fmtInt(m.minN)} scored
            segments in a period — not ranked, read with care
          </summary>
          <ol class="mover-list">{m.lowN.map((r) => <MoveRow r={r} latest={latest} minN={m.minN} />)}</ol>
        </details>
      )}
      <p class="source-line">
        Latest period = the last 3 full months of the data; n = segments per theme and period (previous → latest)
        {m.steady > 0 ? ` · ${fmtInt(m.steady)} more ${m.steady === 1 ? 'theme' : 'themes'} moved less` : ''} · click a theme for its latest quotes
      </p>
    </section>
  );
}
