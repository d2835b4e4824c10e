/** Registers what the resonance quadrant draws: scatter bubbles and shaded, labelled quadrants. */
import { ScatterChart } from 'echarts/charts';
import { MarkAreaComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([ScatterChart, MarkAreaComponent]);
