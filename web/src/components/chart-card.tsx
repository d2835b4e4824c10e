/** A chart with its finding as title, the question, a source line, a table toggle and exports. */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { EChart } from '../charts/echart.tsx';
import type { ChartInstance, ChartOption } from '../charts/echarts-setup.ts';
import type { TableSpec } from '../charts/types.ts';
import { downloadCsv, downloadHref } from '../export/download.ts';
import { DataTable } from './data-table.tsx';

type Props = {
  /** Stable id: test hook and the base of the element ids. */
  id: string;
  title: string;
  subtitle: string;
  /** The grey source line: n, sources, dates. */
  source: string;
  option: ChartOption;
  height: number;
  table: TableSpec;
  /** File name stem for PNG and CSV downloads. */
  fileStem: string;
  /** Shown between the subtitle and the chart, e.g. a measure toggle. */
  controls?: ComponentChildren;
  /** Shown under the chart, e.g. a colour legend or a low-n note. */
  footer?: ComponentChildren;
  class?: string;
  /** Clicking a chart element (the hook for the evidence drawer). */
  onChartClick?: (params: unknown) => void;
};

/** One chart card; the chart stays mounted while the table shows, so PNG export always works. */
export function ChartCard(p: Props) {
  const [showTable, setShowTable] = useState(false);
  const chart = useRef<ChartInstance | null>(null);
  const titleId = `${p.id}-title`;

  const savePng = () => {
    const c = chart.current;
    if (c) downloadHref(`${p.fileStem}.png`, c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
  };

  return (
    <section class={`card chart-card ${p.class ?? ''}`} aria-labelledby={titleId} data-chart={p.id}>
      <header class="card-head">
        <div>
          <h2 id={titleId} class="card-title">{p.title}</h2>
          <p class="card-subtitle">{p.subtitle}</p>
        </div>
        <div class="card-tools" role="group" aria-label="Chart tools">
          <button type="button" class="tool" aria-pressed={showTable} onClick={() => setShowTable(!showTable)}>
            Table
          </button>
          <button type="button" class="tool" onClick={savePng} title="Download the chart as PNG">PNG</button>
          <button type="button" class="tool" onClick={() => downloadCsv(`${p.fileStem}.csv`, p.table)} title="Download the numbers as CSV">
            CSV
          </button>
        </div>
      </header>
      {p.controls && <div class="card-controls">{p.controls}</div>}
      <div class="chart-body" hidden={showTable}>
        <EChart option={p.option} height={p.height} onInstance={(c) => (chart.current = c)} onClick={p.onChartClick} />
      </div>
      {showTable && <DataTable table={p.table} caption={p.title} />}
      {p.footer && <div class="card-footer">{p.footer}</div>}
      <p class="source-line">{p.source}</p>
    </section>
  );
}
