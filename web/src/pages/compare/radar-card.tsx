/** The Anholt hexagon radar card: net sentiment per dimension, one outline per city. */
import { useMemo } from 'preact/hooks';
import type { CompareResponse } from '../../../../data/types.ts';
import '../../charts/echarts-radar.ts';
import { compareRadar } from '../../charts/compare-radar.ts';
import { compareTable } from '../../charts/compare-multiples.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { fileStem } from '../../export/download.ts';
import { fmtInt, fmtSigned } from '../../format/intl.ts';

/** Title: which city is ahead on the most hexagon dimensions. */
function finding(d: CompareResponse): string {
  const wins = new Map<string, string[]>();
  for (const dim of ['Presence', 'Place', 'Prerequisites', 'People', 'Pulse', 'Potential']) {
    const best = [...d.cities].sort((a, b) => (b.dimensions.find((x) => x.dimension === dim)?.net ?? -101) - (a.dimensions.find((x) => x.dimension === dim)?.net ?? -101))[0];
    if (best) wins.set(best.city, [...(wins.get(best.city) ?? []), dim]);
  }
  const [city, dims] = [...wins.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  return city ? `${city} is rated highest on ${dims.length} of 6 hexagon dimensions (${dims.join(', ')})` : 'No hexagon figures';
}

/** Radar of the six Anholt dimensions on a shared −100…+100 scale. */
export function RadarCard({ d, scope }: { d: CompareResponse; scope: string }) {
  const title = finding(d);
  const summary = `${title}. ` + d.cities.map((c) => `${c.city}: ${c.dimensions.map((x) => `${x.dimension} ${fmtSigned(x.net)} (n = ${fmtInt(x.n)})`).join(', ')}`).join('. ');
  const option = useMemo(() => compareRadar(d, summary), [d]);
  return (
    <ChartCard
      id="compare-radar"
      title={title}
      subtitle={`Net sentiment on the Anholt City Brands Index hexagon, −100 at the centre to +100 at the rim · ${scope}`}
      source={d.cities.map((c) => `${c.city} n = ${fmtInt(c.overall.n)}`).join(' · ')}
      option={option}
      height={360}
      table={compareTable(d)}
      fileStem={fileStem(['compare', 'anholt', ...d.cities.map((c) => c.city)])}
    />
  );
}
