/**
 * The Survey page's wave comparison (issue 19 item 4): per item the analyst linked across waves,
 * top-2-box / mean / NPS per wave with n, the change from the previous wave with its 95% interval
 * (▲/▼ when the interval excludes zero), the barometer themes, and the links to confirm or undo.
 */
import { useState } from 'preact/hooks';
import type { SurveyLinksResponse, SurveyWaveItem, WaveChange, WaveFigure } from '../../../../data/types.ts';
import { sendJson } from '../../api/fetch-json.ts';
import { useSurveyLinks, useSurveyWaves } from '../../api/use-survey-waves.ts';
import { useWriteAccess } from '../../auth/write-note.tsx';
import { ErrorBox } from '../../components/states.tsx';
import { openEvidence } from '../../evidence/open.ts';
import { fmtDecimal, fmtN, fmtShare, fmtSigned } from '../../format/intl.ts';
import type { Filters } from '../../router/filters.ts';
import { FigureCell } from '../brand/stimulus-card.tsx';

const BAROMETER_LABEL: Record<string, string> = {
  housing: 'Housing', social_inclusion: 'Social inclusion', career: 'Career', welcome_services: 'Welcome services',
};

const pts = (x: number) => fmtSigned(x * 100);

/** "−70 pts (−87 to −27) ▼", or for means "−1.90 (−2.81 to −0.99) ▼"; the mark only when the interval excludes zero. */
function changeText(c: WaveChange | null, kind: 'share' | 'mean' | 'nps'): [string, string] {
  if (!c) return ['–', ''];
  const f = kind === 'share' ? pts : kind === 'nps' ? fmtSigned : fmtDecimal;
  const mark = c.excludesZero ? (c.diff < 0 ? ' ▼' : ' ▲') : '';
  return [`${f(c.diff)}${kind === 'mean' ? '' : ' pts'}${mark}`, `95%: ${f(c.low)} to ${f(c.high)}`];
}

function WaveRow({ item, w, minN }: { item: SurveyWaveItem; w: WaveFigure; minN: number }) {
  const likert = item.kind === 'likert', nps = item.kind === 'nps';
  const main: [string, string] = likert && w.top2 !== null
    ? [fmtShare(w.top2), `${fmtShare(w.top2_low!)} to ${fmtShare(w.top2_high!)}`]
    : nps ? [fmtSigned(w.nps), `${w.promoters} promoters, ${w.detractors} detractors`] : ['–', ''];
  const open = () => openEvidence({ item: String(w.item_id), source: 'survey' }, `${item.text} · wave ${w.wave}`);
  return (
    <tr class={w.low_n ? 'low-n' : ''} data-wave={w.wave}>
      <th scope="row">{w.wave} <span class="muted small">{w.key} · {w.source}</span></th>
      <td class="num" title={w.low_n ? `Fewer than ${minN} respondents — read with care` : undefined}>{w.low_n && <span aria-label="low n">⚠ </span>}{fmtN(w.n)}</td>
      <FigureCell cell={main} />
      <FigureCell cell={[w.mean === null ? '–' : fmtDecimal(w.mean), w.sd === null ? '' : `sd ${fmtDecimal(w.sd)}`]} />
      <FigureCell cell={changeText(likert ? w.change?.top2 ?? null : nps ? w.change?.nps ?? null : null, likert ? 'share' : 'nps')} />
      <FigureCell cell={changeText(w.change?.mean ?? null, 'mean')} />
      <td><button type="button" class="tool" onClick={open} aria-label={`Open answers: ${item.text}, wave ${w.wave}`}>open answers</button></td>
    </tr>
  );
}

function LinkEditor({ city, links, canEdit, onChange }: { city: string; links: SurveyLinksResponse; canEdit: boolean; onChange: () => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const act = async (p: Promise<unknown>, done: string) => {
    try { await p; setStatus(done); onChange(); } catch (err) { setStatus(`Not saved: ${(err as Error).message}`); }
  };
  return (
    <details class="wave-links" data-links open={links.suggestions.length > 0}>
      <summary>Links between waves: {links.links.length} confirmed, {links.suggestions.length} suggested</summary>
      {status && <p role="status">{status}</p>}
      <p class="muted small">Items of two files are one question only when you confirm it; suggestions match the question text, never the item key.</p>
      <ul>
        {links.suggestions.map((s) => (
          <li data-suggestion>
            “{s.text}” in {s.items.map((i) => `${i.wave} (${i.key})`).join(', ')}{' '}
            {canEdit && <button type="button" class="link-button" onClick={() => void act(sendJson('/api/survey/links', { method: 'POST', json: { city, items: s.items.map((i) => i.item_id) } }), 'Linked.')}>confirm</button>}
          </li>
        ))}
        {links.links.map((l) => (
          <li data-link={l.link_id}>
            ✓ “{l.items[0].text}”:{' '}
            {l.items.map((i) => (
              <span>
                {i.wave} ({i.key}){canEdit && <> <button type="button" class="link-button" aria-label={`Unlink ${i.key} of ${i.wave}`} onClick={() => void act(sendJson(`/api/survey/links/${i.item_id}?city=${encodeURIComponent(city)}`, { method: 'DELETE' }), 'Unlinked.')}>unlink</button></>}{' '}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The wave comparison card; hidden when the city has no survey items in two or more files. */
export function WavesCard({ filters }: { filters: Filters }) {
  const res = useSurveyWaves(filters);
  const links = useSurveyLinks(filters.city);
  const access = useWriteAccess();
  const [barometer, setBarometer] = useState(false);
  if (res.status === 'error') return <ErrorBox error={res.error} onRetry={res.reload} />;
  if (links.status === 'error') return <ErrorBox error={links.error} onRetry={links.reload} />;
  // while a confirm or undo reloads, the previous answer stays on screen
  const data = res.status === 'ready' ? res.data : res.stale;
  const linkData = links.status === 'ready' ? links.data : links.stale;
  if (!data || !linkData) return null;
  if (!linkData.links.length && !linkData.suggestions.length) return null;
  const items = (data.waves ?? []).filter((i) => !barometer || i.barometer.length > 0);
  const sorted = barometer ? [...items].sort((a, b) => Object.keys(BAROMETER_LABEL).indexOf(a.barometer[0]) - Object.keys(BAROMETER_LABEL).indexOf(b.barometer[0])) : items;
  return (
    <section class="card waves-card" aria-labelledby="waves-title" data-card="waves">
      <h2 id="waves-title" class="card-title">Survey waves</h2>
      <p class="card-subtitle">
        Per question asked in several waves: top-2-box (Wilson 95%) or NPS, mean, and the change from the previous wave with its 95%
        interval (Newcombe for shares, Welch for means, a difference of two nets for NPS); ▲▼ when the interval excludes zero
      </p>
      <label class="small"><input type="checkbox" checked={barometer} onChange={(e) => setBarometer(e.currentTarget.checked)} /> Barometer (housing, social inclusion, career, welcome services)</label>
      {sorted.map((item) => (
        <div class="table-scroll" data-wave-item={item.link_id}>
          <h3 class="card-subtitle">{item.barometer.map((b) => BAROMETER_LABEL[b]).join(', ') || 'Other'} · {item.text}</h3>
          <table class="data-table wave-table">
            <thead>
              <tr>
                <th scope="col">Wave</th><th scope="col">n</th><th scope="col">{item.kind === 'nps' ? 'NPS' : 'Top-2-box'}</th><th scope="col">Mean</th>
                <th scope="col">Change</th><th scope="col">Change of mean</th><th scope="col"><span class="sr-only">Quotes</span></th>
              </tr>
            </thead>
            <tbody>{item.waves.map((w) => <WaveRow item={item} w={w} minN={data.minN} />)}</tbody>
          </table>
        </div>
      ))}
      {filters.city && <LinkEditor city={filters.city} links={linkData} canEdit={access.allowed} onChange={() => { links.reload(); res.reload(); }} />}
    </section>
  );
}
