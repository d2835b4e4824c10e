/** The journey-stage strip: attraction, facilitation, incorporation, retention, each with its themes' net and n. */
import type { JourneyStage, ThemeRow } from '../../../../data/types.ts';
import { isWeak } from '../../charts/base.ts';
import { pale, sentimentColor } from '../../charts/palette.ts';
import { openEvidence } from '../../evidence/open.ts';
import { fmtInt, fmtSigned } from '../../format/intl.ts';
import { themeLabel } from '../../format/labels.ts';

const STAGES: { id: JourneyStage; label: string; question: string }[] = [
  { id: 'attraction', label: 'Attraction', question: 'Why come here?' },
  { id: 'facilitation', label: 'Facilitation', question: 'How easy is it to settle?' },
  { id: 'incorporation', label: 'Incorporation', question: 'Do people come to belong?' },
  { id: 'retention', label: 'Retention', question: 'Do they stay, or leave?' },
];

/** Four columns of theme chips; a chip opens its quotes. */
export function JourneyStrip({ themes, minN }: { themes: ThemeRow[]; minN: number }) {
  return (
    <section class="card journey" aria-labelledby="journey-title">
      <h2 id="journey-title" class="card-title">The newcomer's journey</h2>
      <p class="card-subtitle">Themes grouped by the stage of arriving they belong to; colour = net sentiment, click a theme for its quotes.</p>
      <ol class="journey-stages">
        {STAGES.map((s) => {
          const rows = themes.filter((t) => t.stage === s.id && t.n > 0).sort((a, b) => b.n - a.n);
          const n = rows.reduce((a, r) => a + r.n, 0);
          return (
            <li class="journey-stage" data-stage={s.id}>
              <h3>{s.label}</h3>
              <p class="muted small">{s.question} · {fmtInt(n)} theme mentions</p>
              <ul class="journey-themes">
                {rows.length === 0 && <li class="muted small">No segments</li>}
                {rows.map((r) => {
                  const weak = isWeak(r, minN);
                  const color = sentimentColor(r.net);
                  return (
                    <li>
                      <button
                        type="button" class={`journey-theme${weak ? ' is-weak' : ''}`} data-theme={r.theme}
                        title={weak ? `Fewer than ${minN} segments — read with care` : undefined}
                        onClick={() => openEvidence({ theme: r.theme }, `Theme: ${themeLabel(r.theme)}`)}
                      >
                        <span class="jt-swatch" style={{ background: weak ? pale(color) : color }} aria-hidden="true" />
                        <span class="jt-name">{themeLabel(r.theme)}</span>
                        <span class="jt-net">{weak ? '⚠ ' : ''}{fmtSigned(r.net)}</span>
                        <span class="jt-n">n = {fmtInt(r.n)}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
