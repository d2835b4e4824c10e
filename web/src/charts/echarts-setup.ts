/**
 * ECharts from `echarts/core` with the pieces every page draws: bar charts and the components
 * around them. Heavier chart kinds register on the pages that use them (echarts-heatmap.ts,
 * echarts-scatter.ts, echarts-line.ts), so the overview does not download them.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, RadarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import {
  AriaComponent, DatasetComponent, GridComponent, LegendPlainComponent, MarkLineComponent,
  TitleComponent, TooltipComponent,
} from 'echarts/components';
import type {
  AriaComponentOption, DatasetComponentOption, GridComponentOption, LegendComponentOption,
  MarkAreaComponentOption, MarkLineComponentOption, RadarComponentOption, TitleComponentOption, TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, AriaComponent, DatasetComponent, GridComponent, LegendPlainComponent, MarkLineComponent,
  TitleComponent, TooltipComponent, CanvasRenderer,
]);

/** An ECharts option limited to the kinds brandgap draws, so typos in series types fail to compile. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption | HeatmapSeriesOption | LineSeriesOption | RadarSeriesOption | ScatterSeriesOption
  | AriaComponentOption | DatasetComponentOption | GridComponentOption | LegendComponentOption
  | MarkAreaComponentOption | MarkLineComponentOption | RadarComponentOption | TitleComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export type ChartInstance = echarts.ECharts;
export { echarts };
