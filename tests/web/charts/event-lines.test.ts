import { describe, expect, it } from 'vitest';
import type { CityEvent } from '../../../data/types.ts';
import { periodIndex, withEventLines } from '../../../web/src/charts/event-lines.ts';
import { periodEnd } from '../../../web/src/pages/trends/trend-url.ts';

const months = ['2026-01-01', '2026-02-01', '2026-03-01'];
const next = (p: string) => periodEnd(p, 'month');
const ev = (id: number, date: string, title: string): CityEvent => ({ id, city: 'Eventon', date, title, note: null, created_by: null });

describe('event lines on the trend chart', () => {
  it('puts an event in the period holding its date, and nowhere outside the periods shown', () => {
    expect(periodIndex(months, '2026-01-01', next)).toBe(0);
    expect(periodIndex(months, '2026-02-28', next)).toBe(1);
    expect(periodIndex(months, '2026-03-31', next)).toBe(2);
    expect(periodIndex(months, '2025-12-31', next)).toBe(-1);
    expect(periodIndex(months, '2026-04-01', next)).toBe(-1);
  });

  it('adds one labelled markLine per event shown to the first line series, the selected one darker', () => {
    const option = { series: [{ id: 'low:all' }, { id: 'line:all' }, { id: 'line:resident' }] };
    const out = withEventLines(option, [ev(1, '2026-02-10', 'Launch'), ev(2, '2026-03-05', 'Rent cap'), ev(3, '2027-01-01', 'Later')], months, next, 2);
    const series = out.series as { id: string; markLine?: { data: { xAxis: number; name: string; lineStyle: { color: string } }[] } }[];
    expect(series[0].markLine).toBeUndefined();
    expect(series[2].markLine).toBeUndefined();
    expect(series[1].markLine!.data.map((d) => [d.xAxis, d.name, d.lineStyle.color])).toEqual([[1, 'Launch', '#8a8a8a'], [2, 'Rent cap', '#333333']]);
  });

  it('leaves the option as it was with no event in range', () => {
    const option = { series: [{ id: 'line:all' }] };
    expect(withEventLines(option, [ev(1, '2020-01-01', 'Old')], months, next, null)).toBe(option);
  });
});
