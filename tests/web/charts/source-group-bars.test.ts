import { describe, expect, it } from 'vitest';
import { GROUP_COLOR } from '../../../web/src/charts/palette.ts';
import { describeSourceGroups, sourceGroupBars, sourceGroupTable } from '../../../web/src/charts/source-group-bars.ts';
import { SOURCES } from '../fixtures.ts';

type Series = { name: string; stack: string; data: number[]; itemStyle: { color: string } };

describe('documents by source and group', () => {
  it('stacks one series per group over the sources in a fixed order', () => {
    const option = sourceGroupBars(SOURCES, 'summary');
    expect((option.yAxis as { data: string[] }).data).toEqual(['survey', 'focus-group', 'social', 'brand']);
    const series = option.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['Residents', 'Internationals', 'Brand texts']);
    expect(series.map((s) => s.itemStyle.color)).toEqual([GROUP_COLOR.resident, GROUP_COLOR.international, GROUP_COLOR.brand]);
    expect(series[0].data).toEqual([800, 0, 2000, 0]);
    expect(series[1].data).toEqual([0, 12, 1000, 0]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
  });

  it('counts segments instead when asked, so 12 long focus groups do not vanish', () => {
    const series = sourceGroupBars(SOURCES, 'summary', 'segments').series as Series[];
    expect(series[1].data).toEqual([0, 2600, 5000, 0]);
  });

  it('titles the largest source with its share of all documents', () => {
    expect(describeSourceGroups(SOURCES).title).toBe('Social posts are 77% of the 3,900 documents');
    expect(describeSourceGroups(SOURCES, 'segments').title).toBe('Social posts hold 63% of the 22,100 segments');
  });

  it('summarises every source with its groups for screen readers', () => {
    expect(describeSourceGroups(SOURCES).summary).toContain('Focus groups: 12 documents (12 internationals).');
  });

  it('tables one row per source and group', () => {
    const t = sourceGroupTable(SOURCES);
    expect(t.rows).toHaveLength(5);
    expect(t.rows[0]).toEqual({ source: 'Surveys', group: 'Residents', documents: 800, segments: 4000 });
  });

  it('has a plain title when there is nothing', () => {
    expect(describeSourceGroups([]).title).toBe('No documents yet');
  });
});
