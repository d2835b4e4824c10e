/** Every figure of every brand value in one table; each n opens the quotes it counts. */
import type { ValueGroupFigure, ValuesResponse } from '../../../../data/types.ts';
import { isWeak } from '../../charts/base.ts';
import { quadrantName } from '../../charts/resonance-quadrant.ts';
import { groupName, resonanceTable } from '../../charts/resonance-findings.ts';
import { openEvidence } from '../../evidence/open.ts';
import { downloadCsv, fileStem } from '../../export/download.ts';
import { fmtDecimal, fmtInt, fmtShare, fmtSigned } from '../../format/intl.ts';
import { AUDIENCE_ORDER } from '../../format/labels.ts';
import { valuesSourceLine } from './context.ts';

function groups(figs: ValueGroupFigure[]): ValueGroupFigure[] {
  return figs.filter((g) => g.n > 0 || g.group === 'all').sort((a, b) => AUDIENCE_ORDER.indexOf(a.group) - AUDIENCE_ORDER.indexOf(b.group));
}

/** Value rows with their audience groups beneath; figures under the minimum n are pale with ⚠. */
export function ValuesTable({ d, scope }: { d: ValuesResponse; scope: string }) {
  const distinct = new Map(d.distinctiveness.map((x) => [x.value, x.distinctiveness]));
  const open = (value: string, g: ValueGroupFigure) =>
    openEvidence(g.group === 'all' ? { value } : { value, group: g.group }, `${value} · ${groupName(g.group)} · n = ${fmtInt(g.n)}`);
  return (
    <section class="card values-table-card" aria-labelledby="values-table-title" data-table="values">
      <header class="card-head">
        <div>
          <h2 id="values-table-title" class="card-title">Every brand value, with all its figures</h2>
          <p class="card-subtitle">Brand emphasis, voice share and net sentiment per audience · {scope}</p>
        </div>
        <div class="card-tools">
          <button type="button" class="tool" onClick={() => downloadCsv(`${fileStem([d.city, 'brand-values'])}.csv`, resonanceTable(d))}>CSV</button>
        </div>
      </header>
      <div class="table-wrap">
        <table class="data-table values-table">
          <caption class="sr-only">Brand values: emphasis, distinctiveness, and per audience group the voice share, net sentiment with its 95% interval, n and quadrant</caption>
          <thead>
            <tr>
              <th scope="col">Brand value</th>
              <th scope="col" class="num">E</th>
              <th scope="col" class="num">Distinct.</th>
              <th scope="col">Audience</th>
              <th scope="col" class="num">S</th>
              <th scope="col" class="num">Net</th>
              <th scope="col" class="num">95% interval</th>
              <th scope="col" class="num">n</th>
              <th scope="col">Quadrant</th>
            </tr>
          </thead>
          {d.values.map((v) => {
            const gs = groups(v.groups);
            const dist = distinct.get(v.value);
            return (
              <tbody class="value-block">
                {gs.map((g, i) => {
                  const weak = isWeak(g, d.minN);
                  return (
                    <tr class={`${weak ? 'low-n' : ''} ${g.group === 'all' ? 'all-row' : ''}`}>
                      {i === 0 && (
                        <>
                          <th scope="rowgroup" rowSpan={gs.length}>{v.value}</th>
                          <td class="num" rowSpan={gs.length}>{fmtShare(v.emphasis)}{v.emphasised && <span class="muted small"> ≥ 1/k</span>}</td>
                          <td class="num" rowSpan={gs.length}>{dist == null ? '–' : fmtDecimal(dist)}</td>
                        </>
                      )}
                      <td>{groupName(g.group)}</td>
                      <td class="num">{fmtShare(g.voice_share)}</td>
                      <td class="num">{g.net == null ? '–' : fmtSigned(g.net)}</td>
                      <td class="num muted">{g.net == null ? '' : `${fmtSigned(g.low)} to ${fmtSigned(g.high)}`}</td>
                      <td class="num">
                        {g.n > 0 ? (
                          <button type="button" class="link-button" onClick={() => open(v.value, g)} aria-label={`Quotes: ${v.value}, ${groupName(g.group)}, n = ${fmtInt(g.n)}`}>
                            {weak && '⚠ '}{fmtInt(g.n)}
                          </button>
                        ) : '0'}
                      </td>
                      <td>{g.net == null ? <span class="muted small">no score</span>
                        : g.quadrant == null ? <span class="muted small" title={`Fewer than ${fmtInt(d.minN)} segments: no quadrant`}>{quadrantName(null).toLowerCase()}</span>
                        : <span class={`quadrant-chip q-${g.quadrant}`}>{quadrantName(g.quadrant)}</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </div>
      {d.distinctivenessPeers < 2 && (
        <p class="muted small" data-missing="distinctiveness">
          Distinctiveness needs brand texts from at least two other cities; {d.distinctivenessPeers === 0 ? 'no other city has' : 'only one other city has'} brand texts naming its values.
        </p>
      )}
      <p class="source-line">{valuesSourceLine(d)}</p>
    </section>
  );
}
