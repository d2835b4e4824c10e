/** Report page 1: the city, what the figures rest on, and how each audience feels. */
import { useMemo } from 'preact/hooks';
import type { OverviewResponse } from '../../../../data/types.ts';
import { describeNetByGroup, netByGroupBars } from '../../charts/net-by-group.ts';
import { isWeak } from '../../charts/base.ts';
import { fmtInt, fmtPeriod, fmtSigned } from '../../format/intl.ts';
import { GROUP_LABEL } from '../../format/labels.ts';
import { ChartImage } from './chart-image.tsx';

/** Cover, headline numbers and net sentiment by group, with the figures said in words. */
export function HeadlineSection({ d, scope, today }: { d: OverviewResponse; scope: string; today: string }) {
  const f = useMemo(() => describeNetByGroup(d.netByGroup, d.minN), [d]);
  const option = useMemo(() => netByGroupBars(d.netByGroup, d.minN, f.summary), [d]);
  const order = ['resident', 'international', 'visitor', 'unknown'];
  const groups = d.netByGroup.filter((g) => g.n > 0 && g.net != null).sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  const rows = groups.length;
  return (
    <section class="report-section" data-section="headline">
      <p class="report-kicker">brandgap report · {today}</p>
      <h1>How {d.city} is talked about</h1>
      <p class="report-lead">
        {fmtInt(d.documents)} documents ({fmtInt(d.segments)} segments) from {fmtPeriod(d.period.from, d.period.to)} · {scope}
      </p>
      <h2>{f.title}</h2>
      <ul class="report-facts">
        {groups.map((g) => (
          <li>
            {GROUP_LABEL[g.group]}: net {fmtSigned(g.net)} (95% interval {fmtSigned(g.low)} to {fmtSigned(g.high)}), n = {fmtInt(g.n)}
            {isWeak(g, d.minN) && ` — fewer than ${fmtInt(d.minN)} scored segments, read with care`}
          </li>
        ))}
      </ul>
      <ChartImage id="net-by-group" option={option} width={680} height={Math.max(140, rows * 52 + 40)} alt={f.summary} />
      <p class="report-note">Net sentiment = % positive − % negative segments, in points from −100 to +100.</p>
    </section>
  );
}
