/** The one component that owns an ECharts instance: init, setOption, resize, dispose. */
import { useEffect, useRef } from 'preact/hooks';
import { echarts, type ChartInstance, type ChartOption } from './echarts-setup.ts';

type Props = {
  option: ChartOption;
  height: number;
  /** Gets the instance once created (for PNG export) and null when disposed. */
  onInstance?: (chart: ChartInstance | null) => void;
  /** Called with ECharts' event params when a bar, cell or point is clicked. */
  onClick?: (params: unknown) => void;
};

/**
 * Draws `option` on a canvas that follows its container's width. The option's `aria` label
 * (the chart's text summary) becomes the region's accessible name.
 */
export function EChart({ option, height, onInstance, onClick }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  // Read through a ref so a new handler each render does not re-bind the listener.
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const node = el.current!;
    const c = echarts.init(node, null, { renderer: 'canvas' });
    chart.current = c;
    // Tests and the benchmark wait for this flag instead of sleeping.
    c.on('finished', () => node.setAttribute('data-drawn', 'true'));
    c.on('click', (params) => click.current?.(params));
    onInstance?.(c);
    // Resize on container changes (sidebar collapse, table toggle), not only on window resize.
    const ro = new ResizeObserver(() => {
      if (node.clientWidth > 0) c.resize();
    });
    ro.observe(node);
    return () => {
      ro.disconnect();
      onInstance?.(null);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Cleared first so a waiting test sees "drawn" only once this option is on the canvas.
    el.current?.removeAttribute('data-drawn');
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={el} class="echart" role="img" style={{ height: `${height}px` }} />;
}
