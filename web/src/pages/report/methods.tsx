/** The report's methods footnote: definitions, n, dates, sources and the minimum n. */
import type { OverviewResponse, ValuesResponse } from '../../../../data/types.ts';
import { fmtInt, fmtPeriod } from '../../format/intl.ts';
import { SOURCE_DOCS } from '../../format/labels.ts';

/** What every figure in the report means and what it rests on. */
export function Methods({ ov, values, scope, today }: { ov: OverviewResponse; values: ValuesResponse; scope: string; today: string }) {
  const sources = new Map<string, number>();
  for (const r of ov.bySourceGroup) sources.set(r.source, (sources.get(r.source) ?? 0) + r.documents);
  return (
    <section class="report-section report-methods" data-section="methods">
      <h2 class="report-part">Methods</h2>
      <p>
        Material: {[...sources.entries()].map(([s, n]) => `${fmtInt(n)} ${SOURCE_DOCS[s as keyof typeof SOURCE_DOCS].toLowerCase()}`).join(', ')}; {fmtInt(ov.segments)} segments
        (sentences or speaker turns) dated {fmtPeriod(ov.period.from, ov.period.to)}. Filters: {scope}. {fmtInt(ov.unscored)} segments in languages without a
        sentiment model are counted but not scored. Drawn up {today}.
      </p>
      <dl class="report-defs">
        <dt>Net sentiment</dt><dd>% positive − % negative of the scored segments about a subject, in points (−100 to +100), with a 95% interval.</dd>
        <dt>Share</dt><dd>Segments about a theme ÷ all audience segments; a segment can carry several themes.</dd>
        <dt>Brand emphasis E(v)</dt><dd>Brand-text segments mentioning value v ÷ brand-text segments mentioning any value.</dd>
        <dt>Voice share S(v,g)</dt><dd>Segments of group g mentioning v ÷ segments of g mentioning any value.</dd>
        <dt>Alignment A(g)</dt><dd>1 − ½ Σ |E(v) − S(v,g)|; 1 when a group talks about the values in the brand's proportions.</dd>
        <dt>Quadrant</dt><dd>Emphasised when E(v) ≥ 1/k (k = {fmtInt(values.k)} brand values); positive when net &gt; 0.</dd>
        <dt>Minimum n</dt><dd>Figures on fewer than {fmtInt(ov.minN)} segments are flagged “read with care”, never hidden.</dd>
      </dl>
      <p class="report-note">Every figure links to its quotes in the brandgap dashboard (Voices). Social figures: the most active 1% of authors wrote {ov.loudFew.top1_share == null ? 'an unknown share' : `${Math.round(ov.loudFew.top1_share * 100)}%`} of social segments.</p>
    </section>
  );
}
