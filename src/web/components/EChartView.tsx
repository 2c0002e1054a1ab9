import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts, type ECharts, type EChartsCoreOption } from './echarts';

type Handler = (params: unknown) => void;

export interface EChartProps {
  option: EChartsCoreOption;
  style?: CSSProperties;
  className?: string;
  renderer?: 'canvas' | 'svg';
  /** Replace the whole option on change (graph data with removed nodes). */
  notMerge?: boolean;
  onEvents?: Record<string, Handler>;
  onReady?: (chart: ECharts) => void;
  /** Called with the new size after the container resized. */
  onResize?: (width: number, height: number) => void;
  'data-testid'?: string;
}

/** A small React wrapper around an ECharts instance: init once, set option, follow the container size. */
export default function EChartView({ option, style, className, renderer = 'canvas', notMerge = true, onEvents, onReady, onResize, ...rest }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const handlers = useRef(onEvents);
  handlers.current = onEvents;
  const resizeCb = useRef(onResize);
  resizeCb.current = onResize;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the chart is created once per element; onReady is read at that moment only
  useEffect(() => {
    const el = ref.current!;
    const chart = echarts.init(el, undefined, { renderer });
    chartRef.current = chart;
    onReady?.(chart);
    const ro = new ResizeObserver(() => {
      chart.resize();
      resizeCb.current?.(el.clientWidth, el.clientHeight);
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge });
  }, [option, notMerge]);

  const eventNames = Object.keys(onEvents ?? {})
    .sort()
    .join(',');
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !eventNames) return;
    const names = eventNames.split(',');
    for (const n of names) chart.on(n, (p: unknown) => handlers.current?.[n]?.(p));
    return () => {
      for (const n of names) chart.off(n);
    };
  }, [eventNames]);

  return <div ref={ref} className={className} style={{ width: '100%', height: 320, ...style }} {...rest} />;
}
