/**
 * Registers what the resonance quadrant draws: scatter bubbles, shaded, labelled quadrants, and
 * the label layout that moves or hides value names that would overlap.
 */
import { ScatterChart } from 'echarts/charts';
import { MarkAreaComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { echarts } from './echarts-setup.ts';

echarts.use([ScatterChart, MarkAreaComponent, LabelLayout]);
