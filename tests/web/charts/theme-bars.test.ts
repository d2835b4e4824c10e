import { describe, expect, it } from 'vitest';
import { SENTIMENT_SCALE } from '../../../web/src/charts/palette.ts';
import { describeThemes, themeBars, themeTable } from '../../../web/src/charts/theme-bars.ts';
import { THEMES } from '../fixtures.ts';

type Bar = { value: number; itemStyle: { color: string; borderType: string } };

describe('top themes', () => {
  const option = themeBars(THEMES, 30, 'summary');
  const bars = (option.series as { data: Bar[] }[])[0].data;
  const axes = option.yAxis as { data: string[]; axisLabel: { formatter?: (v: string, i: number) => string } }[];

  it('orders themes by share, largest first, with readable names', () => {
    expect(axes[0].data).toEqual(['Housing', 'Culture & events', 'Mobility', 'Family']);
    expect(bars.map((b) => b.value)).toEqual([0.182, 0.14, 0.09, 0.004]);
  });

  it('colours each bar by its net sentiment; low n pale and dashed', () => {
    expect(bars.map((b) => b.itemStyle.color).slice(0, 3)).toEqual([SENTIMENT_SCALE[1], SENTIMENT_SCALE[5], SENTIMENT_SCALE[3]]);
    expect(bars[3].itemStyle.color).toBe('rgba(178, 24, 43, 0.35)');
    expect(bars[3].itemStyle.borderType).toBe('dashed');
  });

  it('shows share, signed net and n in the figure column', () => {
    expect(axes[1].axisLabel.formatter!('Housing', 0)).toBe('{v|18%}  {neg|\u221237}\n{n|n = 560}');
    expect(axes[1].axisLabel.formatter!('Family', 3)).toBe('{w|⚠} {v|0.4%}  {neg|\u221260}\n{w|n = 12}');
  });

  it('titles the most discussed theme and its tone', () => {
    expect(describeThemes(THEMES, 30).title).toBe('Housing is the most discussed theme (18% of segments) — and a negative one (\u221237)');
  });

  it('names a clearly negative theme beside a positive top theme', () => {
    const rows = THEMES.map((t) => (t.theme === 'housing' ? { ...t, share: 0.1 } : t));
    expect(describeThemes(rows, 30).title).toBe('Culture & events is the most discussed theme (14%, +44); housing is the most negative (\u221237)');
  });

  it('ignores low-n themes when naming the most negative one', () => {
    const rows = THEMES.filter((t) => t.theme !== 'housing');
    // Family (−60) rests on 12 segments, so the title only speaks of the top theme.
    expect(describeThemes(rows, 30).title).toBe('Culture & events is the most discussed theme (14% of segments) — and a positive one (+44)');
  });

  it('names the most negative solid theme when the top theme is neutral', () => {
    const rows = THEMES.map((t) => (t.theme === 'housing' ? { ...t, net: 1 } : t));
    rows.push({ ...THEMES[2], theme: 'bureaucracy', share: 0.05, net: -22 });
    expect(describeThemes(rows, 30).title).toBe('Housing is the most discussed theme (18%, +1); bureaucracy is the most negative (\u221222)');
  });

  it('tables the same numbers with the low-n flag', () => {
    const t = themeTable(THEMES, 30);
    expect(t.rows.map((r) => [r.theme, r.share, r.net, r.n, r.low_n])).toEqual([
      ['Housing', 0.182, -37.2, 560, false],
      ['Culture & events', 0.14, 44, 430, false],
      ['Mobility', 0.09, 2, 280, false],
      ['Family', 0.004, -60, 12, true],
    ]);
  });
});
