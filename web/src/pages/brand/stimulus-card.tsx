/** The stimulus view of the Brand page: how focus groups reacted to each image, video or slogan shown. */
import type { StimulusItemRow, StimulusRow } from '../../../../data/types.ts';
import { useStimuli } from '../../api/use-stimuli.ts';
import { ErrorBox } from '../../components/states.tsx';
import { openEvidence } from '../../evidence/open.ts';
import { fmtDecimal, fmtInt, fmtN } from '../../format/intl.ts';
import { audienceName } from '../../format/labels.ts';
import type { Filters } from '../../router/filters.ts';
import { authenticCell, netCell, shareCell, stimulusFinding } from './stimulus-finding.ts';

/** A figure, and its count and interval in small grey type under it. */
export function FigureCell({ cell }: { cell: [string, string] }) {
  return <td class="num">{cell[0]}{cell[1] && <><br /><span class="muted small">{cell[1]}</span></>}</td>;
}

function StimulusRowView({ r, minN }: { r: StimulusRow; minN: number }) {
  const who = audienceName(r.group);
  const open = () => openEvidence({ stimulus: r.stimulus, group: r.group === 'all' ? undefined : r.group, source: '' }, `${r.label} · ${who}`);
  return (
    <tr class={r.low_n ? 'low-n' : ''} data-stimulus={r.stimulus} data-group={r.group}>
      <th scope="row">{r.group === 'all' ? <><span class="stimulus-code">{r.stimulus}</span> {r.label}</> : <span class="muted">{who}</span>}</th>
      <td class="num" title={r.low_n ? `Fewer than ${minN} segments — read with care` : undefined}>
        {r.low_n && <span aria-label="low n">⚠ </span>}{fmtInt(r.n)}
      </td>
      <FigureCell cell={netCell(r)} />
      <FigureCell cell={shareCell(r.mixed)} />
      <FigureCell cell={shareCell(r.negative)} />
      <FigureCell cell={authenticCell(r.authenticity)} />
      <td class="stimulus-words">{r.words.map((w) => w.term).join(', ') || <span class="muted">–</span>}</td>
      <td><button type="button" class="tool" onClick={open} aria-label={`Quotes: ${r.label}, ${who}`}>{fmtN(r.n)} quotes</button></td>
    </tr>
  );
}

/** Closed survey items that name a stimulus ("rate this image"): every group's n, mean and top-2-box. */
function RatedItems({ items }: { items: StimulusItemRow[] }) {
  const all = items.filter((i) => i.group === 'all');
  if (!all.length) return null;
  return (
    <div class="stimulus-items" data-stimulus-items>
      <h3 class="card-subtitle">Rated in surveys</h3>
      <ul>
        {all.map((i) => (
          <li>
            <strong>{i.stimulus}</strong> {i.label} · {i.key}: mean {i.mean === null ? '–' : fmtDecimal(i.mean)}
            {i.scale_max !== null && <> of {fmtInt(i.scale_max)}</>}
            {i.top2 && <>, top-2-box {shareCell(i.top2)[0]} ({shareCell(i.top2)[1]})</>} <span class="muted small">{i.low_n && '⚠ '}{fmtN(i.n)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A table per stimulus and group with the quotes one click away; an empty state says how to mark stimuli. */
export function StimulusCard({ filters }: { filters: Filters }) {
  const res = useStimuli(filters);
  if (res.status === 'error') return <ErrorBox error={res.error} onRetry={res.reload} />;
  if (res.status === 'loading') return <p class="muted" aria-busy="true">Loading the reactions to stimuli…</p>;
  const rows = res.data.stimuli;
  const total = rows.filter((r) => r.group === 'all').reduce((s, r) => s + r.n, 0);
  return (
    <section class="card stimulus-card" aria-labelledby="stimuli-title" data-card="stimuli">
      <h2 id="stimuli-title" class="card-title">{stimulusFinding(rows)}</h2>
      <p class="card-subtitle">
        How did the focus groups react to what they were shown? Per stimulus and audience: net sentiment with its 95% interval, the
        shares of mixed and negative segments, the authentic share of those judging authenticity (Wilson 95%), and the words they used
      </p>
      {rows.length === 0 && res.data.items.length === 0 ? (
        <p class="muted" data-empty="stimuli">
          No stimuli yet. Mark what a focus group was shown with a line such as <code>[Shown: S2 "Harbour poster"]</code> in the notes or
          transcript; the turns after it react to it until the next marker.
        </p>
      ) : (
        <div class="table-scroll">
          <table class="data-table stimulus-table">
            <thead>
              <tr>
                <th scope="col">Stimulus</th><th scope="col">n</th><th scope="col">Net</th><th scope="col">Mixed</th>
                <th scope="col">Negative</th><th scope="col">Authentic</th><th scope="col">Words used</th><th scope="col"><span class="sr-only">Quotes</span></th>
              </tr>
            </thead>
            <tbody>{rows.map((r) => <StimulusRowView r={r} minN={res.data.minN} />)}</tbody>
          </table>
          <RatedItems items={res.data.items} />
        </div>
      )}
      <p class="source-line">
        {fmtN(total)} participants' segments reacting to {fmtInt(new Set(rows.map((r) => r.stimulus)).size)} stimuli · focus-group turns after a
        [Shown: …] marker; moderator turns never count · rows under {fmtInt(res.data.minN)} segments are marked ⚠
      </p>
    </section>
  );
}
