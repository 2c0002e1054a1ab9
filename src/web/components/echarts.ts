/** ECharts with only what the app draws, so the bundle stays small. */
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart, PieChart, ScatterChart, TreeChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  GraphChart,
  TreeChart,
  BarChart,
  PieChart,
  LineChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  GraphicComponent,
  MarkLineComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type ECharts = ReturnType<typeof echarts.init>;
export type EChartsCoreOption = echarts.EChartsCoreOption;
