/** Registers scatter charts (the resonance quadrant); import it where a scatter is drawn. */
import { ScatterChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([ScatterChart, VisualMapComponent]);
