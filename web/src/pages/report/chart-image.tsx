/**
 * A chart drawn once off screen and kept as a PNG <img>: prints crisply on paper, where a live
 * canvas may be cut or blank. The image carries the chart's text summary as its alt text.
 */
import { useEffect, useState } from 'preact/hooks';
import { echarts, type ChartOption } from '../../charts/echarts-setup.ts';

type Props = { option: ChartOption; width: number; height: number; alt: string; id: string };

/** Renders `option` at a fixed A4-friendly size, then shows it as an image. */
export function ChartImage({ option, width, height, alt, id }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    const host = document.createElement('div');
    host.style.cssText = `position:absolute;left:-10000px;top:0;width:${width}px;height:${height}px`;
    document.body.appendChild(host);
    const chart = echarts.init(host, null, { renderer: 'canvas', width, height });
    chart.setOption({ ...option, animation: false });
    setSrc(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
    chart.dispose();
    host.remove();
  }, [option, width, height]);
  if (!src) return <div class="report-chart-placeholder" style={{ aspectRatio: `${width} / ${height}` }} aria-busy="true" />;
  return <img class="report-chart" data-report-chart={id} src={src} alt={alt} width={width} height={height} />;
}
