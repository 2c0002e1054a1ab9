import { lazy, Suspense } from 'react';
import type { EChartProps } from './EChartView';

export type { EChartProps };

/** ECharts (with zrender, most of a page's weight) loads on first use, so numbers and tables never wait for it. */
const EChartView = lazy(() => import('./EChartView'));

/** A chart; until the library has loaded, an empty box of the same size holds its place. */
export function EChart(props: EChartProps) {
  const placeholder = <div className={props.className} style={{ width: '100%', height: 320, ...props.style }} aria-busy="true" />;
  return (
    <Suspense fallback={placeholder}>
      <EChartView {...props} />
    </Suspense>
  );
}
