/** The alignment index per audience group, as a chart card. */
import { useMemo } from 'preact/hooks';
import type { ValuesResponse } from '../../../../data/types.ts';
import { alignmentBars, alignmentTable, describeAlignment } from '../../charts/alignment-bars.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { fileStem } from '../../export/download.ts';
import type { Filters } from '../../router/filters.ts';
import { valuesSourceLine } from './context.ts';

/** A(g) = 1 − ½ Σ|E − S| per group, 0–1, with n. */
export function AlignmentCard({ d, filters, scope }: { d: ValuesResponse; filters: Filters; scope: string }) {
  const chart = useMemo(() => {
    const f = describeAlignment(d);
    return { ...f, option: alignmentBars(d, f.summary), table: alignmentTable(d) };
  }, [d]);
  return (
    <ChartCard
      id="alignment"
      title={chart.title}
      subtitle={`Do people talk about the values in the proportions the brand does? 1 = exactly · ${scope}`}
      source={valuesSourceLine(d)}
      option={chart.option}
      height={Math.max(140, chart.table.rows.length * 44 + 24)}
      table={chart.table}
      fileStem={fileStem([d.city, 'alignment', filters.group, filters.source])}
    />
  );
}
