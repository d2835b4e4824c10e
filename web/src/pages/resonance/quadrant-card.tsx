/** The quadrant chart card: a click on a bubble opens the quotes behind it (value × group). */
import { useEffect, useMemo } from 'preact/hooks';
import { echarts } from '../../charts/echarts-setup.ts';
import type { ValuesResponse } from '../../../../data/types.ts';
import '../../charts/echarts-quadrant.ts';
import { quadrantBubbles, resonanceQuadrant } from '../../charts/resonance-quadrant.ts';
import { describeResonance, resonanceTable } from '../../charts/resonance-findings.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { openEvidence } from '../../evidence/open.ts';
import { fileStem } from '../../export/download.ts';
import { fmtInt } from '../../format/intl.ts';
import { GROUP_LABEL } from '../../format/labels.ts';
import type { Filters } from '../../router/filters.ts';
import { valuesSourceLine } from './context.ts';

type Props = { d: ValuesResponse; filters: Filters; scope: string };

type Drawn = { text: string; x: number; y: number; width: number; height: number };

/**
 * Every line of text the chart drew (zrender draws each as a tspan), with its box in canvas pixels,
 * read from the display list (hidden labels are not in it), so browser tests can check that names
 * do not overlap.
 */
function drawnTexts(inst: ReturnType<typeof echarts.init>): Drawn[] {
  const list = (inst.getZr().storage as unknown as { getDisplayList(update?: boolean): unknown[] }).getDisplayList(true);
  type Text = { type: string; ignore?: boolean; invisible?: boolean; style: { text?: string }; getBoundingRect(): { clone(): Box }; getComputedTransform(): number[] | null };
  type Box = { x: number; y: number; width: number; height: number; applyTransform(m: number[]): void };
  return (list as Text[]).filter((el) => el.type === 'tspan' && !el.ignore && !el.invisible && el.style.text).map((el) => {
    const r = el.getBoundingRect().clone();
    const m = el.getComputedTransform();
    if (m) r.applyTransform(m);
    return { text: String(el.style.text), x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
  });
}

/** Brand emphasis × net sentiment, bubble area = voice share, one colour per audience group. */
export function QuadrantCard({ d, filters, scope }: Props) {
  // Phones get smaller bubbles and room for a two-line legend.
  const compact = typeof window !== 'undefined' && window.innerWidth < 600;
  const chart = useMemo(() => {
    const f = describeResonance(d);
    return { ...f, option: resonanceQuadrant(d, f.summary, compact), table: resonanceTable(d), series: quadrantBubbles(d) };
  }, [d, compact]);
  const weak = chart.series.reduce((a, s) => a + s.bubbles.filter((b) => b.fig.low_n || b.fig.scored < d.minN).length, 0);

  // Writes each bubble's pixel centre onto the card once drawn, so browser tests can click a
  // known bubble (the canvas itself exposes no elements), as `data-drawn` does for drawing.
  useEffect(() => {
    const node = document.querySelector<HTMLElement>('[data-chart="resonance-quadrant"] .echart');
    const inst = node && echarts.getInstanceByDom(node);
    if (!node || !inst) return;
    const mark = () => {
      const pts = chart.series.flatMap((s, i) => s.bubbles.map((b) => {
        const [x, y] = inst.convertToPixel({ seriesIndex: i }, [b.emphasis, b.fig.net]) as number[];
        return { value: b.value, group: s.group, n: b.fig.n, x: Math.round(x), y: Math.round(y) };
      }));
      node.setAttribute('data-bubbles', JSON.stringify(pts));
      node.setAttribute('data-labels', JSON.stringify(drawnTexts(inst)));
    };
    inst.on('finished', mark);
    return () => inst.off('finished', mark);
  }, [chart]);

  const onClick = (p: unknown) => {
    const { seriesIndex, dataIndex, componentType } = p as { seriesIndex: number; dataIndex: number; componentType: string };
    const s = chart.series[seriesIndex];
    const b = s?.bubbles[dataIndex];
    if (componentType !== 'series' || !b) return;
    openEvidence({ value: b.value, group: s.group }, `${b.value} · ${GROUP_LABEL[s.group]} · n = ${fmtInt(b.fig.n)}`);
  };

  return (
    <ChartCard
      id="resonance-quadrant"
      class="quadrant-card"
      title={chart.title}
      subtitle={`Does what the brand stresses match how people feel? x = brand emphasis, y = net sentiment, bubble area = voice share · ${scope}`}
      source={valuesSourceLine(d)}
      option={chart.option}
      height={compact ? 400 : 460}
      table={chart.table}
      fileStem={fileStem([d.city, 'brand-resonance', filters.group, filters.source])}
      onChartClick={onClick}
      footer={
        <p class="muted small quadrant-note">
          Click a bubble for the quotes behind it. Right of the dashed rule: the brand stresses the value (E ≥ 1/k);
          above zero: people are positive about it.
          {weak > 0 && <> <span class="warn">⚠ {fmtInt(weak)} pale bubbles rest on fewer than {fmtInt(d.minN)} segments: not enough voices for a quadrant, read with care.</span></>}
        </p>
      }
    />
  );
}
