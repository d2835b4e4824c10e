/** Registers heatmaps and the visual map (colour legend) they need; import it where a heatmap is drawn. */
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([HeatmapChart, VisualMapComponent]);
