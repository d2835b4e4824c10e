/** How authentic people find the brand: the authentic share per source and per brand value, with quotes. */
import type { AuthenticityRow, SourceKind } from '../../../../data/types.ts';
import { useAuthenticity } from '../../api/use-authenticity.ts';
import { ErrorBox } from '../../components/states.tsx';
import { openEvidence } from '../../evidence/open.ts';
import { fmtInt, fmtN, fmtShare } from '../../format/intl.ts';
import { SOURCE_LABEL } from '../../format/labels.ts';
import type { Filters } from '../../router/filters.ts';
import { FigureCell } from './stimulus-card.tsx';
import { authenticCell } from './stimulus-finding.ts';

type Dim = 'source' | 'value';

function Row({ r, dim, minN }: { r: AuthenticityRow; dim: Dim; minN: number }) {
  const name = dim === 'source' ? SOURCE_LABEL[r.key as SourceKind] ?? r.key : r.key;
  const open = () => openEvidence(dim === 'source' ? { source: r.key, authenticity: 'any' } : { value: r.key, authenticity: 'any' }, `Authenticity · ${name}`);
  return (
    <tr class={r.low_n ? 'low-n' : ''} data-authenticity={`${dim}:${r.key}`}>
      <th scope="row">{name}</th>
      <td class="num" title={r.low_n ? `Fewer than ${minN} segments judge authenticity — read with care` : undefined}>
        {r.low_n && <span aria-label="low n">⚠ </span>}{fmtInt(r.judged)} <span class="muted">of {fmtInt(r.n)}</span>
      </td>
      <FigureCell cell={authenticCell(r)} />
      <td><button type="button" class="tool" disabled={r.judged === 0} onClick={open}>{fmtN(r.judged)} quotes</button></td>
    </tr>
  );
}

/** The authentic share of the segments that judge authenticity ("fake", "too polished" vs "that is us"). */
export function AuthenticityCard({ filters }: { filters: Filters }) {
  const res = useAuthenticity(filters);
  if (res.status === 'error') return <ErrorBox error={res.error} onRetry={res.reload} />;
  if (res.status === 'loading') return null;
  const { bySource, byValue, minN } = res.data;
  const judged = bySource.reduce((s, r) => s + r.judged, 0);
  const authentic = bySource.reduce((s, r) => s + r.authentic, 0);
  const groups: [Dim, string, AuthenticityRow[]][] = [['source', 'By source', bySource], ['value', 'By brand value', byValue]];
  return (
    <section class="card stimulus-card" aria-labelledby="authenticity-title" data-card="authenticity">
      <h2 id="authenticity-title" class="card-title">
        {judged === 0 ? 'Nobody has judged the brand\'s authenticity yet' : `${fmtShare(authentic / judged)} of ${fmtInt(judged)} segments judging authenticity find the brand authentic`}
      </h2>
      <p class="card-subtitle">
        Do people find the brand authentic? Segments calling it fake, too polished, elite or "not my city" against those saying "that is us",
        real, recognisable (per-language word lists with negation: "not fake" counts as authentic)
      </p>
      <div class="table-scroll">
        <table class="data-table stimulus-table">
          <thead><tr><th scope="col"> </th><th scope="col">Judging</th><th scope="col">Authentic (Wilson 95%)</th><th scope="col"><span class="sr-only">Quotes</span></th></tr></thead>
          {groups.map(([dim, title, rows]) => (
            <tbody>
              <tr><th scope="rowgroup" colSpan={4} class="muted">{title}</th></tr>
              {rows.map((r) => <Row r={r} dim={dim} minN={minN} />)}
            </tbody>
          ))}
        </table>
      </div>
      <p class="source-line">Audience segments (never brand texts or moderators) · the share's n is the segments judging authenticity; under {fmtInt(minN)} marked ⚠</p>
    </section>
  );
}
