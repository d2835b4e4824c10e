/** Registers radar charts (the Anholt hexagon on the compare page); import it where a radar is drawn. */
import { RadarChart } from 'echarts/charts';
import { RadarComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([RadarChart, RadarComponent]);
