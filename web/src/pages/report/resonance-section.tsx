/** Report page 2: does the brand resonate — the quadrant, alignment, and each value in words. */
import { useMemo } from 'preact/hooks';
import type { ValuesResponse } from '../../../../data/types.ts';
import '../../charts/echarts-quadrant.ts';
import { describeAlignment } from '../../charts/alignment-bars.ts';
import { isWeak } from '../../charts/base.ts';
import { describeResonance } from '../../charts/resonance-findings.ts';
import { quadrantName, resonanceQuadrant } from '../../charts/resonance-quadrant.ts';
import { fmtInt, fmtShare, fmtSigned } from '../../format/intl.ts';
import { ChartImage } from './chart-image.tsx';

/** The quadrant as an image and one sentence per value (all audiences together). */
export function ResonanceSection({ d }: { d: ValuesResponse }) {
  const f = useMemo(() => describeResonance(d), [d]);
  const option = useMemo(() => resonanceQuadrant(d, f.summary), [d]);
  const a = describeAlignment(d);
  return (
    <section class="report-section" data-section="resonance">
      <h2 class="report-part">Brand resonance</h2>
      <h3>{d.values.length ? f.title : 'No brand values have been set for this city'}</h3>
      {d.values.length > 0 && (
        <>
          <ChartImage id="resonance" option={option} width={680} height={400} alt={f.summary} />
          <ul class="report-facts">
            {d.values.map((v) => {
              const g = v.groups.find((x) => x.group === 'all');
              if (!g || g.n === 0) return <li>{v.value}: brand emphasis {fmtShare(v.emphasis)}; no audience segment mentions it.</li>;
              return (
                <li>
                  <b>{v.value}</b> — {quadrantName(g.quadrant).toLowerCase()}: {fmtShare(v.emphasis)} of the brand's value mentions, net {fmtSigned(g.net)} among audiences (n = {fmtInt(g.n)})
                  {isWeak(g, d.minN) && ', read with care'}
                </li>
              );
            })}
          </ul>
          <p>{a.title}. Alignment runs from 0 (audiences talk about other values than the brand) to 1 (the same proportions).</p>
        </>
      )}
      <p class="report-note">Emphasised = E(v) ≥ 1/k with k = {fmtInt(d.k)}; positive = net &gt; 0. Bubble area = voice share; colours = audience groups; pale = fewer than {fmtInt(d.minN)} segments.</p>
    </section>
  );
}
