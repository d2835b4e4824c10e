/** Registers line charts (trends with bands); import it where a line is drawn. */
import { LineChart } from 'echarts/charts';
import { echarts } from './echarts-setup.ts';

echarts.use([LineChart]);
