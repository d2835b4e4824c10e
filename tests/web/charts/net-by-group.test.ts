import { describe, expect, it } from 'vitest';
import { describeNetByGroup, netByGroupBars, netByGroupTable } from '../../../web/src/charts/net-by-group.ts';
import { SENTIMENT_SCALE } from '../../../web/src/charts/palette.ts';
import { NET_BY_GROUP } from '../fixtures.ts';

type Bar = { value: number; itemStyle: { color: string; borderWidth: number } };

describe('net sentiment by group', () => {
  const option = netByGroupBars(NET_BY_GROUP, 30, 'summary');
  const series = (option.series as { data: Bar[] }[])[0];

  it('draws one bar per group with segments, on a fixed −100…+100 axis', () => {
    expect(series.data.map((d) => d.value)).toEqual([18.4, -12.6, 41]);
    expect(option.xAxis).toMatchObject({ min: -100, max: 100 });
  });

  it('colours bars on the diverging scale and draws low-n bars pale with a dashed edge', () => {
    expect(series.data[0].itemStyle.color).toBe(SENTIMENT_SCALE[4]);
    expect(series.data[1].itemStyle.color).toBe(SENTIMENT_SCALE[2]);
    expect(series.data[2].itemStyle.color).toBe('rgba(67, 147, 195, 0.35)');
    expect(series.data[2].itemStyle.borderWidth).toBe(1);
  });

  it('puts each figure with its n in the right-hand column, ⚠ on low n', () => {
    const column = (option.yAxis as { axisLabel: { formatter: (v: string, i: number) => string } }[])[1];
    expect(column.axisLabel.formatter('resident', 0)).toBe('{v|+18}\n{n|n = 1,750}');
    expect(column.axisLabel.formatter('international', 1)).toBe('{v|\u221213}\n{n|n = 1,060}');
    expect(column.axisLabel.formatter('visitor', 2)).toBe('{w|⚠} {v|+41}\n{w|n = 22}');
  });

  it('says "read with care" in the tooltip of a low-n bar and not of a solid one', () => {
    const tip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(tip({ dataIndex: 2 })).toContain('Fewer than 30 segments — read with care');
    expect(tip({ dataIndex: 0 })).not.toContain('read with care');
    expect(tip({ dataIndex: 1 })).toContain('95% interval \u221219 to \u22127');
  });

  it('titles the finding from groups with enough segments only', () => {
    const f = describeNetByGroup(NET_BY_GROUP, 30);
    // Visitors (+41) are the most positive but rest on 22 segments, so residents carry the title.
    expect(f.title).toBe('Internationals are the most negative (\u221213), residents the most positive (+18)');
    expect(f.summary).toContain('Visitors +41 (n = 22, fewer than 30 scored segments)');
  });

  it('says so when every group is below the minimum n', () => {
    expect(describeNetByGroup(NET_BY_GROUP, 5000).title).toBe('Every group has fewer than 5000 scored segments — read with care');
  });

  it('treats a figure with enough segments but too few scored ones as low n', () => {
    const thin = [{ ...NET_BY_GROUP[0], n: 500, scored: 10 }];
    expect(netByGroupTable(thin, 30).rows[0].low_n).toBe(true);
  });

  it('tables the same figures as the bars, raw', () => {
    const t = netByGroupTable(NET_BY_GROUP, 30);
    expect(t.rows.map((r) => [r.group, r.net, r.n, r.low_n])).toEqual([
      ['Residents', 18.4, 1750, false],
      ['Internationals', -12.6, 1060, false],
      ['Visitors', 41, 22, true],
    ]);
  });
});
