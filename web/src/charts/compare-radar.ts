/** The Anholt hexagon: net sentiment per dimension, one outline per city, on a shared −100…+100 scale. */
import type { CompareResponse } from '../../../data/types.ts';
import { fmtInt, fmtSigned } from '../format/intl.ts';
import { baseOption, esc } from './base.ts';
import { cityColor } from './city-colors.ts';
import type { ChartOption } from './echarts-setup.ts';
import { INK } from './palette.ts';

const HEXAGON = ['Presence', 'Place', 'Prerequisites', 'People', 'Pulse', 'Potential'];

/** The radar option; dimensions without segments sit at the centre's floor (−100) and say so in the tooltip. */
export function compareRadar(d: CompareResponse, summary: string): ChartOption {
  const base = baseOption(summary);
  return {
    ...base,
    legend: { top: 0, left: 0, icon: 'circle', itemWidth: 10, itemHeight: 10, textStyle: { color: INK.muted } },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p: unknown) => {
        const c = d.cities[(p as { seriesIndex: number; dataIndex: number }).dataIndex];
        const lines = HEXAGON.map((h) => {
          const x = c.dimensions.find((y) => y.dimension === h);
          return `${h}: <b>${fmtSigned(x?.net ?? null)}</b> (n = ${fmtInt(x?.n ?? 0)})`;
        });
        return `<b>${esc(c.city)}</b> · net sentiment<br/>${lines.join('<br/>')}`;
      },
    },
    radar: {
      center: ['50%', '56%'],
      radius: '66%',
      indicator: HEXAGON.map((name) => ({ name, min: -100, max: 100 })),
      splitNumber: 4,
      axisName: { color: INK.text, fontSize: 12 },
      splitLine: { lineStyle: { color: INK.grid } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: INK.grid } },
    },
    series: [{
      type: 'radar',
      symbolSize: 5,
      data: d.cities.map((c, i) => ({
        name: c.city,
        value: HEXAGON.map((h) => c.dimensions.find((x) => x.dimension === h)?.net ?? -100),
        lineStyle: { color: cityColor(i), width: 2 },
        itemStyle: { color: cityColor(i) },
        areaStyle: { color: cityColor(i), opacity: 0.08 },
      })),
    }],
  };
}
