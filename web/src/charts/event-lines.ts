/** Events on a time series: a dashed vertical ECharts markLine per event, labelled with its title. */
import type { CityEvent } from '../../../data/types.ts';

type LineSeries = { id?: string; markLine?: unknown };
type WithSeries = { series?: unknown };

/** The index of the period holding `date` (periods are sorted start dates), or −1 outside them. */
export function periodIndex(periods: string[], date: string, nextStart: (period: string) => string): number {
  for (let i = periods.length - 1; i >= 0; i--) {
    if (periods[i] <= date) return date < nextStart(periods[i]) ? i : -1;
  }
  return -1;
}

/** The option with a markLine per event inside the periods shown; the selected one drawn darker. */
export function withEventLines<T extends WithSeries>(option: T, events: CityEvent[], periods: string[], nextStart: (period: string) => string, selected: number | null): T {
  const data = events.flatMap((e) => {
    const at = periodIndex(periods, e.date, nextStart);
    if (at < 0) return [];
    const colour = e.id === selected ? '#333333' : '#8a8a8a';
    return [{ xAxis: at, name: e.title, lineStyle: { color: colour, width: e.id === selected ? 2 : 1.2 }, label: { color: colour } }];
  });
  if (!data.length || !Array.isArray(option.series)) return option;
  let done = false;
  const series = (option.series as LineSeries[]).map((s) => {
    if (done || !s.id?.startsWith('line:')) return s;
    done = true;
    return {
      ...s,
      // silent: the chart's click and tooltip read series points; an event line is not one
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed' }, label: { formatter: '{b}', position: 'insideEndTop', fontSize: 11 }, data },
    };
  });
  return { ...option, series };
}
