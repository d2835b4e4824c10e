/** Documents by source and audience group: horizontal stacked bars, one stack per source. */
import type { Group, SourceGroupCount, SourceKind } from '../../../data/types.ts';
import { fmtInt, fmtShare } from '../format/intl.ts';
import { GROUP_LABEL, SOURCE_DOCS, SOURCE_LABEL } from '../format/labels.ts';
import { plotGrid, valueAxis } from './axes.ts';
import { baseOption, dot, esc } from './base.ts';
import type { ChartOption } from './echarts-setup.ts';
import { GROUP_COLOR, INK } from './palette.ts';
import type { Finding, TableSpec } from './types.ts';

const SOURCE_ORDER: SourceKind[] = ['survey', 'focus-group', 'social', 'brand'];
const GROUP_ORDER: (Group | 'brand')[] = ['resident', 'international', 'visitor', 'unknown', 'brand'];

/** What the bars count: documents, or segments (a focus-group session is one document of many turns). */
export type CountMeasure = 'documents' | 'segments';

function totals(rows: SourceGroupCount[], m: CountMeasure) {
  const bySource = new Map<SourceKind, number>();
  for (const r of rows) bySource.set(r.source, (bySource.get(r.source) ?? 0) + r[m]);
  const sources = SOURCE_ORDER.filter((s) => (bySource.get(s) ?? 0) > 0);
  const groups = GROUP_ORDER.filter((g) => rows.some((r) => r.group === g && r[m] > 0));
  const total = rows.reduce((a, r) => a + r[m], 0);
  return { bySource, sources, groups, total };
}

/** The stacked bar option: x = documents (or segments), y = sources, one series per group. */
export function sourceGroupBars(rows: SourceGroupCount[], summary: string, m: CountMeasure = 'documents'): ChartOption {
  const { bySource, sources, groups } = totals(rows, m);
  const cell = (s: SourceKind, g: Group | 'brand') => rows.find((r) => r.source === s && r.group === g);
  return {
    ...baseOption(summary),
    legend: { top: 0, left: 0, type: 'plain', icon: 'roundRect', itemWidth: 12, itemHeight: 12, textStyle: { color: INK.muted } },
    grid: plotGrid(44, 24),
    tooltip: {
      ...baseOption(summary).tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: unknown) => {
        const list = ps as { axisIndex: number; dataIndex: number }[];
        const s = sources[list[0]?.dataIndex ?? 0];
        const lines = groups
          .map((g) => ({ g, c: cell(s, g) }))
          .filter((x) => x.c && x.c[m] > 0)
          .map(({ g, c }) => `${dot(GROUP_COLOR[g])}${esc(GROUP_LABEL[g])}: <b>${fmtInt(c!.documents)}</b> documents · ${fmtInt(c!.segments)} segments`);
        return `<b>${esc(SOURCE_LABEL[s])}</b> · n = ${fmtInt(bySource.get(s) ?? 0)}<br/>${lines.join('<br/>')}`;
      },
    },
    xAxis: valueAxis((v: number) => fmtInt(v)),
    yAxis: {
      type: 'category',
      inverse: true,
      data: sources,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK.axis } },
      axisLabel: {
        color: INK.text,
        formatter: (s: string) => `${SOURCE_LABEL[s as SourceKind]}\n{n|n = ${fmtInt(bySource.get(s as SourceKind) ?? 0)}}`,
        rich: { n: { color: INK.muted, fontSize: 11, lineHeight: 16 } },
      },
    },
    series: groups.map((g) => ({
      type: 'bar',
      name: GROUP_LABEL[g],
      stack: 'docs',
      barMaxWidth: 34,
      itemStyle: { color: GROUP_COLOR[g], borderColor: '#fff', borderWidth: 1 },
      emphasis: { focus: 'series' },
      data: sources.map((s) => cell(s, g)?.[m] ?? 0),
    })),
  };
}

/** Title stating the finding, and a sentence per source for screen readers. */
export function describeSourceGroups(rows: SourceGroupCount[], m: CountMeasure = 'documents'): Finding {
  const { bySource, sources, total } = totals(rows, m);
  if (total === 0) return { title: `No ${m} yet`, summary: `There are no ${m} for this selection.` };
  const top = [...sources].sort((a, b) => (bySource.get(b) ?? 0) - (bySource.get(a) ?? 0))[0];
  const topShare = (bySource.get(top) ?? 0) / total;
  const verb = m === 'documents' ? 'are' : 'hold';
  const title = sources.length === 1
    ? `All ${fmtInt(total)} ${m} come from ${SOURCE_DOCS[top].toLowerCase()}`
    : `${SOURCE_DOCS[top]} ${verb} ${fmtShare(topShare)} of the ${fmtInt(total)} ${m}`;
  const parts = sources.map((s) => {
    const byGroup = rows
      .filter((r) => r.source === s && r[m] > 0)
      .map((r) => `${fmtInt(r[m])} ${GROUP_LABEL[r.group].toLowerCase()}`);
    return `${SOURCE_LABEL[s]}: ${fmtInt(bySource.get(s) ?? 0)} ${m} (${byGroup.join(', ')}).`;
  });
  return { title, summary: `${title}. ${parts.join(' ')}` };
}

/** The same numbers as a table (and CSV): one row per source and group. */
export function sourceGroupTable(rows: SourceGroupCount[]): TableSpec {
  const { sources, groups } = totals(rows, 'documents');
  const out = sources.flatMap((s) =>
    groups.flatMap((g) => {
      const r = rows.find((x) => x.source === s && x.group === g);
      return r ? [{ source: SOURCE_LABEL[s], group: GROUP_LABEL[g], documents: r.documents, segments: r.segments }] : [];
    }),
  );
  return {
    columns: [
      { key: 'source', label: 'Source' },
      { key: 'group', label: 'Group' },
      { key: 'documents', label: 'Documents', format: 'int' },
      { key: 'segments', label: 'Segments', format: 'int' },
    ],
    rows: out,
  };
}
