/** The formulas behind the resonance figures, shown beside them (DOMAIN.md "Measures"). */
import { fmtInt, fmtShare } from '../../format/intl.ts';

/** A small note: E, S, N, A and the quadrant rule, with this city's k and minimum n. */
export function HowComputed({ k, minN }: { k: number; minN: number }) {
  return (
    <details class="card how-computed" open>
      <summary>How these are computed</summary>
      <dl>
        <dt>Brand emphasis</dt>
        <dd><var>E(v)</var> = brand-text segments mentioning value <var>v</var> ÷ brand-text segments mentioning any value</dd>
        <dt>Voice share</dt>
        <dd><var>S(v,g)</var> = segments of group <var>g</var> mentioning <var>v</var> ÷ segments of <var>g</var> mentioning any value</dd>
        <dt>Net sentiment</dt>
        <dd><var>N</var> = % positive − % negative of the scored segments, in points, with a 95% interval</dd>
        <dt>Alignment</dt>
        <dd><var>A(g)</var> = 1 − ½ Σ<sub>v</sub> |<var>E(v)</var> − <var>S(v,g)</var>|; 1 when a group talks about the values in the brand's proportions</dd>
        <dt>Quadrant</dt>
        <dd>
          Emphasised when <var>E(v)</var> ≥ 1/k = {k > 0 ? fmtShare(1 / k) : '–'} (k = {fmtInt(k)} values); positive when <var>N</var> &gt; 0.
          Emphasised &amp; positive: resonating · emphasised, not positive: overpromised · not emphasised, positive: untold strength ·
          neither: blind spot.
        </dd>
        <dt>Distinctiveness</dt>
        <dd><var>E(v)</var> ÷ mean emphasis of the same value across all cities (1 = typical)</dd>
      </dl>
      <p class="muted small">Figures on fewer than {fmtInt(minN)} segments are drawn pale with ⚠.</p>
    </details>
  );
}
