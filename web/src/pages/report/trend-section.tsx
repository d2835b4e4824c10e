/** Report page 5: is it getting better or worse — net sentiment per month with its band. */
import { useMemo } from 'preact/hooks';
import type { TrendResponse } from '../../../../data/types.ts';
import '../../charts/echarts-line.ts';
import { allPoints, describeTrend, netTrendLine } from '../../charts/net-trend.ts';
import { ChartImage } from './chart-image.tsx';

/** The monthly line as an image and the change in words. */
export function TrendSection({ d }: { d: TrendResponse }) {
  const words = describeTrend(d);
  const option = useMemo(() => netTrendLine(d, words), [d]);
  return (
    <section class="report-section" data-section="trend">
      <h2 class="report-part">Trend</h2>
      <h3>{words}</h3>
      {allPoints(d).length > 1 && <ChartImage id="trend" option={option} width={680} height={280} alt={words} />}
      <p class="report-note">Shaded: 95% interval of the monthly net. ▲ marks a month whose share of negative segments is more than {d.k} standard deviations above the previous {d.baseline} months.</p>
    </section>
  );
}
